package relulab.ui.app.keep;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import relulab.ui.lesson.LessonFiles;
import relulab.ui.shared.text.Messages;

/**
 * Files dropped on the window: a {@code .relulab} session opens wherever it lands; a
 * {@code .npy} or {@code .csv} tensor dropped on the x or dout grid becomes that tensor, and
 * dropped anywhere else asks which of the two it should be.
 *
 * <p>The grids are found by their ids, {@code grid-x} and {@code grid-dout}, so the lessons
 * need to know nothing of dropping.
 */
final class FileDrop {

    private static final Messages WORDS = Messages.of(FileDrop.class);

    private final KeepWindow keep;

    FileDrop(KeepWindow keep) {
        this.keep = keep;
    }

    void install(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (droppable(e.getDragboard()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Optional<Path> file = droppable(e.getDragboard());
            if (file.isPresent()) {
                Node picked =
                        e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode();
                e.setDropCompleted(true);
                e.consume();
                drop(file.get(), gridAt(picked));
            }
        });
    }

    /** Opens {@code file} as if dropped on {@code target} (null: not on the x or dout grid). */
    void drop(Path file, LessonFiles.Slot target) {
        if (KeepWindow.isSession(file) || target != null) {
            keep.open(file, target);
            return;
        }
        // Asked after the drop is complete, so the program the file came from is not kept waiting.
        Platform.runLater(() -> ask(file));
    }

    private void ask(Path file) {
        ChoiceDialog<String> ask = new ChoiceDialog<>("x", List.of("x", "dout"));
        ask.setTitle(WORDS.format("drop.title", file.getFileName().toString()));
        ask.setHeaderText(WORDS.format("drop.header", file.getFileName().toString()));
        ask.setContentText(WORDS.get("drop.label"));
        ask.initOwner(keep.stage());
        ask.showAndWait()
                .ifPresent(choice -> keep.open(file, choice.equals("x") ? LessonFiles.Slot.X : LessonFiles.Slot.DOUT));
    }

    /** The first dropped file ReLU Lab can open, if any. */
    static Optional<Path> droppable(Dragboard board) {
        if (!board.hasFiles()) {
            return Optional.empty();
        }
        for (File f : board.getFiles()) {
            String name = f.getName().toLowerCase(Locale.ROOT);
            if (name.endsWith(".npy") || name.endsWith(".csv") || name.endsWith(".relulab")) {
                return Optional.of(f.toPath());
            }
        }
        return Optional.empty();
    }

    /** x or dout when {@code picked} lies in that workbench grid, else null. */
    static LessonFiles.Slot gridAt(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if ("grid-x".equals(n.getId())) {
                return LessonFiles.Slot.X;
            }
            if ("grid-dout".equals(n.getId())) {
                return LessonFiles.Slot.DOUT;
            }
        }
        return null;
    }
}
