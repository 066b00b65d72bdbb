package relulab.ui.state;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.core.presets.Presets;

/**
 * The state the lessons share, published as one immutable {@link LabSnapshot} per change.
 *
 * <p>The workbench edits the tensors; the code, the gradient check and the ReLU′(0) lesson show
 * them; the activation chooser and the ReLU′(0) switch change how every lesson computes. Every
 * change — both tensors at once, the activation, ReLU′(0) — fires {@link #snapshotProperty()}
 * exactly once, so no listener ever sees x and dout of two shapes, or hears one change twice.
 *
 * <p>{@link #activationProperty()} and {@link #gradientAtZeroProperty()} are plain properties so
 * that choosers can bind to them both ways; setting one publishes a new snapshot like any other
 * change, and each always holds what the newest snapshot holds.
 */
public final class LabState {

    /** The largest x and dout the window holds: 64 channels of 128 × 128. */
    public static final Shape MAX_SHAPE = new Shape(64, 128, 128);

    /** The seed of {@link #firstExample()}'s dout. */
    private static final long FIRST_EXAMPLE_SEED = 7;

    private final ReadOnlyObjectWrapper<LabSnapshot> snapshot;
    private final ObjectProperty<GradientAtZero> gradientAtZero;
    private final ObjectProperty<Activation> activation;

    /** Starts with the given snapshot. */
    public LabState(LabSnapshot first) {
        snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot", first);
        gradientAtZero = new SimpleObjectProperty<>(this, "gradientAtZero", first.gradientAtZero());
        activation = new SimpleObjectProperty<>(this, "activation", first.activation());
        gradientAtZero.addListener((o, was, is) -> {
            if (is == null) {
                gradientAtZero.set(was);
            } else if (is != snapshot.get().gradientAtZero()) {
                snapshot.set(snapshot.get().withGradientAtZero(is));
            }
        });
        activation.addListener((o, was, is) -> {
            LabSnapshot now = snapshot.get();
            if (is == null || now.computesWith(is)) {
                activation.set(now.activation());
            } else {
                snapshot.set(now.withActivation(is));
            }
        });
        snapshot.addListener((o, was, is) -> {
            gradientAtZero.set(is.gradientAtZero());
            activation.set(is.activation());
        });
    }

    /** Starts with the given tensors, which must share one shape, under plain ReLU with ReLU′(0) = 0. */
    public LabState(Tensor3 x, Tensor3 dout) {
        this(new LabSnapshot(x, dout, Activations.relu(), GradientAtZero.ZERO));
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

    /** Replaces the whole state at once (opening a saved session, say). */
    public void restore(LabSnapshot saved) {
        snapshot.set(saved);
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

    /** The layer's activation, with the choice at its kink applied; ReLU by default. */
    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    public Activation activation() {
        return snapshot.get().activation();
    }
}
