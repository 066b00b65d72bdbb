package relulab.ui.state;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectPropertyBase;
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
 *
 * <p>{@link #setTensors} stores both tensors before it tells anyone, so a listener of x that
 * reads dout (or the other way round) always sees a pair of one shape.
 */
public final class LabState {

    private final TensorProperty x;
    private final TensorProperty dout;
    private final ObjectProperty<GradientAtZero> gradientAtZero =
            new SimpleObjectProperty<>(this, "gradientAtZero", GradientAtZero.ZERO);

    /** Starts with the given tensors, which must share one shape. */
    public LabState(Tensor3 x, Tensor3 dout) {
        x.shape().requireSame(dout.shape(), "dout");
        this.x = new TensorProperty("x", x);
        this.dout = new TensorProperty("dout", dout);
    }

    /** Starts with zeros of the given shape. */
    public LabState(Shape shape) {
        this(Tensor3.zeros(shape), Tensor3.zeros(shape));
    }

    /** Replaces both tensors at once, so no listener ever sees two different shapes. */
    public void setTensors(Tensor3 newX, Tensor3 newDout) {
        newX.shape().requireSame(newDout.shape(), "dout");
        boolean xChanged = x.value != newX;
        boolean doutChanged = dout.value != newDout;
        x.value = newX;
        dout.value = newDout;
        if (xChanged) {
            x.fireValueChangedEvent();
        }
        if (doutChanged) {
            dout.fireValueChangedEvent();
        }
    }

    public ReadOnlyObjectProperty<Tensor3> xProperty() {
        return x;
    }

    public ReadOnlyObjectProperty<Tensor3> doutProperty() {
        return dout;
    }

    public Tensor3 x() {
        return x.value;
    }

    public Tensor3 dout() {
        return dout.value;
    }

    /** ReLU'(0): 0 by default, as in PyTorch, TensorFlow and the course notes. */
    public ObjectProperty<GradientAtZero> gradientAtZeroProperty() {
        return gradientAtZero;
    }

    public GradientAtZero gradientAtZero() {
        return gradientAtZero.get();
    }

    /** A read-only tensor property whose value {@link #setTensors} sets before it notifies. */
    private final class TensorProperty extends ReadOnlyObjectPropertyBase<Tensor3> {

        private final String name;
        private Tensor3 value;

        TensorProperty(String name, Tensor3 value) {
            this.name = name;
            this.value = value;
        }

        @Override
        public Tensor3 get() {
            return value;
        }

        @Override
        public Object getBean() {
            return LabState.this;
        }

        @Override
        public String getName() {
            return name;
        }

        /** Re-declared so that LabState, in this package, may call it. */
        @Override
        protected void fireValueChangedEvent() {
            super.fireValueChangedEvent();
        }
    }
}
