package relulab.ui.workbench;

import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import relulab.core.Activation;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.core.presets.Preset;
import relulab.io.paste.PasteException;
import relulab.io.paste.PastedBlock;
import relulab.io.paste.PastedText;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.grid.ColorScope;
import relulab.ui.shared.grid.MosaicLayout;
import relulab.ui.shared.grid.Palette;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.LabSnapshot;
import relulab.ui.state.LabState;

/**
 * The state and actions of the workbench, with no node in sight (tested without a toolkit).
 *
 * <p>Every change to x or dout — a cell edit, Delete, a paste, a preset, a loaded file, a
 * resize — goes through one path: {@link TensorEdits} works out the new immutable
 * {@link TensorPair}, its step name and what to say; the pair is pushed on the
 * {@link EditHistory}, written to the shared {@link LabState} (so the other tabs see it), and
 * the layer is recomputed ({@link WorkbenchResults}) with the state's activation. A refused change
 * leaves everything as it was and says why in {@link #statusProperty()}.
 *
 * <p>It also holds how the six grids are shown (palette, colour scope, slice, zoom, the hovered
 * cell and its story) and the walk-through under way, since both follow the results.
 */
public final class WorkbenchViewModel {

    private static final Messages TEXT = Messages.of(WorkbenchViewModel.class);

    private final LabState state;
    private final EditHistory history;
    private final ReadOnlyObjectWrapper<WorkbenchResults> results = new ReadOnlyObjectWrapper<>(this, "results");
    private final ObjectProperty<ColorScope> scope =
            new SimpleObjectProperty<>(this, "scope", ColorScope.FORWARD_BACKWARD);
    private final ObjectProperty<NewCells> newCells = new SimpleObjectProperty<>(this, "newCells", NewCells.RANDOM);
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.BLUE_RED);
    private final ObjectProperty<CellIndex> hover = new SimpleObjectProperty<>(this, "hover");
    private final ReadOnlyObjectWrapper<Activation> activation = new ReadOnlyObjectWrapper<>(this, "activation");
    private final ReadOnlyStringWrapper story = new ReadOnlyStringWrapper(this, "story", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final IntegerProperty depth = new SimpleIntegerProperty(this, "depth", 0);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 42);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final WalkThroughs walkThroughs = new WalkThroughs(this, status, zoom);
    /** The shared state the results were last computed for. */
    private LabSnapshot followed;

    /** Opens on the tensors in {@code state}. */
    public WorkbenchViewModel(LabState state) {
        this.state = state;
        history = new EditHistory(new TensorPair(state.x(), state.dout()), state.activation());
        followed = state.snapshot();
        scope.addListener(o -> recompute());
        hover.addListener(o -> updateStory());
        recompute();
        // A walk-through shows one layer: a change of x, dout or the activation (an undo, a
        // preset, another tab, a new ReLU′(0)) ends it, and the status line says what the change
        // was. A new colour scale does not.
        results.addListener((o, was, is) -> {
            if (was != null
                    && (is.x() != was.x()
                            || is.dout() != was.dout()
                            || !is.activation().equals(was.activation()))) {
                leaveWalkThrough();
            }
        });
    }

    // ---- reading ------------------------------------------------------------------------

    /** The current x, dout and everything computed from them. */
    public ReadOnlyObjectProperty<WorkbenchResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public WorkbenchResults results() {
        return results.get();
    }

    public Shape shape() {
        return history.current().shape();
    }

    public Tensor3 tensor(Target target) {
        return history.current().get(target);
    }

    /** The layer's activation, from the shared state: what the grids compute and their titles name. */
    public ReadOnlyObjectProperty<Activation> activationProperty() {
        return activation.getReadOnlyProperty();
    }

    public ObjectProperty<ColorScope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** The cell under the mouse in any grid, or null. */
    public ObjectProperty<CellIndex> hoverProperty() {
        return hover;
    }

    /** The hovered element's story in one line, e.g. {@code x[0,1,2] = −0.70 → out = …}. */
    public ReadOnlyStringProperty storyProperty() {
        return story.getReadOnlyProperty();
    }

    /** What the last action did, or why it was refused. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The undo history: whether Undo and Redo can be done, and their labels with the step's name. */
    EditHistory history() {
        return history;
    }

    /** The slice shown when the grids are too small for all slices at once. */
    public IntegerProperty depthProperty() {
        return depth;
    }

    /** What fills the cells a larger shape adds (the old cells always keep their values). */
    public ObjectProperty<NewCells> newCellsProperty() {
        return newCells;
    }

    /** The seed of the random presets. */
    public LongProperty seedProperty() {
        return seed;
    }

    /** Cell size relative to the size that fits (1 = fit). */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** The walk-through under way, or null: the grids then show its progress instead of all results. */
    public ReadOnlyObjectProperty<WalkThrough> walkThroughProperty() {
        return walkThroughs.property();
    }

    /** Starts a walk through the layer on the current x and dout, at step 0; its keys show in the status line. */
    public WalkThrough startWalkThrough() {
        return walkThroughs.start(results.get(), TEXT.get("status.walk"));
    }

    /** Ends the walk-through; the grids show every result again, at the zoom and with the status line it found. */
    public void leaveWalkThrough() {
        walkThroughs.leave();
    }

    // ---- editing: each command is worked out by TensorEdits, then made here -------------

    /**
     * Sets one cell to the number in {@code text} ({@code nan}, {@code inf}, {@code -inf} and
     * scientific notation accepted). Returns the reason when the text is not a number.
     */
    public Optional<String> edit(Target target, CellIndex cell, String text) {
        return make(() -> TensorEdits.setValue(history.current(), target, cell, TensorEdits.number(text)));
    }

    /** Sets one cell to {@code value}. */
    public Optional<String> setValue(Target target, CellIndex cell, double value) {
        return make(() -> TensorEdits.setValue(history.current(), target, cell, value));
    }

    /** Sets one cell to 0 (the Delete key). */
    public Optional<String> clear(Target target, CellIndex cell) {
        return setValue(target, cell, 0.0);
    }

    /**
     * Pastes a block of numbers (spreadsheet rows or NumPy's printed array).
     *
     * <p>A 2-D block goes into {@code anchor}'s slice with its top-left corner at the anchor;
     * if it runs past the edge, both tensors grow to hold it (up to {@link LabState#MAX_SHAPE}). A 3-D
     * block replaces the whole tensor, and the other tensor is resized to match. Either way
     * one undo brings everything back.
     */
    public Optional<String> paste(Target target, CellIndex anchor, String text) {
        return make(() -> TensorEdits.paste(history.current(), target, anchor, TensorEdits.read(text)));
    }

    /** Refuses a paste whose text could not be read (see {@link PastedText#parse}). */
    public Optional<String> refusePaste(PasteException e) {
        return refuse(TensorEdits.pasteRefused(e).getMessage());
    }

    /** Places a block already read from pasted text, as {@link #paste(Target, CellIndex, String)} does. */
    public Optional<String> paste(Target target, CellIndex anchor, PastedBlock block) {
        return make(() -> TensorEdits.paste(history.current(), target, anchor, block));
    }

    /**
     * The depth slice {@code d} of {@code target} as tab-separated rows ({@link TensorEdits#sliceText}):
     * a spreadsheet takes it as it is, and pasting it back at row 0, column 0 of a slice restores
     * it. Says what was copied in the status line.
     */
    public String copySlice(Target target, int d) {
        Tensor3 t = tensor(target);
        int slice = Math.max(0, Math.min(d, t.shape().depth() - 1));
        status.set(TensorEdits.copied(target, t, slice));
        return TensorEdits.sliceText(t, slice);
    }

    /**
     * Fills {@code target} with a preset, made for the current shape and the {@link #seedProperty()}.
     * A preset of another shape (the textbook example, the feature maps) sets both tensors: the
     * other one gets new random normal numbers of that shape (seeded). The status line names both
     * and the shape.
     */
    public Optional<String> applyPreset(Target target, Preset preset) {
        return make(() -> TensorEdits.preset(history.current(), target, preset, seed.get()));
    }

    /** Replaces {@code target} with a tensor read from {@code fileName}. */
    public Optional<String> load(Target target, String fileName, Tensor3 tensor) {
        return make(() -> TensorEdits.load(history.current(), target, fileName, tensor));
    }

    /** Resizes both tensors, keeping the values that still fit (undo brings back the rest). */
    public Optional<String> resize(Shape newShape) {
        if (newShape.equals(shape())) {
            return Optional.empty();
        }
        return make(() -> TensorEdits.resize(history.current(), newShape, newCells.get(), seed.get()));
    }

    /**
     * Makes {@code f} the layer's activation, as an undoable step: the shared state takes it
     * (with its own ReLU′(0), which stays the ReLU′(0) lesson's setting), so every lesson
     * follows. Choosing the activation the layer has already does nothing.
     */
    public void chooseActivation(Activation f) {
        if (state.snapshot().computesWith(f)) {
            return;
        }
        history.push(TEXT.format("step.activation", ActivationWords.name(f)), history.current(), f);
        state.activationProperty().set(f);
        follow(state.snapshot());
        status.set(TEXT.format("status.activation", ActivationWords.name(f), ActivationWords.formula(f)));
    }

    public void undo() {
        history.undo().ifPresent(this::show);
    }

    public void redo() {
        history.redo().ifPresent(this::show);
    }

    /** Shows a step taken back or done again: its tensors and its activation, in one snapshot. */
    private void show(EditHistory.Move move) {
        if (!state.snapshot().computesWith(move.activation())) {
            state.restore(state.snapshot()
                    .withTensors(move.pair().x(), move.pair().dout())
                    .withActivation(move.activation()));
            followed = state.snapshot();
        }
        show(move.pair(), move.done());
    }

    /** Shows a message from outside the model, e.g. a file that could not be read. */
    public void report(String message) {
        status.set(message);
    }

    public void zoomIn() {
        zoom.set(MosaicLayout.clampZoom(zoom.get() * 1.25));
    }

    public void zoomOut() {
        zoom.set(MosaicLayout.clampZoom(zoom.get() / 1.25));
    }

    public void resetZoom() {
        zoom.set(1.0);
    }

    // ---- internals ----------------------------------------------------------------------

    private Optional<String> refuse(String why) {
        status.set(why);
        return Optional.of(why);
    }

    /** An edit worked out by {@link TensorEdits}: a change, or a refusal. */
    @FunctionalInterface
    private interface Edit {
        TensorEdits.Change work() throws TensorEdits.Refused;
    }

    /** Makes the edit, or says why it was refused and changes nothing. */
    private Optional<String> make(Edit edit) {
        TensorEdits.Change change;
        try {
            change = edit.work();
        } catch (TensorEdits.Refused refused) {
            return refuse(refused.getMessage());
        }
        CellIndex cell = change.cell();
        history.push(change.step(), change.pair());
        if (cell == null) {
            show(change.pair(), change.done());
            return Optional.empty();
        }
        write(change.pair());
        // One element changed, so only that element's results change: no pass over the tensors.
        TensorPair now = change.pair();
        results.set(results.get().withCell(cell, now.x(), now.dout()));
        afterChange(change.done());
        return Optional.empty();
    }

    private void show(TensorPair pair, String message) {
        write(pair);
        depth.set(Math.min(depth.get(), pair.shape().depth() - 1));
        CellIndex h = hover.get();
        if (h != null && !pair.shape().contains(h.d(), h.r(), h.c())) {
            hover.set(null);
        }
        recompute();
        afterChange(message);
    }

    /** Hands the pair to the shared state; {@link #follow} then finds it is already shown. */
    private void write(TensorPair pair) {
        state.setTensors(pair.x(), pair.dout());
    }

    private void afterChange(String message) {
        updateStory();
        status.set(message);
    }

    /**
     * Follows a new snapshot of the shared state. The workbench's own edits come back here
     * with the very tensors and activation of the current undo step and change nothing; tensors
     * or an activation from elsewhere (an opened session, a lesson path's preset) become an
     * undoable step; a new ReLU′(0) recomputes the results.
     */
    public void follow(LabSnapshot snapshot) {
        LabSnapshot before = followed;
        followed = snapshot;
        TensorPair pair = history.current();
        boolean tensorsMoved = snapshot.x() != pair.x() || snapshot.dout() != pair.dout();
        if (tensorsMoved || !snapshot.computesWith(history.activation())) {
            TensorPair moved = new TensorPair(snapshot.x(), snapshot.dout());
            history.push(TEXT.get("step.elsewhere"), moved, snapshot.activation());
            show(
                    moved,
                    tensorsMoved
                            ? TEXT.format(
                                    "status.changedElsewhere", moved.shape().toString())
                            : TEXT.format("status.activationElsewhere", ActivationWords.name(snapshot.activation())));
        } else if (!before.activation().equals(snapshot.activation())) {
            recompute();
        }
    }

    private void recompute() {
        Activation f = followed.activation();
        TensorPair pair = history.current();
        results.set(WorkbenchResults.compute(pair.x(), pair.dout(), f, scope.get()));
        // After the results: whatever follows the activation reads results of that activation.
        activation.set(f);
        updateStory();
    }

    private void updateStory() {
        WorkbenchResults r = results.get();
        story.set(r == null ? "" : r.story(hover.get()));
    }
}
