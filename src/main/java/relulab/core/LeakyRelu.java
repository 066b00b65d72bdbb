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

    /**
     * Leaky ReLU with the slope NumPy and PyTorch multiply float32 tensors by, {@code np.float32(a)}:
     * the product of two floats is exact in double, so a·x rounded once to float32 is their
     * float32 product bit for bit (see {@link Activation#forFloat32}). A slope within 3e-8 of 1,
     * which float32 rounds to 1 and this class does not take, keeps its double value.
     */
    @Override
    public LeakyRelu forFloat32() {
        double single = (float) slope;
        return single == slope || single >= 1 ? this : new LeakyRelu(single);
    }

    /**
     * A select, as in the engine: NaN fails {@code x > 0} and gives {@code a * NaN = NaN},
     * {@code -0.0} gives {@code a * -0.0 = -0.0}, and an infinite dout is scaled, never
     * multiplied by a 0/1 mask. The slope is written as Java writes the double, which Python
     * and Octave read back to the same bits.
     */
    @Override
    public ActivationCode code() {
        String a = Double.toString(slope);
        return new ActivationCode(
                "# out = x where x > 0, else a * x, with a = " + a + "\n" + "out = np.where(x > 0, x, " + a + " * x)\n",
                "# dx = dout where x > 0, else a * dout\n" + "dx = np.where(x > 0, dout, " + a + " * dout)\n",
                "% forward: out = x where x > 0, else a * x, with a = " + a + "\n"
                        + "out = " + a + " * x;\n"
                        + "pass = x > 0;\n"
                        + "out(pass) = x(pass);\n",
                "% backward: dx = dout where x > 0, else a * dout\n"
                        + "dx = " + a + " * dout;\n"
                        + "pass = x > 0;\n"
                        + "dx(pass) = dout(pass);\n",
                true);
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
