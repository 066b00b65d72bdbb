package relulab.ui.app.keep;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.TensorData;
import relulab.io.TensorFiles;
import relulab.ui.lesson.LessonFiles;
import relulab.ui.lesson.LessonIds;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.LabState;

/**
 * The one way the window opens a {@code .npy} or {@code .csv} tensor file, from the File menu, a
 * drop, the command line or a lesson's button: read off the FX thread, checked against the
 * state's largest shape, then set in the shared state as x or dout (the other is resized to
 * match), where the workbench records it as a step it can undo. The work is then named after
 * the file, and the workbench comes to the front.
 */
final class TensorOpener implements LessonFiles {

    private static final Messages WORDS = Messages.of(TensorOpener.class);

    private final KeepWindow keep;
    private final Map<Slot, TensorData> lastOpened = new EnumMap<>(Slot.class);
    private final TensorSaver saver;

    TensorOpener(KeepWindow keep) {
        this.keep = keep;
        this.saver = new TensorSaver(keep, this::lastOpened);
    }

    @Override
    public void chooseAndOpenTensor(Slot slot) {
        FileChooser chooser = keep.choosers()
                .chooser(
                        WORDS.format("chooser.open.tensor", symbol(slot)),
                        new FileChooser.ExtensionFilter(WORDS.get("filter.tensors"), "*.npy", "*.csv"),
                        new FileChooser.ExtensionFilter(WORDS.get("filter.npy"), "*.npy"),
                        new FileChooser.ExtensionFilter(WORDS.get("filter.csv"), "*.csv"));
        File file = keep.choosers().remember(chooser.showOpenDialog(keep.stage()));
        if (file != null) {
            open(file.toPath(), slot);
        }
    }

    @Override
    public Optional<TensorData> lastOpened(Slot slot) {
        return Optional.ofNullable(lastOpened.get(slot));
    }

    /** Saving is the {@link TensorSaver}'s, which keeps what was opened here. */
    @Override
    public void chooseAndSaveTensor(Slot slot) {
        saver.chooseAndSave(slot);
    }

    @Override
    public Task<Void> saveTensor(Slot slot, Path file) {
        return saver.save(slot, file);
    }

    /** Reads a tensor file in the background; when it is good, it becomes {@code slot}. */
    Task<TensorData> open(Path file, Slot slot) {
        Task<TensorData> task = new Task<>() {
            @Override
            protected TensorData call() throws Exception {
                // The state's own limit, so a huge file is refused before it is allocated.
                return TensorFiles.read(file, LabState.MAX_SHAPE.size());
            }
        };
        task.setOnSucceeded(e -> take(file, task.getValue(), slot));
        task.setOnFailed(e -> keep.failedToOpen(file, task.getException()));
        keep.io().execute(task);
        return task;
    }

    private void take(Path file, TensorData data, Slot slot) {
        Shape shape = data.tensor().shape();
        Shape max = LabState.MAX_SHAPE;
        if (shape.depth() > max.depth() || shape.height() > max.height() || shape.width() > max.width()) {
            keep.refuse(
                    WORDS.format("status.tensor.too.large", FileTrouble.name(file), shape.toString(), max.toString()));
            return;
        }
        LabState state = keep.workspace().state();
        keep.mapping().remember(data);
        lastOpened.put(slot, data);
        Tensor3 loaded = data.tensor();
        keep.document().quietly(() -> {
            if (slot == Slot.X) {
                state.setTensors(loaded, resized(state.dout(), shape));
            } else {
                state.setTensors(resized(state.x(), shape), loaded);
            }
        });
        keep.document().heldBy(file);
        keep.recent().add(file);
        // A tensor opened from any tab is shown where it lives.
        keep.workspace().openLesson(LessonIds.WORKBENCH);
        keep.say(WORDS.format("status.tensor.opened", FileTrouble.name(file), data.shapeText(), symbol(slot)));
    }

    private static Tensor3 resized(Tensor3 t, Shape shape) {
        return t.shape().equals(shape) ? t : t.resized(shape, 0.0);
    }

    /** How the tensor is named in code and messages. */
    static String symbol(Slot slot) {
        return slot == Slot.X ? "x" : "dout";
    }
}
