package relulab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast ReLU loops agree bit for bit with the scalar definition in {@link Relu}, for every
 * pair of special values, a million random values, every short length, and after the JIT has
 * compiled them.
 */
class ReluKernelsTest {

    /** Enough calls on a short array that C2 compiles the loop before the last check. */
    private static final int JIT_WARM_CALLS = 30_000;

    private static final Relu SCALAR = Relu.STANDARD;

    @Test
    void passMaskIsAllOnesExactlyForValuesGreaterThanZero() {
        for (double x : KernelCases.SPECIALS) {
            long expected = x > 0 ? -1L : 0L;
            assertEquals(expected, ReluKernels.passMask(Double.doubleToRawLongBits(x)), "x = " + x);
        }
        // the edges of the range 1 ≤ bits ≤ +Inf and the two ends of the long range
        for (long bits : new long[] {
            0L,
            1L,
            0x7FF0_0000_0000_0000L,
            0x7FF0_0000_0000_0001L,
            Long.MAX_VALUE,
            Long.MIN_VALUE,
            Long.MIN_VALUE + 1,
            -1L
        }) {
            long expected = Double.longBitsToDouble(bits) > 0 ? -1L : 0L;
            assertEquals(expected, ReluKernels.passMask(bits), Long.toHexString(bits));
        }
    }

    @Test
    void backwardMatchesScalarForEveryPairOfSpecialValues() {
        double[][] pairs = KernelCases.specialPairs();
        assertBackwardMatchesScalar(pairs[0], pairs[1]);
    }

    @Test
    void forwardMatchesScalarForEverySpecialValue() {
        assertForwardMatchesScalar(KernelCases.SPECIALS);
    }

    @Test
    void backwardGivesTheDocumentedValuesAtTheCorners() {
        double nanWithPayload = Double.longBitsToDouble(0x7FF0_0000_0000_0001L);
        double[] x = {Double.NaN, 0.0, -0.0, Double.POSITIVE_INFINITY, -1.0, -1.0, 2.0, 2.0};
        double[] dout = {5.0, 5.0, 5.0, 7.0, Double.POSITIVE_INFINITY, Double.NaN, nanWithPayload, -0.0};
        double[] expected = {0.0, 0.0, 0.0, 7.0, 0.0, 0.0, nanWithPayload, -0.0};
        double[] dx = new double[x.length];
        ReluKernels.backward(x, dout, dx);
        assertBitsEqual(expected, dx);
    }

    @Test
    void forwardTurnsNegativeZeroIntoPositiveZeroAndKeepsNan() {
        double[] out = new double[3];
        ReluKernels.forward(new double[] {-0.0, Double.NaN, Double.NEGATIVE_INFINITY}, out);
        assertBitsEqual(new double[] {0.0, Double.NaN, 0.0}, out);
    }

    @Test
    void kernelsMatchScalarOnAMillionSeededRandomValues() {
        Random random = new Random(20261127L);
        double[] x = KernelCases.randomValues(random, KernelCases.RANDOM_COUNT);
        double[] dout = KernelCases.randomValues(random, KernelCases.RANDOM_COUNT);
        assertBackwardMatchesScalar(x, dout);
        assertForwardMatchesScalar(x);
    }

    @Test
    void kernelsMatchScalarForEveryLengthUpToAFewVectorWidthsAfterJitCompilation() {
        Random random = new Random(7L);
        double[] x = KernelCases.randomValues(random, 131);
        double[] dout = KernelCases.randomValues(random, 131);
        double[] sink = new double[x.length];
        for (int call = 0; call < JIT_WARM_CALLS; call++) {
            ReluKernels.backward(x, dout, sink);
            ReluKernels.forward(x, sink);
        }
        for (int length = 0; length <= x.length; length++) {
            assertBackwardMatchesScalar(Arrays.copyOf(x, length), Arrays.copyOf(dout, length));
            assertForwardMatchesScalar(Arrays.copyOf(x, length));
        }
    }

    @Test
    void forwardMayWriteIntoItsInput() {
        double[] x = {-1.0, 2.0, -0.0};
        ReluKernels.forward(x, x);
        assertBitsEqual(new double[] {0.0, 2.0, 0.0}, x);
    }

    @Test
    void arraysOfDifferentLengthsAreRefusedWithBothLengths() {
        IllegalArgumentException ex = assertThrows(
                IllegalArgumentException.class,
                () -> ReluKernels.backward(new double[3], new double[2], new double[3]));
        assertEquals("x has 3 values but dout has 2", ex.getMessage());
    }

    private static void assertBackwardMatchesScalar(double[] x, double[] dout) {
        double[] dx = new double[x.length];
        ReluKernels.backward(x, dout, dx);
        for (int i = 0; i < x.length; i++) {
            double expected = SCALAR.backward(x[i], dout[i]);
            if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(dx[i])) {
                throw new AssertionError(KernelCases.mismatch(i, x[i], dout[i], expected, dx[i]));
            }
        }
    }

    private static void assertForwardMatchesScalar(double[] x) {
        double[] out = new double[x.length];
        ReluKernels.forward(x, out);
        for (int i = 0; i < x.length; i++) {
            double expected = SCALAR.forward(x[i]);
            if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(out[i])) {
                throw new AssertionError(KernelCases.mismatch(i, x[i], Double.NaN, expected, out[i]));
            }
        }
    }

    static void assertBitsEqual(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length, "length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(
                    Long.toHexString(Double.doubleToRawLongBits(expected[i])),
                    Long.toHexString(Double.doubleToRawLongBits(actual[i])),
                    "element " + i);
        }
    }
}
