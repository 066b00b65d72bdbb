package relulab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Bit-for-bit comparison of tensors, so that -0.0 differs from +0.0 and NaN is checked too. */
final class Bits {

    private Bits() {}

    static void assertSameBits(Tensor3 expected, Tensor3 actual, String what) {
        assertEquals(expected.shape(), actual.shape(), what + ": shape");
        for (int i = 0; i < expected.size(); i++) {
            long e = Double.doubleToRawLongBits(expected.get(i));
            long a = Double.doubleToRawLongBits(actual.get(i));
            if (e != a) {
                fail(String.format(
                        "%s differs at flat index %d: expected %s (%016x) but was %s (%016x)",
                        what, i, expected.get(i), e, actual.get(i), a));
            }
        }
    }

    static void assertSameBits(double expected, double actual) {
        assertEquals(
                Double.doubleToRawLongBits(expected),
                Double.doubleToRawLongBits(actual),
                () -> "expected " + expected + " but was " + actual);
    }

    /** A mask as 0/1 values, the way the golden bool files read. */
    static Tensor3 asTensor(Mask m) {
        return Tensor3.generate(m.shape(), i -> m.get(i) ? 1.0 : 0.0);
    }
}
