package relulab.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;

/**
 * What the panels of the window share: the current input {@code x}, the upstream gradient
 * {@code dout} (always of x's shape) and the chosen value of ReLU'(0).
 *
 * <p>The workbench edits the tensors; the code view and the gradient check show them; the
 * ReLU'(0) switch changes how every panel computes dx. Tensors are immutable, so a listener
 * may hand them to another thread as they are.
 */
public final class LabState {

    private final ReadOnlyObjectWrapper<Tensor3> x;
    private final ReadOnlyObjectWrapper<Tensor3> dout;
    private final ObjectProperty<GradientAtZero> gradientAtZero =
            new SimpleObjectProperty<>(this, "gradientAtZero", GradientAtZero.ZERO);

    /** Starts with the given tensors, which must share one shape. */
    public LabState(Tensor3 x, Tensor3 dout) {
        x.shape().requireSame(dout.shape(), "dout");
        this.x = new ReadOnlyObjectWrapper<>(this, "x", x);
        this.dout = new ReadOnlyObjectWrapper<>(this, "dout", dout);
    }

    /** Starts with zeros of the given shape. */
    public LabState(Shape shape) {
        this(Tensor3.zeros(shape), Tensor3.zeros(shape));
    }

    /** Replaces both tensors at once, so no listener ever sees two different shapes. */
    public void setTensors(Tensor3 newX, Tensor3 newDout) {
        newX.shape().requireSame(newDout.shape(), "dout");
        if (!newX.shape().equals(x.get().shape())) {
            // Set dout first while listeners of x, notified second, see a consistent pair.
            dout.set(newDout);
            x.set(newX);
        } else {
            x.set(newX);
            dout.set(newDout);
        }
    }

    public ReadOnlyObjectProperty<Tensor3> xProperty() {
        return x.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tensor3> doutProperty() {
        return dout.getReadOnlyProperty();
    }

    public Tensor3 x() {
        return x.get();
    }

    public Tensor3 dout() {
        return dout.get();
    }

    /** ReLU'(0): 0 by default, as in PyTorch, TensorFlow and the course notes. */
    public ObjectProperty<GradientAtZero> gradientAtZeroProperty() {
        return gradientAtZero;
    }

    public GradientAtZero gradientAtZero() {
        return gradientAtZero.get();
    }
}
