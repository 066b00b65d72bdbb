package relulab.ui.app.keep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.layout.VBox;
import relulab.ui.shared.text.Messages;

/**
 * The offer, above the lessons, to bring back the work of one run that did not close normally —
 * a {@link Bar} rather than a dialog, so the window is usable at once and nobody is forced to
 * choose. When several runs died, each has its bar: the list of what can be restored. Style
 * classes: {@code recovery-bar}, {@code recovery-restore}, {@code recovery-discard}; the buttons'
 * user data is the recovery file.
 */
final class RecoveryBar {

    private static final Messages WORDS = Messages.of(RecoveryBar.class);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    private final Bar bar = new Bar("recovery-bar", false);

    /**
     * @param restore restores the work (the bar goes once it is restored)
     * @param discard discards it (the bar goes at once)
     */
    RecoveryBar(Path file, Runnable restore, Runnable discard) {
        bar.setText(savedAt(file)
                .map(when -> WORDS.format("recovery.offer.saved", when))
                .orElseGet(() -> WORDS.get("recovery.offer")));
        bar.button(WORDS.get("recovery.restore"), "recovery-restore", restore).setUserData(file);
        bar.button(WORDS.get("recovery.discard"), "recovery-discard", () -> {
                    bar.close();
                    discard.run();
                })
                .setUserData(file);
    }

    /** When the recovery file was last written, if it can still be told. */
    private static Optional<String> savedAt(Path file) {
        try {
            return Optional.of(
                    WHEN.format(Files.getLastModifiedTime(file).toInstant().atZone(ZoneId.systemDefault())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void show(VBox banner) {
        bar.show(banner);
    }

    void close() {
        bar.close();
    }
}
