package relulab.core;

/**
 * The array loops behind {@link Relu} and {@link LeakyRelu}: the hot path of the program and of
 * the benchmarks.
 *
 * <p>They give exactly the results of {@link Relu#forward(double)} and
 * {@link Relu#backward(double, double)} (with ReLU'(0) = 0) for every input, NaN, ±0 and ±Inf
 * included, bit for bit.
 *
 * <h2>Why the backward pass works on bits</h2>
 * The obvious loop {@code dx[i] = x[i] > 0 ? dout[i] : 0} compiles to a conditional jump. With
 * random signs in x the processor guesses that jump wrong half of the time and the loop runs
 * about ten times below the speed of memory. Multiplying by a 0/1 mask avoids the jump but
 * changes the answer ({@code 0 * Inf = NaN}). Instead we compute, without any jump, a mask
 * {@code m} that is all ones where the gradient passes and all zeros where it is blocked, and
 * keep the bits of dout under it: {@code dx = bits(dout) & m}. Bits ANDed with zero are
 * {@code +0.0}; bits ANDed with ones are dout unchanged, NaN payload and sign of zero included.
 *
 * <p>The mask comes from the raw bits {@code b} of x read as a signed 64-bit integer. The
 * IEEE-754 layout puts every {@code x > 0} — the positive subnormals, normals and {@code +Inf} —
 * in the contiguous range {@code 1 ≤ b ≤ 0x7FF0_0000_0000_0000}; {@code +0.0} is {@code b = 0},
 * positive NaNs lie above {@code +Inf}, and every value with the sign bit set ({@code -0.0},
 * negatives, negative NaNs) has {@code b < 0}. So
 * <pre>
 *   passes(b)  ⇔  b − 1 ≥ 0  and  b − (INF + 1) &lt; 0
 *   m          =  ((b − (INF + 1)) &amp; ~(b − 1)) &gt;&gt; 63      (arithmetic shift)
 * </pre>
 * The AND takes the sign bit of {@code b − (INF + 1)} only where {@code b − 1} is not negative,
 * and the shift spreads that sign bit over the whole word. Neither subtraction overflows where
 * it matters: {@code b − 1} overflows only for {@code b = Long.MIN_VALUE} ({@code -0.0}), giving
 * {@code Long.MAX_VALUE}, whose complement has a zero sign bit, so the mask is 0 as it must be.
 *
 * <p>The forward pass needs no trick: {@code Math.max(0.0, x)} is a JIT intrinsic that the
 * compiler turns into vector max instructions with the NaN and {@code -0.0} rules of Java.
 */
final class ReluKernels {

    /** The bits of {@code +Inf}, the largest x that is greater than 0. */
    static final long POSITIVE_INFINITY_BITS = 0x7FF0_0000_0000_0000L;
    /** The bits of {@code 1.0}. */
    private static final long ONE_BITS = Double.doubleToRawLongBits(1.0);

    private ReluKernels() {}

    /** {@code out[i] = max(0, x[i])}; out may be x itself. */
    static void forward(double[] x, double[] out) {
        requireSameLength(x, out, "out");
        forward(x, 0, out, 0, x.length);
    }

    /** {@code out[to + k] = max(0, x[from + k])} for {@code k < n}. */
    static void forward(double[] x, int from, double[] out, int to, int n) {
        for (int k = 0; k < n; k++) {
            out[to + k] = Math.max(0.0, x[from + k]);
        }
    }

    /** {@code dx[i] = x[i] > 0 ? dout[i] : +0.0}, as a select on bits (see the class comment). */
    static void backward(double[] x, double[] dout, double[] dx) {
        requireSameLength(x, dout, "dout");
        requireSameLength(x, dx, "dx");
        backward(x, dout, 0, dx, 0, x.length);
    }

    /** {@code dx[to + k] = x[from + k] > 0 ? dout[from + k] : +0.0} for {@code k < n}. */
    static void backward(double[] x, double[] dout, int from, double[] dx, int to, int n) {
        for (int k = 0; k < n; k++) {
            long mask = passMask(Double.doubleToRawLongBits(x[from + k]));
            dx[to + k] = Double.longBitsToDouble(Double.doubleToRawLongBits(dout[from + k]) & mask);
        }
    }

    /** {@code slope[k] = x[k] > 0 ? 1.0 : +0.0} for {@code k < n}: ReLU'(x) with ReLU'(0) = 0, as a select on bits. */
    static void slope(double[] x, double[] slope, int n) {
        for (int k = 0; k < n; k++) {
            slope[k] = Double.longBitsToDouble(ONE_BITS & passMask(Double.doubleToRawLongBits(x[k])));
        }
    }

    /**
     * All ones ({@code -1L}) when the double whose raw bits are {@code bits} is greater than 0,
     * else all zeros; computed without a jump.
     */
    static long passMask(long bits) {
        return ((bits - (POSITIVE_INFINITY_BITS + 1)) & ~(bits - 1)) >> 63;
    }

    /** Picks {@code whenPassing} where the mask is all ones and {@code otherwise} where it is 0. */
    static double select(long mask, double whenPassing, double otherwise) {
        return Double.longBitsToDouble(
                (Double.doubleToRawLongBits(whenPassing) & mask) | (Double.doubleToRawLongBits(otherwise) & ~mask));
    }

    static void requireSameLength(double[] x, double[] other, String name) {
        if (x.length != other.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but " + name + " has " + other.length);
        }
    }
}
