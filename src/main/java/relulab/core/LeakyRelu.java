package relulab.core;

import java.util.List;

/**
 * Leaky ReLU with slope {@code a} for negative inputs:
 * {@code out = x > 0 ? x : a*x}, {@code dx = x > 0 ? dout : a*dout}.
 *
 * <p>Unlike ReLU, a unit that is negative everywhere still receives a (small) gradient, so it
 * can recover; the dying-ReLU lesson compares the two.
 */
public record LeakyRelu(double slope) implements Activation {

    /** The slope used when none is given, 0.01. */
    public static final double DEFAULT_SLOPE = 0.01;

    public LeakyRelu {
        if (!Double.isFinite(slope) || slope < 0 || slope >= 1) {
            throw new IllegalArgumentException("leaky ReLU slope must be in [0, 1), got " + slope);
        }
    }

    @Override
    public String name() {
        return "leaky:" + slope;
    }

    @Override
    public String id() {
        return "leaky";
    }

    @Override
    public List<Double> parameters() {
        return List.of(slope);
    }

    @Override
    public double slope(double x) {
        return x > 0 ? 1.0 : slope;
    }

    @Override
    public double forward(double x) {
        return x > 0 ? x : slope * x;
    }

    @Override
    public double backward(double x, double dout) {
        return x > 0 ? dout : slope * dout;
    }

    @Override
    public void forward(double[] x, double[] out) {
        LeakyReluKernels.forward(slope, x, out);
    }

    @Override
    public void backward(double[] x, double[] dout, double[] dx) {
        LeakyReluKernels.backward(slope, x, dout, dx);
    }

    @Override
    public String toString() {
        return "Leaky ReLU (a = " + slope + ")";
    }
}
