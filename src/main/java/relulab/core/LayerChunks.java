package relulab.core;

/**
 * One activation layer applied to a chunk of a tensor at a time, all its results and the
 * statistics of x in one pass over the chunk, so that a command can stream files through the
 * layer without ever holding a tensor whole.
 *
 * <p>For a chunk of x (and of dout) {@link #applyInPlace} makes {@code gate} ({@code x > 0}),
 * {@code zeroed} ({@code x < 0}), the local slope {@code f'(x)}, {@code dx} in place of dout
 * and {@code out} in place of x, bit for bit what {@link Mask#gate}, {@link Mask#zeroed},
 * {@link Activation#slope}, {@link Activation#backward(Tensor3, Tensor3)} and
 * {@link Activation#forward(Tensor3)} give for those elements, and counts x per channel into a
 * {@link ReluStatsCounter}. The masks come out as the bytes 1 and 0 of a NumPy bool, from plain
 * comparisons that the JIT compiles to flag-setting instructions rather than jumps (a jump per
 * element would mispredict on random signs, see {@link ReluKernels}); the loop that makes them
 * also counts them, so x needs no pass of its own for the statistics. ReLU (with ReLU'(0) = 0)
 * and Leaky ReLU run on their jump-free kernels; the other members element by element on their
 * scalar methods, whose exp or erf costs more than the loop. A few small loops rather than one
 * fused loop: a command that runs for half a second spends much of it before the JIT has
 * compiled its loops, and small ones are compiled sooner (and the forward pass becomes vector
 * instructions).
 */
public final class LayerChunks {

    private final Activation f;
    private final boolean relu;
    private final LeakyRelu leaky;

    /** The layer of {@code f}, any member of the family with any choice at its kink. */
    public LayerChunks(Activation f) {
        this.f = f;
        this.relu = f == Relu.STANDARD;
        this.leaky = f instanceof LeakyRelu l ? l : null;
    }

    /**
     * Applies the layer to the elements {@code [first, first + n)} of a tensor, whose values
     * are {@code x[0, n)} and (unless it is null) {@code dout[0, n)}: fills {@code gate[0, n)}
     * and {@code zeroed[0, n)} with 0 and 1 and (unless it is null) {@code slope[0, n)} with
     * {@code f'(x)}, turns dout into dx and x into out, and counts x into {@code counter}.
     */
    public void applyInPlace(
            int first,
            double[] x,
            double[] dout,
            double[] slope,
            byte[] gate,
            byte[] zeroed,
            int n,
            ReluStatsCounter counter) {
        for (int k = 0; k < n; ) {
            int end = Math.min(n, counter.channelEnd(first + k) - first);
            long counts = masks(x, gate, zeroed, k, end);
            int passed = (int) counts;
            int negative = (int) (counts >>> 32);
            // Zeros and NaNs are in neither mask; only when there are any must they be told apart.
            int nan = passed + negative == end - k ? 0 : nans(x, k, end);
            counter.add(first + k, new ChannelStats(negative, passed, end - k - negative - passed - nan, nan));
            k = end;
        }
        if (slope != null) {
            slopes(x, slope, n);
        }
        if (dout != null) {
            backward(x, dout, n);
        }
        forward(x, n);
    }

    private void slopes(double[] x, double[] slope, int n) {
        if (relu) {
            ReluKernels.slope(x, slope, n);
        } else if (leaky != null) {
            LeakyReluKernels.slope(leaky.slope(), x, slope, n);
        } else {
            for (int k = 0; k < n; k++) {
                slope[k] = f.slope(x[k]);
            }
        }
    }

    private void backward(double[] x, double[] dout, int n) {
        if (relu) {
            ReluKernels.backward(x, dout, 0, dout, 0, n);
        } else if (leaky != null) {
            LeakyReluKernels.backward(leaky.slope(), x, dout, 0, dout, 0, n);
        } else {
            for (int k = 0; k < n; k++) {
                dout[k] = f.backward(x[k], dout[k]);
            }
        }
    }

    private void forward(double[] x, int n) {
        if (relu) {
            ReluKernels.forward(x, 0, x, 0, n);
        } else if (leaky != null) {
            LeakyReluKernels.forward(leaky.slope(), x, 0, x, 0, n);
        } else {
            for (int k = 0; k < n; k++) {
                x[k] = f.forward(x[k]);
            }
        }
    }

    /**
     * {@code gate[k] = 1} where {@code x[k] > 0} and {@code zeroed[k] = 1} where {@code x[k] < 0},
     * else 0, for {@code k} in {@code [from, to)}; returns how many of each are 1, the gates in
     * the low 32 bits and the zeroed cells in the high 32 bits. The comparisons are false for
     * NaN and for both zeros, as the masks must be.
     */
    private static long masks(double[] x, byte[] gate, byte[] zeroed, int from, int to) {
        int passed = 0;
        int negative = 0;
        for (int k = from; k < to; k++) {
            double v = x[k];
            int g = v > 0 ? 1 : 0;
            int z = v < 0 ? 1 : 0;
            gate[k] = (byte) g;
            zeroed[k] = (byte) z;
            passed += g;
            negative += z;
        }
        return passed | (long) negative << 32;
    }

    private static int nans(double[] x, int from, int to) {
        int nan = 0;
        for (int k = from; k < to; k++) {
            nan += Double.isNaN(x[k]) ? 1 : 0;
        }
        return nan;
    }
}
