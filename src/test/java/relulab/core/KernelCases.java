package relulab.core;

import java.util.Random;

/**
 * Inputs that try every corner of IEEE-754 doubles, shared by the kernel tests: the special
 * values crossed with each other, and a seeded random mix of ordinary values and raw bit patterns.
 */
final class KernelCases {

    /** Zeros of both signs, subnormals, normals, the extremes, infinities and NaNs of both signs and payloads. */
    static final double[] SPECIALS = {
        0.0,
        -0.0,
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        Double.MIN_NORMAL,
        -Double.MIN_NORMAL,
        1e-300,
        -1e-300,
        0.5,
        -0.5,
        1.0,
        -1.0,
        3.75,
        -2.5,
        Double.MAX_VALUE,
        -Double.MAX_VALUE,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Double.NaN,
        Double.longBitsToDouble(0xFFF8_0000_0000_0000L), // NaN with the sign bit set
        Double.longBitsToDouble(0x7FF0_0000_0000_0001L), // signalling NaN, smallest payload
        Double.longBitsToDouble(0xFFF0_0000_0000_0001L), // negative signalling NaN
        Double.longBitsToDouble(0x7FFF_FFFF_FFFF_FFFFL), // NaN, largest payload
        Double.longBitsToDouble(0xFFFF_FFFF_FFFF_FFFFL), // all bits set
    };

    /** How many seeded random pairs the tests check. */
    static final int RANDOM_COUNT = 1_000_000;

    private KernelCases() {}

    /** Two arrays that together hold every (x, dout) pair of {@link #SPECIALS}. */
    static double[][] specialPairs() {
        int n = SPECIALS.length;
        double[] x = new double[n * n];
        double[] dout = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                x[i * n + j] = SPECIALS[i];
                dout[i * n + j] = SPECIALS[j];
            }
        }
        return new double[][] {x, dout};
    }

    /** Random values: a third Gaussian, a third raw 64-bit patterns, a third specials. */
    static double[] randomValues(Random random, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = switch (random.nextInt(3)) {
                case 0 -> random.nextGaussian();
                case 1 -> Double.longBitsToDouble(random.nextLong());
                default -> SPECIALS[random.nextInt(SPECIALS.length)];
            };
        }
        return values;
    }

    /** Describes a mismatch with the bits of every number involved. */
    static String mismatch(int index, double x, double dout, double expected, double actual) {
        return String.format(
                "at %d: x=%s (%016x), dout=%s (%016x): expected %016x, got %016x",
                index,
                x,
                Double.doubleToRawLongBits(x),
                dout,
                Double.doubleToRawLongBits(dout),
                Double.doubleToRawLongBits(expected),
                Double.doubleToRawLongBits(actual));
    }
}
