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

    /**
     * {@link #assertSameBits(Tensor3, Tensor3, String)} with every NaN as one: for arithmetic on
     * two NaNs (NaN times a NaN dout) Java does not say whose payload the result keeps, and the
     * compiled loop may order the operands otherwise than the interpreter.
     */
    static void assertSameBitsAnyNan(Tensor3 expected, Tensor3 actual, String what) {
        assertSameBits(
                Tensor3.generate(expected.shape(), i -> canonical(expected.get(i))),
                Tensor3.generate(actual.shape(), i -> canonical(actual.get(i))),
                what);
    }

    private static double canonical(double v) {
        return Double.isNaN(v) ? Double.NaN : v;
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
