package relulab.ui.app.keep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The offer, above the lessons, to bring back the work of a run that did not close normally —
 * a bar rather than a dialog, so the window is usable at once and nobody is forced to choose.
 * Ids: {@code recovery-bar}, {@code recovery-restore}, {@code recovery-discard}.
 */
final class RecoveryBar {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    private final VBox host;
    private final HBox bar = new HBox(10);

    RecoveryBar(VBox host, Path file, Runnable restore, Runnable discard) {
        this.host = host;
        Label text = new Label("ReLU Lab did not close normally" + savedAt(file) + ". Restore the unsaved work?");
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button yes = new Button("Restore");
        yes.setId("recovery-restore");
        yes.setDefaultButton(false);
        yes.setOnAction(e -> {
            close();
            restore.run();
        });
        Button no = new Button("Discard");
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

    private static String savedAt(Path file) {
        try {
            return " (last saved " + WHEN.format(Files.getLastModifiedTime(file).toInstant().atZone(ZoneId.systemDefault())) + ")";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    void show() {
        host.getChildren().add(bar);
    }

    private void close() {
        host.getChildren().remove(bar);
    }
}
