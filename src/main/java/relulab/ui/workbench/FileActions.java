package relulab.ui.workbench;

import java.io.File;
import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.TensorData;
import relulab.io.TensorFiles;
import relulab.ui.lesson.LessonFiles;
import relulab.ui.task.Background;

/**
 * The toolbar's Open and Save of x or dout as {@code .npy} or {@code .csv}. Opening is the
 * window's one way ({@link LessonFiles}), which sets the shared state the workbench follows as
 * a step it can undo; saving writes through the same {@link TensorFiles} the command line uses.
 *
 * <p>Writing runs on a background thread in a {@link Task}: a 64×128×128 file does not freeze
 * the window. A failure shows the writer's one-line message in a notification and in the
 * status line.
 */
final class FileActions {

    private final WorkbenchViewModel model;
    private final Node owner;
    private final Background background;
    private final LessonFiles files;
    private File lastFolder;

    FileActions(WorkbenchViewModel model, Node owner, Background background, LessonFiles files) {
        this.model = model;
        this.owner = owner;
        this.background = background;
        this.files = files;
    }

    /** Asks for a file and opens it into {@code target}, as the window opens every tensor file. */
    void chooseAndOpen(Target target) {
        files.chooseAndOpenTensor(slot(target));
    }

    private static LessonFiles.Slot slot(Target target) {
        return target == Target.X ? LessonFiles.Slot.X : LessonFiles.Slot.DOUT;
    }

    /** Asks for a file name and saves {@code target} there. */
    void chooseAndSave(Target target) {
        FileChooser chooser = chooser("Save " + target.symbol());
        chooser.setInitialFileName(target.symbol() + ".npy");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            lastFolder = file.getParentFile();
            save(target, file.toPath());
        }
    }

    /** Writes the current {@code target} to {@code path} in the background. */
    Task<Void> save(Target target, Path path) {
        TensorData data = asSaved(target);
        String name = path.getFileName().toString();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                TensorFiles.write(path, data);
                return null;
            }
        };
        task.setOnSucceeded(e ->
                model.report("Saved " + target.symbol() + " " + data.tensor().shape() + " to " + name));
        task.setOnFailed(e -> fail(messageOf(task.getException())));
        background.start(task);
        return task;
    }

    /**
     * The current tensor with the dtype it was opened with (float32 in, float32 out) and, when
     * the shape still allows it, the file's rank; float64 of rank 3 otherwise.
     */
    private TensorData asSaved(Target target) {
        Tensor3 tensor = model.tensor(target);
        TensorData source = files.lastOpened(slot(target)).orElse(null);
        if (source == null) {
            return TensorData.of(tensor);
        }
        Shape s = tensor.shape();
        boolean rankFits = source.rank() >= 3 || (s.depth() == 1 && (source.rank() == 2 || s.height() == 1));
        return new TensorData(tensor, source.dtype(), rankFits ? source.rank() : 3);
    }

    private static String messageOf(Throwable error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }

    private void fail(String message) {
        model.report(message);
        Window window = window();
        if (window != null && window.isShowing()) {
            Notifications.create()
                    .title("Nothing changed")
                    .text(message)
                    .owner(window)
                    .hideAfter(Duration.seconds(8))
                    .showError();
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("NumPy array or CSV (*.npy, *.csv)", "*.npy", "*.csv"),
                        new FileChooser.ExtensionFilter("NumPy array (*.npy)", "*.npy"),
                        new FileChooser.ExtensionFilter("CSV, slices separated by a blank line (*.csv)", "*.csv"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}
