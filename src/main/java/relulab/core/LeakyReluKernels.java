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

    private LeakyReluKernels() {}

    /** {@code out[i] = x[i] > 0 ? x[i] : slope * x[i]}; out may be x itself. */
    static void forward(double slope, double[] x, double[] out) {
        ReluKernels.requireSameLength(x, out, "out");
        forward(slope, x, 0, out, 0, x.length);
    }

    /** {@code out[to + k] = v > 0 ? v : slope * v} with {@code v = x[from + k]}, for {@code k < n}. */
    static void forward(double slope, double[] x, int from, double[] out, int to, int n) {
        for (int k = 0; k < n; k++) {
            double v = x[from + k];
            out[to + k] = ReluKernels.select(ReluKernels.passMask(Double.doubleToRawLongBits(v)), v, slope * v);
        }
    }

    /** {@code dx[i] = x[i] > 0 ? dout[i] : slope * dout[i]}. */
    static void backward(double slope, double[] x, double[] dout, double[] dx) {
        ReluKernels.requireSameLength(x, dout, "dout");
        ReluKernels.requireSameLength(x, dx, "dx");
        backward(slope, x, dout, 0, dx, 0, x.length);
    }

    /** {@code dx[to + k] = x > 0 ? g : slope * g} with x, g at {@code from + k}, for {@code k < n}. */
    static void backward(double slope, double[] x, double[] dout, int from, double[] dx, int to, int n) {
        for (int k = 0; k < n; k++) {
            double g = dout[from + k];
            dx[to + k] =
                    ReluKernels.select(ReluKernels.passMask(Double.doubleToRawLongBits(x[from + k])), g, slope * g);
        }
    }

    /** {@code slope[k] = x[k] > 0 ? 1.0 : slope} for {@code k < n}: Leaky ReLU's f'(x), as a select on bits. */
    static void slope(double slope, double[] x, double[] out, int n) {
        for (int k = 0; k < n; k++) {
            out[k] = ReluKernels.select(ReluKernels.passMask(Double.doubleToRawLongBits(x[k])), 1.0, slope);
        }
    }
}
