package relulab.ui.workbench;

import java.util.function.IntPredicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import relulab.core.Activation;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.text.Messages;

/**
 * The layer run one step at a time, at the learner's pace: first the forward pass over x in
 * loop order (d, h, w) — each step fills in out (and the zeroed mark) for one more unit — then
 * the backward pass in the same order, each step passing dout through the gate into dx.
 *
 * <p>With {@code U} units per pass ({@link Unit}: one element, one row or one slice), step 0 is
 * the start (no result shown), steps 1…U the forward pass and U+1…2U the backward pass. After
 * step s of the forward pass the first {@code min(n, s·unitSize)} elements (flat index order,
 * which is loop order) have their out; the backward pass counts the same way for dx. The cue
 * is the last element the step reached, and the formula says what the step computed, with its
 * numbers. Changing the unit keeps the place: the new step covers at least the elements
 * already done.
 *
 * <p>The words are the layer's activation's ({@link ActivationWords}): each step's formula
 * is the element's story ({@link ElementStory}), a row or slice at once its {@code walk.*}
 * sentence.
 *
 * <p>A plain object: the view plays it with a timeline at {@link #speedProperty()} steps a second.
 */
public final class WalkThrough {

    private static final Messages TEXT = Messages.of(WalkThrough.class);

    /** Slowest and fastest play speed, in steps a second. */
    public static final int MIN_SPEED = 1;

    public static final int MAX_SPEED = 20;
    /** Largest tensor stepped element by element, and by row, when the unit is chosen for it. */
    static final int MAX_ELEMENTS_BY_CELL = 128;

    static final int MAX_ELEMENTS_BY_ROW = 4096;

    /** How much one step covers. */
    public enum Unit {
        ELEMENT,
        ROW,
        SLICE;

        int size(Shape shape) {
            return switch (this) {
                case ELEMENT -> 1;
                case ROW -> shape.width();
                case SLICE -> shape.sliceSize();
            };
        }

        /** The unit that keeps a walk through {@code shape} to a few hundred steps. */
        public static Unit fitting(Shape shape) {
            return shape.size() <= MAX_ELEMENTS_BY_CELL ? ELEMENT : shape.size() <= MAX_ELEMENTS_BY_ROW ? ROW : SLICE;
        }
    }

    private final Tensor3 x;
    private final Tensor3 dout;
    private final Activation f;
    private final ObjectProperty<Unit> unit;
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", 0);
    private final ReadOnlyIntegerWrapper lastStep = new ReadOnlyIntegerWrapper(this, "lastStep");
    private final ReadOnlyIntegerWrapper forwardDone = new ReadOnlyIntegerWrapper(this, "forwardDone", 0);
    private final ReadOnlyIntegerWrapper backwardDone = new ReadOnlyIntegerWrapper(this, "backwardDone", 0);
    private final ReadOnlyObjectWrapper<CellIndex> cue = new ReadOnlyObjectWrapper<>(this, "cue");
    private final ReadOnlyStringWrapper formula = new ReadOnlyStringWrapper(this, "formula");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final IntegerProperty speed = new SimpleIntegerProperty(this, "speed", 4);

    /** A walk through the layer with activation {@code f} on x and dout (of one shape). */
    public WalkThrough(Tensor3 x, Tensor3 dout, Activation f) {
        x.shape().requireSame(dout.shape(), "dout");
        this.x = x;
        this.dout = dout;
        this.f = f;
        this.unit = new SimpleObjectProperty<>(this, "unit", Unit.fitting(x.shape()));
        unit.addListener((o, was, is) -> {
            if (is == null) {
                unit.set(was);
            } else {
                keepPlace(is);
            }
        });
        speed.addListener((o, was, is) -> {
            if (is.intValue() < MIN_SPEED || is.intValue() > MAX_SPEED) {
                speed.set(Math.max(MIN_SPEED, Math.min(MAX_SPEED, is.intValue())));
            }
        });
        lastStep.set(2 * units());
        update();
    }

    // ---- moving -------------------------------------------------------------------------

    /** One step on; false (and playing stops) at the end. */
    public boolean next() {
        if (step.get() >= lastStep.get()) {
            playing.set(false);
            return false;
        }
        goTo(step.get() + 1);
        return true;
    }

    /** One step back; false at the start. */
    public boolean back() {
        if (step.get() == 0) {
            return false;
        }
        goTo(step.get() - 1);
        return true;
    }

    public void first() {
        goTo(0);
    }

    public void last() {
        goTo(lastStep.get());
    }

    /** Starts or pauses playing; at the end, playing starts over from the first step. */
    public void togglePlaying() {
        if (!playing.get() && step.get() == lastStep.get()) {
            goTo(0);
        }
        playing.set(!playing.get());
    }

    private void goTo(int s) {
        step.set(Math.max(0, Math.min(lastStep.get(), s)));
        update();
    }

    // ---- reading ------------------------------------------------------------------------

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public int step() {
        return step.get();
    }

    /** The last step's number: 2 × the units of one pass. */
    public ReadOnlyIntegerProperty lastStepProperty() {
        return lastStep.getReadOnlyProperty();
    }

    /** How many elements (in flat index order) have their out shown. */
    public ReadOnlyIntegerProperty forwardDoneProperty() {
        return forwardDone.getReadOnlyProperty();
    }

    /** How many elements (in flat index order) have their dx shown. */
    public ReadOnlyIntegerProperty backwardDoneProperty() {
        return backwardDone.getReadOnlyProperty();
    }

    /** The element the last step reached, outlined in every grid; null at the start. */
    public ReadOnlyObjectProperty<CellIndex> cueProperty() {
        return cue.getReadOnlyProperty();
    }

    /** What the step computed, with its numbers, e.g. {@code out[0,1,2] = max(0, −0.95) = 0 (zeroed)}. */
    public ReadOnlyStringProperty formulaProperty() {
        return formula.getReadOnlyProperty();
    }

    /** Where the walk is, e.g. {@code Forward pass: 3 of 64}. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    /** Play speed in steps a second, kept within {@link #MIN_SPEED}–{@link #MAX_SPEED}. */
    public IntegerProperty speedProperty() {
        return speed;
    }

    /** The cells whose out (and zeroed mark) the walk has not reached: they are drawn empty. */
    public IntPredicate hiddenForward() {
        int done = forwardDone.get();
        return i -> i >= done;
    }

    /** The cells whose dx the walk has not reached. */
    public IntPredicate hiddenBackward() {
        int done = backwardDone.get();
        return i -> i >= done;
    }

    // ---- internals ----------------------------------------------------------------------

    private int units() {
        int size = unit.get().size(x.shape());
        return (x.size() + size - 1) / size;
    }

    /** After a change of unit: the first step of the new unit that covers what was done. */
    private void keepPlace(Unit is) {
        int units = units();
        int done = step.get() <= lastStep.get() / 2 ? forwardDone.get() : backwardDone.get();
        boolean backward = step.get() > lastStep.get() / 2;
        int size = is.size(x.shape());
        int s = (done + size - 1) / size + (backward ? units : 0);
        lastStep.set(2 * units);
        goTo(s);
    }

    private void update() {
        int n = x.size();
        int units = lastStep.get() / 2;
        int size = unit.get().size(x.shape());
        int s = step.get();
        if (s == 0) {
            forwardDone.set(0);
            backwardDone.set(0);
            cue.set(null);
            progress.set(TEXT.format("walk.progress.start", units));
            formula.set(TEXT.get("walk.formula.start"));
            return;
        }
        boolean forward = s <= units;
        int done = Math.min(n, (forward ? s : s - units) * size);
        forwardDone.set(forward ? done : n);
        backwardDone.set(forward ? 0 : done);
        cue.set(cellAt(done - 1));
        progress.set(TEXT.format(
                forward ? "walk.progress.forward" : "walk.progress.backward", forward ? s : s - units, units));
        formula.set(size == 1 ? elementFormula(forward, done - 1) : unitFormula(forward, done - size, done));
    }

    private String elementFormula(boolean forward, int i) {
        CellIndex cell = cellAt(i);
        return forward
                ? ElementStory.forwardStep(cell.d(), cell.r(), cell.c(), x.get(i), f)
                : ElementStory.backwardStep(cell.d(), cell.r(), cell.c(), x.get(i), dout.get(i), f);
    }

    /**
     * A row or slice at once: which part, and how many of its elements the activation changed
     * (x &lt; 0) or let the gradient through (x &gt; 0).
     */
    private String unitFormula(boolean forward, int from, int to) {
        CellIndex first = cellAt(from);
        // NumPy's slice of the part: code, not words.
        String part = unit.get() == Unit.ROW ? "[" + first.d() + "," + first.r() + ",:]" : "[" + first.d() + ",:,:]";
        int count = 0;
        for (int i = from; i < to; i++) {
            count += forward ? (x.get(i) < 0 ? 1 : 0) : (x.get(i) > 0 ? 1 : 0);
        }
        int all = to - from;
        return forward
                ? ActivationWords.message(f, "walk.forward", part, count, all)
                : ActivationWords.message(f, "walk.backward", part, count, all, f.slope(0.0));
    }

    private CellIndex cellAt(int i) {
        Shape shape = x.shape();
        int c = i % shape.width();
        int r = (i / shape.width()) % shape.height();
        return new CellIndex(i / shape.sliceSize(), r, c);
    }
}
