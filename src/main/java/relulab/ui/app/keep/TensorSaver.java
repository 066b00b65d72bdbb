package relulab.ui.app.keep;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.TensorData;
import relulab.io.TensorFiles;
import relulab.ui.lesson.LessonFiles.Slot;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.LabState;

/**
 * The one way the window saves x or dout as a {@code .npy} or {@code .csv} file: written off the
 * FX thread through the same {@link TensorFiles} the command line uses, with the dtype and rank
 * of the file it was opened from when the shape still allows them (float32 in, float32 out).
 * Success is said in the window's message line; a failure is refused in the bar that stays until
 * closed, naming the file and the reason, as every file the window writes.
 */
final class TensorSaver {

    private static final Messages WORDS = Messages.of(TensorSaver.class);

    private final KeepWindow keep;
    private final Function<Slot, Optional<TensorData>> lastOpened;

    /** @param lastOpened the file each tensor was last opened from, whose dtype and rank a save keeps */
    TensorSaver(KeepWindow keep, Function<Slot, Optional<TensorData>> lastOpened) {
        this.keep = keep;
        this.lastOpened = lastOpened;
    }

    /** Asks for a file name and saves {@code slot} there. */
    void chooseAndSave(Slot slot) {
        FileChooser chooser = keep.choosers()
                .chooser(
                        WORDS.format("chooser.save.result", TensorOpener.symbol(slot)),
                        new FileChooser.ExtensionFilter(WORDS.get("filter.tensors"), "*.npy", "*.csv"),
                        new FileChooser.ExtensionFilter(WORDS.get("filter.npy"), "*.npy"),
                        new FileChooser.ExtensionFilter(WORDS.get("filter.csv"), "*.csv"));
        chooser.setInitialFileName(TensorOpener.symbol(slot) + ".npy");
        File file = keep.choosers().remember(chooser.showSaveDialog(keep.stage()));
        if (file != null) {
            save(slot, file.toPath());
        }
    }

    /** Writes the current {@code slot} to {@code file} in the background. */
    Task<Void> save(Slot slot, Path file) {
        TensorData data = asSaved(slot);
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                TensorFiles.write(file, data);
                return null;
            }
        };
        task.setOnSucceeded(e -> keep.say(WORDS.format(
                "status.tensor.saved",
                TensorOpener.symbol(slot),
                data.tensor().shape().toString(),
                FileTrouble.name(file))));
        task.setOnFailed(e -> keep.refuse(FileTrouble.of(file, task.getException())));
        keep.io().execute(task);
        return task;
    }

    /**
     * The current tensor with the dtype it was opened with and, when the shape still allows it,
     * the file's rank; float64 of rank 3 otherwise.
     */
    private TensorData asSaved(Slot slot) {
        LabState state = keep.workspace().state();
        Tensor3 tensor = slot == Slot.X ? state.x() : state.dout();
        TensorData source = lastOpened.apply(slot).orElse(null);
        if (source == null) {
            return TensorData.of(tensor);
        }
        Shape s = tensor.shape();
        boolean rankFits = source.rank() >= 3 || (s.depth() == 1 && (source.rank() == 2 || s.height() == 1));
        return new TensorData(tensor, source.dtype(), rankFits ? source.rank() : 3);
    }
}
