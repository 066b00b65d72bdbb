package relulab.core;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The jump-free Leaky ReLU loops agree bit for bit with {@link LeakyRelu}'s scalar methods. */
class LeakyReluKernelsTest {

    private static final LeakyRelu LEAKY = new LeakyRelu(0.01);

    @Test
    void matchesScalarForEveryPairOfSpecialValues() {
        double[][] pairs = KernelCases.specialPairs();
        assertMatchesScalar(pairs[0], pairs[1]);
    }

    @Test
    void matchesScalarOnAMillionSeededRandomValues() {
        Random random = new Random(42L);
        assertMatchesScalar(
                KernelCases.randomValues(random, KernelCases.RANDOM_COUNT),
                KernelCases.randomValues(random, KernelCases.RANDOM_COUNT));
    }

    @Test
    void negativeInputsAreScaledAndPositiveOnesPass() {
        double[] out = new double[4];
        LEAKY.forward(new double[] {-2.0, 3.0, 0.0, -0.0}, out);
        ReluKernelsTest.assertBitsEqual(new double[] {-0.02, 3.0, 0.0, -0.0}, out);
        double[] dx = new double[2];
        LEAKY.backward(new double[] {-2.0, 3.0}, new double[] {100.0, 100.0}, dx);
        ReluKernelsTest.assertBitsEqual(new double[] {1.0, 100.0}, dx);
    }

    private static void assertMatchesScalar(double[] x, double[] dout) {
        double[] out = new double[x.length];
        double[] dx = new double[x.length];
        LEAKY.forward(x, out);
        LEAKY.backward(x, dout, dx);
        for (int i = 0; i < x.length; i++) {
            double forward = LEAKY.forward(x[i]);
            double backward = LEAKY.backward(x[i], dout[i]);
            if (Double.doubleToRawLongBits(forward) != Double.doubleToRawLongBits(out[i])) {
                throw new AssertionError("forward " + KernelCases.mismatch(i, x[i], dout[i], forward, out[i]));
            }
            if (Double.doubleToRawLongBits(backward) != Double.doubleToRawLongBits(dx[i])) {
                throw new AssertionError("backward " + KernelCases.mismatch(i, x[i], dout[i], backward, dx[i]));
            }
        }
    }
}
