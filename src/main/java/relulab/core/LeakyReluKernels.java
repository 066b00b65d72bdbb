package relulab.core;

/**
 * The array loops behind {@link LeakyRelu}: {@code out = x > 0 ? x : a*x} and
 * {@code dx = x > 0 ? dout : a*dout}, bit for bit as the scalar methods give them.
 *
 * <p>Both branches are cheap, so each loop computes both and picks one with the jump-free mask
 * of {@link ReluKernels#passMask}: with random signs a conditional jump would be mispredicted
 * half of the time, and Leaky ReLU would look several times dearer than it is.
 */
final class LeakyReluKernels {

    private LeakyReluKernels() {
    }

    /** {@code out[i] = x[i] > 0 ? x[i] : slope * x[i]}; out may be x itself. */
    static void forward(double slope, double[] x, double[] out) {
        ReluKernels.requireSameLength(x, out, "out");
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            out[i] = ReluKernels.select(ReluKernels.passMask(Double.doubleToRawLongBits(v)), v, slope * v);
        }
    }

    /** {@code dx[i] = x[i] > 0 ? dout[i] : slope * dout[i]}. */
    static void backward(double slope, double[] x, double[] dout, double[] dx) {
        ReluKernels.requireSameLength(x, dout, "dout");
        ReluKernels.requireSameLength(x, dx, "dx");
        for (int i = 0; i < x.length; i++) {
            double g = dout[i];
            dx[i] = ReluKernels.select(ReluKernels.passMask(Double.doubleToRawLongBits(x[i])), g, slope * g);
        }
    }
}
