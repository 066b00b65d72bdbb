package relulab.io.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import relulab.core.Shape;
import relulab.core.Tensor3;

/**
 * Test data for the round trips through another language, and the bit-for-bit comparison of
 * what that language computed with what ReLU Lab computed.
 */
final class ExactTensors {

    /** Values where a careless literal or a careless formula goes wrong. */
    private static final double[] AWKWARD = {
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        0.0,
        -0.0,
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        Double.MIN_NORMAL / 3,
        Double.MAX_VALUE,
        -Double.MAX_VALUE,
        0.1,
        -0.1,
        1e-300,
        2.0 / 3.0,
        -1e22,
        123456789.12345679,
    };

    /** Hex digits of one double. */
    private static final int HEX_PER_DOUBLE = 16;

    private ExactTensors() {}

    /** Mostly random doubles of every magnitude and sign, with the awkward values sprinkled in. */
    static Tensor3 awkward(Shape shape, Random random) {
        return Tensor3.generate(
                shape,
                i -> random.nextInt(3) == 0
                        ? AWKWARD[random.nextInt(AWKWARD.length)]
                        : random.nextGaussian() * Math.pow(10, random.nextInt(21) - 10));
    }

    /**
     * Asserts that {@code hex}, the tensor's doubles in ReLU Lab's order as big-endian IEEE 754
     * bits (16 hex digits each, no separators), holds exactly {@code expected}. NaN matches any
     * NaN (a payload is not part of the contract); every other value must match in all 64 bits,
     * so {@code -0.0} is not {@code 0.0}.
     */
    static void assertSameBits(Tensor3 expected, String hex, String language, String what) {
        assertEquals(expected.size() * HEX_PER_DOUBLE, hex.length(), what + ": length of " + language + "'s hex");
        for (int i = 0; i < expected.size(); i++) {
            int at = HEX_PER_DOUBLE * i;
            double actual = Double.longBitsToDouble(Long.parseUnsignedLong(hex.substring(at, at + HEX_PER_DOUBLE), 16));
            double e = expected.get(i);
            boolean same = Double.isNaN(e)
                    ? Double.isNaN(actual)
                    : Double.doubleToRawLongBits(e) == Double.doubleToRawLongBits(actual);
            assertTrue(same, what + " at " + i + ": ReLU Lab " + e + ", " + language + " " + actual);
        }
    }

    /**
     * Asserts that {@code hex} (as for {@link #assertSameBits}) holds {@code expected} to the
     * rounding the pasted check allows for an activation with {@code exp} or {@code tanh}: equal,
     * both NaN, or apart by at most {@link ChapterCode#RELATIVE_ROUNDING} of the value plus, for
     * dx, {@link ChapterCode#SLOPE_ROUNDING} of |dout|.
     *
     * @param dout the upstream gradient for dx, or null for out
     */
    static void assertWithinRounding(Tensor3 expected, Tensor3 dout, String hex, String language, String what) {
        assertEquals(expected.size() * HEX_PER_DOUBLE, hex.length(), what + ": length of " + language + "'s hex");
        double relative = Double.parseDouble(ChapterCode.RELATIVE_ROUNDING);
        double slope = Double.parseDouble(ChapterCode.SLOPE_ROUNDING);
        for (int i = 0; i < expected.size(); i++) {
            int at = HEX_PER_DOUBLE * i;
            double actual = Double.longBitsToDouble(Long.parseUnsignedLong(hex.substring(at, at + HEX_PER_DOUBLE), 16));
            double e = expected.get(i);
            double allowed = relative * Math.abs(e) + (dout == null ? 0.0 : slope * Math.abs(dout.get(i)));
            boolean near = e == actual || (Double.isNaN(e) && Double.isNaN(actual)) || Math.abs(e - actual) <= allowed;
            assertTrue(near, what + " at " + i + ": ReLU Lab " + e + ", " + language + " " + actual);
        }
    }
}
