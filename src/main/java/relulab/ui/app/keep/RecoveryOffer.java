package relulab.ui.app.keep;

import java.nio.file.Path;
import javafx.concurrent.Task;
import relulab.io.session.Session;
import relulab.ui.shared.text.Messages;

/**
 * The work of a run that did not close normally: offered back in a bar above the lessons, and
 * restored as unsaved work (no file holds it until the user saves), or discarded.
 */
final class RecoveryOffer {

    private static final Messages WORDS = Messages.of(RecoveryOffer.class);

    private final KeepWindow keep;
    private final Path dataFolder;

    RecoveryOffer(KeepWindow keep, Path dataFolder) {
        this.keep = keep;
        this.dataFolder = dataFolder;
    }

    /** Offers the newest work left behind in the data folder, if any. */
    void offerLeftOverWork() {
        Recovery.newest(dataFolder)
                .ifPresent(file -> new RecoveryBar(keep.banner(), file, () -> restore(file), () -> {
                            Recovery.discardAll(dataFolder);
                            keep.say(WORDS.get("status.recovery.discarded"));
                        })
                        .show());
    }

    /** Restores a crashed run's work; it stays unsaved until the user saves. */
    Task<Session> restore(Path file) {
        return keep.sessions()
                .read(
                        file,
                        session -> {
                            Recovery.discardAll(dataFolder);
                            if (keep.sessions().restore(file, session)) {
                                keep.document().heldBy(null);
                                keep.changed();
                                keep.say(WORDS.get("status.recovered"));
                            }
                        },
                        error -> keep.say(KeepWindow.messageOf(error)));
    }
}
