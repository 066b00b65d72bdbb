package relulab.core;

/**
 * The four results of one ReLU or Leaky ReLU layer — {@code out}, {@code gate} ({@code x > 0}),
 * {@code zeroed} ({@code x < 0}) and {@code dx} — made a chunk at a time, so that a command can
 * write them to files without ever holding them whole.
 *
 * <p>Each method fills {@code into[0, n)} with the results for the elements
 * {@code [from, from + n)} of x, bit for bit what {@link Activation#forward(Tensor3)},
 * {@link Mask#gate}, {@link Mask#zeroed} and {@link Activation#backward(Tensor3, Tensor3)}
 * give. The masks come out as 1.0 and 0.0, made from the sign bits of the raw values without
 * a jump (see {@link ReluKernels}), because a branch per element mispredicts on random signs.
 */
public final class LayerChunks {

    private static final long ONE_BITS = Double.doubleToRawLongBits(1.0);

    private final LeakyRelu leaky;
    private final double[] x;
    private final double[] dout;

    /**
     * @param f    {@link Relu#STANDARD} or a {@link LeakyRelu}: the two whose masks mean what
     *             their names say
     * @param dout the upstream gradient in the shape of x, or null when there is none
     */
    public LayerChunks(Activation f, Tensor3 x, Tensor3 dout) {
        if (f != Relu.STANDARD && !(f instanceof LeakyRelu)) {
            throw new IllegalArgumentException("a layer's chunks are made for ReLU or Leaky ReLU, not " + f);
        }
        if (dout != null) {
            x.shape().requireSame(dout.shape(), "dout");
        }
        this.leaky = f instanceof LeakyRelu l ? l : null;
        this.x = x.values();
        this.dout = dout == null ? null : dout.values();
    }

    /** The forward pass, {@code f(x)}. */
    public void out(int from, double[] into, int n) {
        if (leaky == null) {
            ReluKernels.forward(x, from, into, 0, n);
        } else {
            LeakyReluKernels.forward(leaky.slope(), x, from, into, 0, n);
        }
    }

    /** 1.0 where {@code x > 0} (the gradient passes), else 0.0. */
    public void gate(int from, double[] into, int n) {
        for (int k = 0; k < n; k++) {
            long mask = ReluKernels.passMask(Double.doubleToRawLongBits(x[from + k]));
            into[k] = Double.longBitsToDouble(ONE_BITS & mask);
        }
    }

    /** 1.0 where {@code x < 0} (the cells the layer changed), else 0.0: the gate of {@code -x}, NaN excluded. */
    public void zeroed(int from, double[] into, int n) {
        for (int k = 0; k < n; k++) {
            long mask = ReluKernels.passMask(Double.doubleToRawLongBits(x[from + k]) ^ Long.MIN_VALUE);
            into[k] = Double.longBitsToDouble(ONE_BITS & mask);
        }
    }

    /** The backward pass: {@code dout} where {@code x > 0}, else 0 (ReLU) or {@code slope * dout}. */
    public void dx(int from, double[] into, int n) {
        if (dout == null) {
            throw new IllegalStateException("no dout was given, so there is no dx");
        }
        if (leaky == null) {
            ReluKernels.backward(x, dout, from, into, 0, n);
        } else {
            LeakyReluKernels.backward(leaky.slope(), x, dout, from, into, 0, n);
        }
    }
}
