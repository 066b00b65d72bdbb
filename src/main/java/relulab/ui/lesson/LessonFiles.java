package relulab.ui.lesson;

import java.nio.file.Path;
import java.util.Optional;
import javafx.concurrent.Task;
import relulab.io.TensorData;

/**
 * The window's files as a lesson reaches them. There is one way to open a tensor file, whoever
 * asks (the File menu, a drop, the command line, a lesson's button): the shell reads it off the
 * FX thread, checks it against {@code LabState.MAX_SHAPE}, and sets it in the shared state, where
 * a lesson that edits the state (the workbench) records it as a step it can undo. And one way to
 * save x or dout: off the FX thread, keeping the dtype and rank of the file it came from, with a
 * failure refused in the window's bar that names the file and the reason.
 */
public interface LessonFiles {

    /** The tensor of the shared state a file becomes. */
    enum Slot {
        X,
        DOUT
    }

    /** Asks for a {@code .npy} or {@code .csv} file and opens it as {@code slot}. */
    void chooseAndOpenTensor(Slot slot);

    /**
     * The file last opened as {@code slot}, with its dtype and rank, if any: saving that tensor
     * again may keep them.
     */
    Optional<TensorData> lastOpened(Slot slot);

    /** Asks for a {@code .npy} or {@code .csv} file name and saves {@code slot} there. */
    void chooseAndSaveTensor(Slot slot);

    /** Writes {@code slot} as it is now to {@code file} in the background; the window says how it went. */
    Task<Void> saveTensor(Slot slot, Path file);
}
