package relulab.ui.state;

import java.util.Objects;
import relulab.core.Activation;
import relulab.core.GradientAtZero;
import relulab.core.Tensor3;

/**
 * Everything the lessons share, as one immutable value: the input {@code x}, the upstream
 * gradient {@code dout} (always of x's shape), the layer's activation and the chosen ReLU′(0).
 *
 * <p>{@link LabState} publishes a new snapshot for every change, so a lesson that shows
 * several of these values never sees a mix of two moments, and may hand the snapshot to a
 * background thread as it is (tensors are immutable).
 *
 * <p>The activation already carries the choice at its kink: for ReLU,
 * {@code activation().backward(0, dout)} follows {@code gradientAtZero}; an activation without
 * a choice at 0 ignores it. Lessons compute with {@link #activation()} and never name a concrete
 * activation.
 *
 * @param x              the layer's input
 * @param dout           the upstream gradient, of x's shape
 * @param activation     the layer's activation (given with any choice at 0; the snapshot applies
 *                       {@code gradientAtZero} to it)
 * @param gradientAtZero ReLU′(0), which an activation with a kink at 0 uses at exactly {@code x = 0}
 */
public record LabSnapshot(Tensor3 x, Tensor3 dout, Activation activation, GradientAtZero gradientAtZero) {

    public LabSnapshot {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(dout, "dout");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(gradientAtZero, "gradientAtZero");
        x.shape().requireSame(dout.shape(), "dout");
        activation = activation.withGradientAtZero(gradientAtZero);
    }

    /**
     * Whether this snapshot computes with {@code f}, given this snapshot's ReLU′(0): a new
     * ReLU′(0) does not make another activation.
     */
    public boolean computesWith(Activation f) {
        return f.withGradientAtZero(gradientAtZero).equals(activation);
    }

    public LabSnapshot withTensors(Tensor3 newX, Tensor3 newDout) {
        return new LabSnapshot(newX, newDout, activation, gradientAtZero);
    }

    public LabSnapshot withActivation(Activation newActivation) {
        return new LabSnapshot(x, dout, newActivation, gradientAtZero);
    }

    public LabSnapshot withGradientAtZero(GradientAtZero atZero) {
        return new LabSnapshot(x, dout, activation, atZero);
    }
}
