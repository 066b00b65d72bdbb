package relulab.ui.workbench;

import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import relulab.io.NumberText;
import relulab.io.paste.PasteException;
import relulab.io.paste.PastedBlock;
import relulab.io.paste.PastedText;
import relulab.ui.state.LabSnapshot;
import relulab.ui.state.LabState;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.grid.ColorScope;
import relulab.ui.shared.grid.Palette;
import relulab.ui.shared.grid.MosaicLayout;
import relulab.ui.shared.text.Messages;

/**
 * The state and actions of the workbench, with no node in sight (tested without a toolkit).
 *
 * <p>Every change to x or dout — a cell edit, Delete, a paste, a preset, a loaded file, a
 * resize — goes through one path: a new immutable {@link TensorPair} is pushed on the
 * {@link UndoHistory} with a label, written to the shared {@link LabState} (so the other tabs
 * see it), and the layer is recomputed ({@link WorkbenchResults}). A refused change leaves
 * everything as it was and says why in {@link #statusProperty()}.
 */
public final class WorkbenchViewModel {

    /** Undo steps kept at most. Each holds a full snapshot (two 8 MiB arrays at the largest shape). */
    public static final int HISTORY_LIMIT = 100;
    /**
     * Most bytes of tensor data the undo history keeps (each distinct tensor counted once):
     * 100 full snapshots at the largest shape would be 1.6 GB, too much for a 2 GB heap.
     * At the largest shape this still leaves about 30 steps of cell edits.
     */
    public static final long HISTORY_BUDGET_BYTES = 256L << 20;
    /** Undo steps kept even when they exceed the budget (at most 4 pairs, 64 MiB at the largest shape). */
    public static final int HISTORY_MIN_STEPS = 3;

    private static final Messages TEXT = Messages.of(WorkbenchViewModel.class);

    private final LabState state;
    private final UndoHistory<TensorPair> history;
    private final ReadOnlyObjectWrapper<WorkbenchResults> results = new ReadOnlyObjectWrapper<>(this, "results");
    private final ObjectProperty<ColorScope> scope = new SimpleObjectProperty<>(this, "scope", ColorScope.FORWARD_BACKWARD);
    private final ObjectProperty<NewCells> newCells = new SimpleObjectProperty<>(this, "newCells", NewCells.RANDOM);
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.BLUE_RED);
    private final ObjectProperty<CellIndex> hover = new SimpleObjectProperty<>(this, "hover");
    private final ReadOnlyObjectWrapper<Activation> activation = new ReadOnlyObjectWrapper<>(this, "activation");
    private final ReadOnlyStringWrapper story = new ReadOnlyStringWrapper(this, "story", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper gradientNote = new ReadOnlyStringWrapper(this, "gradientNote", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");
    private final IntegerProperty depth = new SimpleIntegerProperty(this, "depth", 0);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 42);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final ReadOnlyObjectWrapper<WalkThrough> walkThrough = new ReadOnlyObjectWrapper<>(this, "walkThrough");
    /** The shared state the results were last computed for. */
    private LabSnapshot followed;

    /** Opens on the tensors in {@code state}. */
    public WorkbenchViewModel(LabState state) {
        this.state = state;
        history = new UndoHistory<>(new TensorPair(state.x(), state.dout()), HISTORY_LIMIT,
                HISTORY_MIN_STEPS, HISTORY_BUDGET_BYTES, TensorPair.FOOTPRINT);
        followed = state.snapshot();
        scope.addListener(o -> recompute());
        hover.addListener(o -> updateStory());
        recompute();
        // A walk-through shows one layer: a change of x, dout or the activation (an undo, a
        // preset, another tab, a new ReLU′(0)) ends it, and the status line says what the change
        // was. A new colour scale does not.
        results.addListener((o, was, is) -> {
            if (was != null && (is.x() != was.x() || is.dout() != was.dout() || !is.activation().equals(was.activation()))) {
                leaveWalkThrough();
            }
        });
        refreshHistory();
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
        return current().shape();
    }

    public Tensor3 tensor(Target target) {
        return current().get(target);
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

    /** The sentence shown by the dx grid about the gradient at x = 0 (for ReLU, the chosen ReLU′(0)). */
    public ReadOnlyStringProperty gradientNoteProperty() {
        return gradientNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What Undo would undo, e.g. {@code Undo Edit x[0,1,2]}; empty when nothing. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
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
        return walkThrough.getReadOnlyProperty();
    }

    /** Starts a walk through the layer on the current x and dout, at step 0. */
    public WalkThrough startWalkThrough() {
        WorkbenchResults r = results.get();
        WalkThrough walk = new WalkThrough(r.x(), r.dout(), r.activation());
        walkThrough.set(walk);
        status.set(TEXT.get("status.walk"));
        return walk;
    }

    /** Ends the walk-through; the grids show every result again. */
    public void leaveWalkThrough() {
        WalkThrough walk = walkThrough.get();
        if (walk != null) {
            walk.playingProperty().set(false);
            walkThrough.set(null);
        }
    }

    // ---- editing ------------------------------------------------------------------------

    /**
     * Sets one cell to the number in {@code text} ({@code nan}, {@code inf}, {@code -inf} and
     * scientific notation accepted). Returns the reason when the text is not a number.
     */
    public Optional<String> edit(Target target, CellIndex cell, String text) {
        double value;
        try {
            value = NumberText.parse(text);
        } catch (NumberFormatException e) {
            return refuse(TEXT.format("status.notNumber", e.getMessage()));
        }
        return setValue(target, cell, value);
    }

    /** Sets one cell to {@code value}. */
    public Optional<String> setValue(Target target, CellIndex cell, double value) {
        if (!shape().contains(cell.d(), cell.r(), cell.c())) {
            return refuse(TEXT.format("status.outside", cell.toString(), shape().toString()));
        }
        String name = target.symbol() + cell;
        Tensor3 changed = tensor(target).with(cell.d(), cell.r(), cell.c(), value);
        TensorPair pair = current().with(target, changed);
        history.push(TEXT.format("step.edit", name), pair);
        write(pair);
        // One element changed, so only that element's results change: no pass over the tensors.
        results.set(results.get().withCell(cell, pair.x(), pair.dout()));
        afterChange(TEXT.format("status.edited", name, NumberText.forDisplay(value, 6)));
        return Optional.empty();
    }

    /** Sets one cell to 0 (the Delete key). */
    public Optional<String> clear(Target target, CellIndex cell) {
        return setValue(target, cell, 0.0);
    }

    /**
     * Pastes a block of numbers (spreadsheet rows or NumPy's printed array).
     *
     * <p>A 2-D block goes into {@code anchor}'s slice with its top-left corner at the anchor;
     * if it runs past the edge, both tensors grow to hold it (up to {@link #LabState.MAX_SHAPE}). A 3-D
     * block replaces the whole tensor, and the other tensor is resized to match. Either way
     * one undo brings everything back.
     */
    public Optional<String> paste(Target target, CellIndex anchor, String text) {
        PastedBlock block;
        try {
            block = PastedText.parse(text);
        } catch (PasteException e) {
            return refusePaste(e);
        }
        return paste(target, anchor, block);
    }

    /** Refuses a paste whose text could not be read (see {@link PastedText#parse}). */
    public Optional<String> refusePaste(PasteException e) {
        return refuse(TEXT.format("status.nothingPasted", e.getMessage()));
    }

    /** Places a block already read from pasted text, as {@link #paste(Target, CellIndex, String)} does. */
    public Optional<String> paste(Target target, CellIndex anchor, PastedBlock block) {
        if (block.depth() > 1) {
            Shape shape = new Shape(block.depth(), block.rows(), block.cols());
            Optional<String> tooBig = checkFits(shape, TEXT.get("tooBig.pasted"));
            if (tooBig.isPresent()) {
                return tooBig;
            }
            boolean resized = !shape.equals(shape());
            apply(TEXT.format("step.paste3d", shape.toString(), target.symbol()),
                    current().with(target, block.toTensor()),
                    TEXT.format(resized ? "status.pasted3d.resized" : "status.pasted3d", shape.toString(),
                            target.symbol(), target.other().symbol()));
            return Optional.empty();
        }
        Shape old = shape();
        CellIndex at = anchor.clampedTo(old);
        // Checked in longs before a Shape is made: a row of 262,144 values at a 64 × 128 slice
        // has more cells than an int counts, and Shape would throw instead of refusing.
        Optional<String> tooBig = checkFits(Math.max(old.depth(), (long) at.d() + block.depth()),
                Math.max(old.height(), (long) at.r() + block.rows()), Math.max(old.width(), (long) at.c() + block.cols()),
                TEXT.format("tooBig.block", text(block.rows()), text(block.cols()), at.toString()));
        if (tooBig.isPresent()) {
            return tooBig;
        }
        Shape grown = block.shapeAfterPlacing(old, at.d(), at.r(), at.c());
        TensorPair pair = current().resized(grown);
        Tensor3 pasted = block.placeInto(pair.get(target), at.d(), at.r(), at.c());
        String rows = text(block.rows());
        String cols = text(block.cols());
        apply(TEXT.format("step.paste", rows, cols, target.symbol()), pair.with(target, pasted),
                TEXT.format(grown.equals(old) ? "status.pasted" : "status.pasted.grew", rows, cols, target.symbol(),
                        at.toString(), grown.toString()));
        return Optional.empty();
    }

    /**
     * The depth slice {@code d} of {@code target} as tab-separated rows, one line per row, each
     * number written exactly ({@link NumberText#forFile}) so that {@link PastedText} reads back
     * the very same doubles: a spreadsheet takes it as it is, and pasting it back at row 0,
     * column 0 of a slice restores it. Says what was copied in the status line.
     */
    public String copySlice(Target target, int d) {
        Tensor3 t = tensor(target);
        int slice = Math.max(0, Math.min(d, t.shape().depth() - 1));
        int rows = t.shape().height();
        int cols = t.shape().width();
        StringBuilder text = new StringBuilder(rows * cols * 8);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                text.append(NumberText.forFile(t.get(slice, r, c))).append(c + 1 < cols ? "\t" : "\n");
            }
        }
        status.set(TEXT.format("status.copied", slice, target.symbol(), text(rows), text(cols)));
        return text.toString();
    }

    /**
     * Fills {@code target} with a preset, made for the current shape and the {@link #seedProperty()}.
     * A preset of another shape (the textbook example, the feature maps) sets both tensors: the
     * other one gets new random normal numbers of that shape (seeded), since its old values
     * padded with zeros would leave most of dx blank. The status line names both and the shape.
     */
    public Optional<String> applyPreset(Target target, Preset preset) {
        Tensor3 made;
        try {
            made = preset.create(shape(), seed.get());
        } catch (IllegalStateException e) {
            return refuse(TEXT.format("status.presetRefused", preset.label(), e.getMessage()));
        }
        String label = TEXT.format("step.preset", preset.label(), target.symbol());
        Shape old = shape();
        if (made.shape().equals(old)) {
            return replace(target, made, label, TEXT.get("tooBig.preset"), TEXT.format("status.preset", target.symbol(),
                    preset.label(), old.toString(), target.other().symbol()));
        }
        Optional<String> tooBig = checkFits(made.shape(), TEXT.get("tooBig.preset"));
        if (tooBig.isPresent()) {
            return tooBig;
        }
        long otherSeed = seed.get() + 1;
        apply(label, TensorPair.both(target, made, NewCells.RANDOM.fresh(made.shape(), otherSeed)),
                TEXT.format("status.preset.reshaped", target.symbol(), preset.label(), target.other().symbol(),
                        Long.toString(otherSeed), old.toString(), made.shape().toString()));
        return Optional.empty();
    }

    /** Replaces {@code target} with a tensor read from {@code fileName}. */
    public Optional<String> load(Target target, String fileName, Tensor3 tensor) {
        return replace(target, tensor, TEXT.format("step.open", fileName, target.symbol()), TEXT.get("tooBig.file"),
                TEXT.format("status.opened", fileName, tensor.shape().toString(), target.symbol()));
    }

    /** Replaces {@code target} (undo step {@code label}); {@code what} names the tensor in a refusal. */
    private Optional<String> replace(Target target, Tensor3 tensor, String label, String what, String done) {
        Optional<String> tooBig = checkFits(tensor.shape(), what);
        if (tooBig.isPresent()) {
            return tooBig;
        }
        boolean resized = !tensor.shape().equals(shape());
        apply(label, current().with(target, tensor),
                resized ? TEXT.format("status.resizedToMatch", done, tensor.shape().toString(), target.other().symbol())
                        : done);
        return Optional.empty();
    }

    /** Resizes both tensors, keeping the values that still fit (undo brings back the rest). */
    public Optional<String> resize(Shape newShape) {
        Optional<String> tooBig = checkFits(newShape, TEXT.get("tooBig.shape"));
        if (tooBig.isPresent() || newShape.equals(shape())) {
            return tooBig;
        }
        Shape old = shape();
        String done = !grows(old, newShape) ? "status.resized.smaller"
                : newCells.get() == NewCells.ZEROS ? "status.resized.zeros" : "status.resized.random";
        apply(TEXT.format("step.resize", newShape.toString()), current().resized(newShape, newCells.get(), seed.get()),
                TEXT.format(done, old.toString(), newShape.toString(), Long.toString(seed.get())));
        return Optional.empty();
    }

    public void undo() {
        String step = history.undoName();
        history.undo().ifPresent(pair -> show(pair, TEXT.format("status.undid", step)));
    }

    public void redo() {
        String step = history.redoName();
        history.redo().ifPresent(pair -> show(pair, TEXT.format("status.redid", step)));
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

    /** Bytes of tensor data the undo history holds now (each distinct tensor once). */
    long historyBytes() {
        return history.retainedBytes();
    }

    // ---- internals ----------------------------------------------------------------------

    /** The pair on screen: the undo history's current step. */
    private TensorPair current() {
        return history.current();
    }

    private Optional<String> refuse(String why) {
        status.set(why);
        return Optional.of(why);
    }

    private Optional<String> checkFits(Shape shape, String what) {
        return checkFits(shape.depth(), shape.height(), shape.width(), what);
    }

    private Optional<String> checkFits(long depth, long height, long width, String what) {
        if (depth > LabState.MAX_SHAPE.depth() || height > LabState.MAX_SHAPE.height() || width > LabState.MAX_SHAPE.width()) {
            return refuse(TEXT.format("status.tooBig", what, Long.toString(depth), Long.toString(height),
                    Long.toString(width), LabState.MAX_SHAPE.toString()));
        }
        return Optional.empty();
    }

    private void apply(String label, TensorPair pair, String done) {
        history.push(label, pair);
        show(pair, done);
    }

    private void show(TensorPair pair, String message) {
        write(pair);
        depth.set(Math.min(depth.get(), pair.shape().depth() - 1));
        if (hover.get() != null && !pair.shape().contains(hover.get().d(), hover.get().r(), hover.get().c())) {
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
        refreshHistory();
        status.set(message);
    }

    /**
     * Follows a new snapshot of the shared state. The workbench's own edits come back here
     * with the very tensors of the current undo step and change nothing; tensors from
     * elsewhere (an opened session, a lesson path's preset) become an undoable step; a new
     * ReLU′(0) or activation recomputes the results.
     */
    public void follow(LabSnapshot snapshot) {
        LabSnapshot before = followed;
        followed = snapshot;
        TensorPair pair = current();
        boolean tensorsMoved = snapshot.x() != pair.x() || snapshot.dout() != pair.dout();
        if (tensorsMoved) {
            apply(TEXT.get("step.elsewhere"), new TensorPair(snapshot.x(), snapshot.dout()),
                    TEXT.format("status.changedElsewhere", snapshot.x().shape().toString()));
        } else if (!before.activation().equals(snapshot.activation())) {
            recompute();
        }
    }

    private void recompute() {
        Activation f = followed.activation();
        activation.set(f);
        TensorPair pair = current();
        results.set(WorkbenchResults.compute(pair.x(), pair.dout(), f, scope.get()));
        gradientNote.set(ActivationWords.message(f, "note", f.slope(0.0)));
        updateStory();
    }

    private void updateStory() {
        CellIndex cell = hover.get();
        WorkbenchResults r = results.get();
        if (cell == null || r == null || !r.x().shape().contains(cell.d(), cell.r(), cell.c())) {
            story.set("");
            return;
        }
        story.set(ElementStory.describe(cell.d(), cell.r(), cell.c(), r.x().get(cell.d(), cell.r(), cell.c()),
                r.dout().get(cell.d(), cell.r(), cell.c()), r.activation()));
    }

    private void refreshHistory() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.canUndo() ? TEXT.format("undo.label", history.undoName()) : "");
        redoLabel.set(history.canRedo() ? TEXT.format("redo.label", history.redoName()) : "");
    }

    /** A count as the shapes print it: plain digits, no grouping, so "1 × 262144" matches "(1, 262144)". */
    private static String text(long n) {
        return Long.toString(n);
    }

    private static boolean grows(Shape old, Shape now) {
        return now.depth() > old.depth() || now.height() > old.height() || now.width() > old.width();
    }
}
