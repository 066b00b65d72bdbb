package relulab.ui.app.keep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import relulab.ui.shared.text.Messages;

/**
 * The offer, above the lessons, to bring back the work of a run that did not close normally —
 * a bar rather than a dialog, so the window is usable at once and nobody is forced to choose.
 * Ids: {@code recovery-bar}, {@code recovery-restore}, {@code recovery-discard}.
 */
final class RecoveryBar {

    private static final Messages WORDS = Messages.of(RecoveryBar.class);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    private final VBox host;
    private final HBox bar = new HBox(10);

    RecoveryBar(VBox host, Path file, Runnable restore, Runnable discard) {
        this.host = host;
        Label text = new Label(savedAt(file)
                .map(when -> WORDS.format("recovery.offer.saved", when))
                .orElseGet(() -> WORDS.get("recovery.offer")));
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button yes = new Button(WORDS.get("recovery.restore"));
        yes.setId("recovery-restore");
        yes.setDefaultButton(false);
        yes.setOnAction(e -> {
            close();
            restore.run();
        });
        Button no = new Button(WORDS.get("recovery.discard"));
        no.setId("recovery-discard");
        no.setOnAction(e -> {
            close();
            discard.run();
        });
        bar.setId("recovery-bar");
        bar.getStyleClass().add("recovery-bar");
        bar.setAlignment(Pos.CENTER_LEFT);

        bar.getChildren().addAll(text, yes, no);
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

    void show() {
        host.getChildren().add(bar);
    }

    private void close() {
        host.getChildren().remove(bar);
    }
}
