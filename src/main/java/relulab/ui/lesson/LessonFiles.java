package relulab.ui.lesson;

import java.util.Optional;
import relulab.io.TensorData;

/**
 * The window's files as a lesson reaches them. There is one way to open a tensor file, whoever
 * asks (the File menu, a drop, the command line, a lesson's button): the shell reads it off the
 * FX thread, checks it against {@code LabState.MAX_SHAPE}, and sets it in the shared state, where
 * a lesson that edits the state (the workbench) records it as a step it can undo.
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
}
