package relulab.core;

/**
 * One ReLU or Leaky ReLU layer applied to a chunk of a tensor at a time, all four results and
 * the statistics of x in one loop, so that a command can stream files through the layer
 * without ever holding a tensor whole.
 *
 * <p>For a chunk of x (and of dout) {@link #applyInPlace} makes {@code gate} ({@code x > 0}),
 * {@code zeroed} ({@code x < 0}), {@code dx} in place of dout and {@code out} in place of x,
 * bit for bit what {@link Mask#gate}, {@link Mask#zeroed},
 * {@link Activation#backward(Tensor3, Tensor3)} and {@link Activation#forward(Tensor3)} give
 * for those elements, and counts x per channel into a {@link ReluStatsCounter}. The masks
 * come out as the bytes 1 and 0 of a NumPy bool, made from the sign bits of the raw values
 * without a jump (see {@link ReluKernels}), because a branch per element mispredicts on random
 * signs; the loops that make them also count them, so x needs no pass of its own for the
 * statistics. Small loops, one per result, rather than one fused loop: the JIT compiles each
 * of them sooner, and the forward pass becomes vector instructions.
 */
public final class LayerChunks {

    private final LeakyRelu leaky;

    /**
     * @param f {@link Relu#STANDARD} or a {@link LeakyRelu}: the two whose masks mean what
     *          their names say
     */
    public LayerChunks(Activation f) {
        if (f != Relu.STANDARD && !(f instanceof LeakyRelu)) {
            throw new IllegalArgumentException("a layer's chunks are made for ReLU or Leaky ReLU, not " + f);
        }
        this.leaky = f instanceof LeakyRelu l ? l : null;
    }

    /**
     * Applies the layer to the elements {@code [first, first + n)} of a tensor, whose values
     * are {@code x[0, n)} and (unless it is null) {@code dout[0, n)}: fills {@code gate[0, n)}
     * and {@code zeroed[0, n)} with 0 and 1, turns dout into dx and x into out, and counts x
     * into {@code counter}.
     */
    public void applyInPlace(int first, double[] x, double[] dout, byte[] gate, byte[] zeroed, int n,
            ReluStatsCounter counter) {
        for (int k = 0; k < n; ) {
            int end = Math.min(n, counter.channelEnd(first + k) - first);
            int passed = gate(x, gate, k, end);
            int negative = zeroed(x, zeroed, k, end);
            // Zeros and NaNs are in neither mask; only when there are any must they be told apart.
            int nan = passed + negative == end - k ? 0 : nans(x, k, end);
            counter.add(first + k, new ChannelStats(negative, passed, end - k - negative - passed - nan, nan));
            k = end;
        }
        if (dout != null) {
            if (leaky == null) {
                ReluKernels.backward(x, dout, 0, dout, 0, n);
            } else {
                LeakyReluKernels.backward(leaky.slope(), x, dout, 0, dout, 0, n);
            }
        }
        if (leaky == null) {
            ReluKernels.forward(x, 0, x, 0, n);
        } else {
            LeakyReluKernels.forward(leaky.slope(), x, 0, x, 0, n);
        }
    }

    /** {@code gate[k] = 1} where {@code x[k] > 0}, else 0, for {@code k} in {@code [from, to)}; returns how many are 1. */
    private static int gate(double[] x, byte[] gate, int from, int to) {
        long passed = 0;
        for (int k = from; k < to; k++) {
            long mask = ReluKernels.passMask(Double.doubleToRawLongBits(x[k]));
            gate[k] = (byte) -mask;
            passed -= mask;
        }
        return (int) passed;
    }

    /** {@code zeroed[k] = 1} where {@code x[k] < 0}: the gate of {@code -x}, NaN excluded; returns how many are 1. */
    private static int zeroed(double[] x, byte[] zeroed, int from, int to) {
        long negative = 0;
        for (int k = from; k < to; k++) {
            long mask = ReluKernels.passMask(Double.doubleToRawLongBits(x[k]) ^ Long.MIN_VALUE);
            zeroed[k] = (byte) -mask;
            negative -= mask;
        }
        return (int) negative;
    }

    private static int nans(double[] x, int from, int to) {
        int nan = 0;
        for (int k = from; k < to; k++) {
            nan += x[k] != x[k] ? 1 : 0;
        }
        return nan;
    }
}
