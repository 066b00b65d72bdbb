package relulab.ui.workbench;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import relulab.core.Activation;
import relulab.ui.shared.text.Messages;

/**
 * The workbench's undo history of the layer as the toolbar sees it: full snapshots of (x, dout)
 * ({@link TensorPair}) with the activation chosen for them, kept under a count limit and a
 * memory budget ({@link UndoHistory}), and
 * observable state for the buttons — whether undo and redo can be done, and their labels with the
 * step's name ({@code Undo Edit x[0,1,2]}), refreshed after every push, undo and redo.
 */
final class EditHistory {

    /** Undo steps kept at most. Each holds a full snapshot (two 8 MiB arrays at the largest shape). */
    static final int LIMIT = 100;
    /**
     * Most bytes of tensor data the undo history keeps (each distinct tensor counted once):
     * 100 full snapshots at the largest shape would be 1.6 GB, too much for a 2 GB heap.
     * At the largest shape this still leaves about 30 steps of cell edits.
     */
    static final long BUDGET_BYTES = 256L << 20;
    /** Undo steps kept even when they exceed the budget (at most 4 pairs, 64 MiB at the largest shape). */
    static final int MIN_STEPS = 3;

    private static final Messages TEXT = Messages.of(EditHistory.class);

    /** A step taken back or done again: the pair and activation it leads to, and the status line saying so. */
    record Move(TensorPair pair, Activation activation, String done) {}

    /** One state of the layer: the tensors and the activation (as chosen; the state adds ReLU′(0)). */
    private record Layer(TensorPair pair, Activation activation) {}

    /** The memory of a list of layers: their tensors, each distinct one once (an activation is a few bytes). */
    private static final UndoHistory.Footprint<Layer> FOOTPRINT = UndoHistory.distinctParts(
            layer -> List.of(layer.pair().x(), layer.pair().dout()), t -> (long) t.size() * Double.BYTES);

    private final UndoHistory<Layer> history;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");

    /** A history whose first state is {@code start} under {@code activation}. */
    EditHistory(TensorPair start, Activation activation) {
        history = new UndoHistory<>(new Layer(start, activation), LIMIT, MIN_STEPS, BUDGET_BYTES, FOOTPRINT);
        refresh();
    }

    /** The pair on screen: the current step's. */
    TensorPair current() {
        return history.current().pair();
    }

    /** The activation of the current step, as it was chosen. */
    Activation activation() {
        return history.current().activation();
    }

    /** Adds a step named {@code step} that keeps the activation (a new step clears redo). */
    void push(String step, TensorPair pair) {
        push(step, pair, activation());
    }

    /** Adds a step named {@code step} to {@code pair} under {@code f}. */
    void push(String step, TensorPair pair, Activation f) {
        history.push(step, new Layer(pair, f));
        refresh();
    }

    /** Takes the last step back, if there is one. */
    Optional<Move> undo() {
        String step = history.undoName();
        return move(history.undo(), TEXT.format("status.undid", step));
    }

    /** Does the step undone last again, if there is one. */
    Optional<Move> redo() {
        String step = history.redoName();
        return move(history.redo(), TEXT.format("status.redid", step));
    }

    /** Bytes of tensor data the history holds now (each distinct tensor once). */
    long retainedBytes() {
        return history.retainedBytes();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What Undo would undo, e.g. {@code Undo Edit x[0,1,2]}; empty when nothing. */
    ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    private Optional<Move> move(Optional<Layer> to, String done) {
        refresh();
        return to.map(layer -> new Move(layer.pair(), layer.activation(), done));
    }

    private void refresh() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.canUndo() ? TEXT.format("undo.label", history.undoName()) : "");
        redoLabel.set(history.canRedo() ? TEXT.format("redo.label", history.redoName()) : "");
    }
}
