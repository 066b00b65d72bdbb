package relulab.ui.workbench;

import java.nio.file.Path;
import javafx.concurrent.Task;
import relulab.ui.lesson.LessonFiles;

/**
 * The toolbar's Open and Save of x or dout as {@code .npy} or {@code .csv}: the window's one way
 * for each ({@link LessonFiles}). Opening sets the shared state the workbench follows as a step
 * it can undo; saving writes off the FX thread through the same code the command line uses, and
 * the window says how it went (a failure in the bar that stays until closed).
 */
final class FileActions {

    private final LessonFiles files;

    FileActions(LessonFiles files) {
        this.files = files;
    }

    /** Asks for a file and opens it into {@code target}, as the window opens every tensor file. */
    void chooseAndOpen(Target target) {
        files.chooseAndOpenTensor(slot(target));
    }

    /** Asks for a file name and saves {@code target} there. */
    void chooseAndSave(Target target) {
        files.chooseAndSaveTensor(slot(target));
    }

    /** Writes the current {@code target} to {@code path} in the background. */
    Task<Void> save(Target target, Path path) {
        return files.saveTensor(slot(target), path);
    }

    private static LessonFiles.Slot slot(Target target) {
        return target == Target.X ? LessonFiles.Slot.X : LessonFiles.Slot.DOUT;
    }
}
