package relulab.ui.app.keep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import relulab.ui.shared.text.Messages;

/**
 * The work of every run that did not close normally: each offered back in its own bar above the
 * lessons, and restored as unsaved work (no file holds it until the user saves), or discarded.
 *
 * <p>A recovery file is removed only when its work was restored or the user discarded it: a file
 * the window cannot take stays on disk and its bar stays, with a message that names it. While
 * offered, each file's lock is held by this window, so a second window does not offer it too.
 * Restoring over unsaved work asks first, so a second restore never silently replaces the first;
 * closing the window lets go of them all, and the next start offers them again.
 */
final class RecoveryOffer {

    private static final Messages WORDS = Messages.of(RecoveryOffer.class);

    private final KeepWindow keep;
    private final Path dataFolder;
    private final List<Recovery.LeftOver> offered = new ArrayList<>();

    RecoveryOffer(KeepWindow keep, Path dataFolder) {
        this.keep = keep;
        this.dataFolder = dataFolder;
    }

    /** Finds the work left behind, off the FX thread: call there, the answer comes back on it. */
    List<Recovery.LeftOver> find() {
        return Recovery.claim(dataFolder);
    }

    /** Offers each of {@code found}, newest first. Call on the FX thread. */
    void offer(List<Recovery.LeftOver> found) {
        for (Recovery.LeftOver left : found) {
            offered.add(left);
            RecoveryBar[] bar = new RecoveryBar[1];
            bar[0] = new RecoveryBar(left.file(), () -> restore(left, bar[0]), () -> discard(left));
            bar[0].show(keep.banner());
        }
    }

    private void discard(Recovery.LeftOver left) {
        if (settle(left)) {
            keep.say(WORDS.get("status.recovery.discarded"));
        }
    }

    /**
     * Restores a crashed run's work; it stays unsaved until the user saves. When the window holds
     * unsaved work — another run's restored a moment ago, say, whose file is gone — it first asks
     * whether to save it, let it go or cancel.
     */
    private void restore(Recovery.LeftOver left, RecoveryBar bar) {
        if (!keep.mayLetGo(KeepWindow.Replacement.RESTORE)) {
            return;
        }
        Path file = left.file();
        keep.sessions()
                .read(
                        file,
                        session -> {
                            if (keep.sessions().restore(file, session, this::refused)) {
                                bar.close();
                                settle(left);
                                keep.document().heldBy(null);
                                keep.changed();
                                keep.say(WORDS.get("status.recovered"));
                            }
                        },
                        error -> refused(FileTrouble.of(file, error)));
    }

    private void refused(String why) {
        keep.refuse(WORDS.format("status.recovery.refused", why, dataFolder.toString()));
    }

    /** Removes a left-over file whose work is restored or discarded; says so if it cannot. */
    private boolean settle(Recovery.LeftOver left) {
        offered.remove(left);
        try {
            left.settle();
            return true;
        } catch (IOException e) {
            left.lock().close();
            keep.refuse(FileTrouble.of(left.file(), e));
            return false;
        }
    }

    /** The window closes: what was not answered is offered again at the next start. */
    void close() {
        offered.forEach(left -> left.lock().close());
        offered.clear();
    }
}
