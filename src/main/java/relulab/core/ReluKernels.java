package relulab.core;

/**
 * The array loops behind {@link Relu}: the hot path of the program and of the benchmarks.
 *
 * <p>They must give exactly the results of {@link Relu#forward(double)} and
 * {@link Relu#backward(double, double)} (with ReLU'(0) = 0) for every input, NaN, ±0 and ±Inf
 * included.
 */
final class ReluKernels {

    private ReluKernels() {
    }

    /** {@code out[i] = max(0, x[i])}. */
    static void forward(double[] x, double[] out) {
        if (x.length != out.length) {
            throw new IllegalArgumentException("x has " + x.length + " values, out " + out.length);
        }
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.max(0.0, x[i]);
        }
    }

    /** {@code dx[i] = x[i] > 0 ? dout[i] : 0}. */
    static void backward(double[] x, double[] dout, double[] dx) {
        if (x.length != dout.length || x.length != dx.length) {
            throw new IllegalArgumentException("x has " + x.length + " values, dout "
                    + dout.length + ", dx " + dx.length);
        }
        for (int i = 0; i < x.length; i++) {
            dx[i] = x[i] > 0 ? dout[i] : 0.0;
        }
    }
}
