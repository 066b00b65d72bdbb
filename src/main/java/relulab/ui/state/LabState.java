package relulab.ui.state;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.core.presets.Presets;

/**
 * The state the lessons share, published as one immutable {@link LabSnapshot} per change.
 *
 * <p>The workbench edits the tensors; the code, the gradient check and the ReLU′(0) lesson show
 * them; the ReLU′(0) switch changes how every lesson computes dx. The window's layer is ReLU
 * (a session with a Leaky slope is refused on opening), so the slope stays 0 there. Every
 * change — both tensors at once, the slope, ReLU′(0) — fires {@link #snapshotProperty()}
 * exactly once, so no listener ever sees x and dout of two shapes, or hears one change twice.
 *
 * <p>{@link #gradientAtZeroProperty()} is a plain property so that switches can bind to it both
 * ways; setting it publishes a new snapshot like any other change.
 */
public final class LabState {

    /** The seed of {@link #firstExample()}'s dout. */
    private static final long FIRST_EXAMPLE_SEED = 7;

    private final ReadOnlyObjectWrapper<LabSnapshot> snapshot;
    private final ObjectProperty<GradientAtZero> gradientAtZero;

    /** Starts with the given snapshot. */
    public LabState(LabSnapshot first) {
        snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot", first);
        gradientAtZero = new SimpleObjectProperty<>(this, "gradientAtZero", first.gradientAtZero());
        gradientAtZero.addListener((o, was, is) -> {
            if (is == null) {
                gradientAtZero.set(was);
            } else if (is != snapshot.get().gradientAtZero()) {
                snapshot.set(snapshot.get().withGradientAtZero(is));
            }
        });
    }

    /** Starts with the given tensors, which must share one shape, under plain ReLU with ReLU′(0) = 0. */
    public LabState(Tensor3 x, Tensor3 dout) {
        this(new LabSnapshot(x, dout, 0, GradientAtZero.ZERO));
    }

    /** Starts with zeros of the given shape. */
    public LabState(Shape shape) {
        this(Tensor3.zeros(shape), Tensor3.zeros(shape));
    }

    /**
     * The state the program opens on when nothing else is given: the textbook's example as x
     * and normal numbers rounded to hundredths as dout, easy to read aloud in class. It is the
     * state's, not the workbench's, so that a lesson opened before the workbench (the code, the
     * gradient check) shows the same numbers the workbench will.
     */
    public static LabState firstExample() {
        Tensor3 x = Presets.textbookExample().create(new Shape(2, 4, 4), FIRST_EXAMPLE_SEED);
        return new LabState(x, Presets.roundedNormal(x.shape(), FIRST_EXAMPLE_SEED));
    }

    /** The newest snapshot; it changes once per change of anything in it. */
    public ReadOnlyObjectProperty<LabSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public LabSnapshot snapshot() {
        return snapshot.get();
    }

    /** Replaces both tensors at once; nothing is published when both are the ones held. */
    public void setTensors(Tensor3 newX, Tensor3 newDout) {
        LabSnapshot now = snapshot.get();
        if (now.x() != newX || now.dout() != newDout) {
            snapshot.set(now.withTensors(newX, newDout));
        }
    }

    /** 0 for ReLU, else Leaky ReLU's slope. */
    public void setLeakySlope(double slope) {
        LabSnapshot now = snapshot.get();
        if (Double.compare(now.leakySlope(), slope) != 0) {
            snapshot.set(now.withLeakySlope(slope));
        }
    }

    /** Replaces the whole state at once (opening a saved session, say). */
    public void restore(LabSnapshot saved) {
        snapshot.set(saved);
        gradientAtZero.set(saved.gradientAtZero());
    }

    public Tensor3 x() {
        return snapshot.get().x();
    }

    public Tensor3 dout() {
        return snapshot.get().dout();
    }

    /** ReLU′(0): 0 by default, as in PyTorch, TensorFlow and the course notes. */
    public ObjectProperty<GradientAtZero> gradientAtZeroProperty() {
        return gradientAtZero;
    }

    public GradientAtZero gradientAtZero() {
        return snapshot.get().gradientAtZero();
    }
}
