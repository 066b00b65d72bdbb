package relulab.ui.state;

import java.util.Objects;
import relulab.core.Activation;
import relulab.core.GradientAtZero;
import relulab.core.LeakyRelu;
import relulab.core.Relu;
import relulab.core.Tensor3;

/**
 * Everything the lessons share, as one immutable value: the input {@code x}, the upstream
 * gradient {@code dout} (always of x's shape), the layer's activation and the chosen ReLU′(0).
 *
 * <p>{@link LabState} publishes a new snapshot for every change, so a lesson that shows
 * several of these values never sees a mix of two moments, and may hand the snapshot to a
 * background thread as it is (tensors are immutable).
 *
 * <p>The activation is ReLU when {@code leakySlope} is 0, otherwise Leaky ReLU with that slope:
 * {@code out = x > 0 ? x : a·x}, {@code dx = x > 0 ? dout : a·dout}.
 *
 * @param x              the layer's input
 * @param dout           the upstream gradient, of x's shape
 * @param leakySlope     0 for ReLU, else Leaky ReLU's slope {@code a} for {@code x ≤ 0}
 * @param gradientAtZero ReLU′(0), which plain ReLU uses at exactly {@code x = 0}
 */
public record LabSnapshot(Tensor3 x, Tensor3 dout, double leakySlope, GradientAtZero gradientAtZero) {

    public LabSnapshot {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(dout, "dout");
        Objects.requireNonNull(gradientAtZero, "gradientAtZero");
        x.shape().requireSame(dout.shape(), "dout");
        if (leakySlope != 0) {
            new LeakyRelu(leakySlope); // validates the slope with LeakyRelu's own message
        }
    }

    /** True for Leaky ReLU, false for ReLU. */
    public boolean isLeaky() {
        return leakySlope != 0;
    }

    /** The layer's activation: ReLU with the chosen ReLU′(0), or Leaky ReLU. */
    public Activation activation() {
        return isLeaky() ? new LeakyRelu(leakySlope) : Relu.withGradientAtZero(gradientAtZero);
    }

    public LabSnapshot withTensors(Tensor3 newX, Tensor3 newDout) {
        return new LabSnapshot(newX, newDout, leakySlope, gradientAtZero);
    }

    public LabSnapshot withLeakySlope(double slope) {
        return new LabSnapshot(x, dout, slope, gradientAtZero);
    }

    public LabSnapshot withGradientAtZero(GradientAtZero atZero) {
        return new LabSnapshot(x, dout, leakySlope, atZero);
    }
}
