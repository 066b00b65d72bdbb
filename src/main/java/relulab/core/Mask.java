package relulab.core;

import java.util.BitSet;

/**
 * A boolean tensor: one flag per element of a {@link Shape}, row-major like {@link Tensor3}.
 *
 * <p>ReLU has two masks. {@link #gate} is {@code x > 0}: the cells whose value and gradient
 * pass. {@link #zeroed} is {@code x < 0}: the cells that ReLU changed to 0. A cell that is
 * exactly 0 or NaN is in neither.
 */
public final class Mask {

    private final Shape shape;
    private final BitSet bits;

    private Mask(Shape shape, BitSet bits) {
        this.shape = shape;
        this.bits = bits;
    }

    /** {@code x > 0}: where ReLU passes the value and the gradient. */
    public static Mask gate(Tensor3 x) {
        double[] v = x.values();
        BitSet bits = new BitSet(v.length);
        for (int i = 0; i < v.length; i++) {
            if (v[i] > 0) {
                bits.set(i);
            }
        }
        return new Mask(x.shape(), bits);
    }

    /** {@code x < 0}: the negatives that ReLU set to zero. */
    public static Mask zeroed(Tensor3 x) {
        double[] v = x.values();
        BitSet bits = new BitSet(v.length);
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0) {
                bits.set(i);
            }
        }
        return new Mask(x.shape(), bits);
    }

    public Shape shape() {
        return shape;
    }

    /** Flag at flat row-major index i. */
    public boolean get(int i) {
        return bits.get(i);
    }

    public boolean get(int d, int r, int c) {
        return bits.get(shape.index(d, r, c));
    }

    /** How many flags are set. */
    public int count() {
        return bits.cardinality();
    }

    /** How many flags are set in depth slice d. */
    public int count(int d) {
        int n = shape.sliceSize();
        return bits.get(d * n, (d + 1) * n).cardinality();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mask m && shape.equals(m.shape) && bits.equals(m.bits);
    }

    @Override
    public int hashCode() {
        return 31 * shape.hashCode() + bits.hashCode();
    }
}
