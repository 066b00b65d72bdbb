package relulab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The numeric gradient check of cs231n: centred differences agree with the analytic backward
 * pass everywhere except within h of the kink at 0.
 */
class GradientCheckTest {

    /** Step of the centred difference. */
    private static final double H = 1e-5;
    /** cs231n calls a relative error below 1e-7 a correct gradient. */
    private static final double REL_TOLERANCE = 1e-7;

    private static final Shape SHAPE = new Shape(3, 8, 8);

    private static Tensor3 random(Random rng, double scale) {
        return Tensor3.generate(SHAPE, i -> (rng.nextDouble() * 2 - 1) * scale);
    }

    private static void assertAgreesAwayFromTheKink(Activation f, long seed) {
        Random rng = new Random(seed);
        Tensor3 x = random(rng, 3);
        Tensor3 dout = random(rng, 5);
        Tensor3 err = GradientCheck.relativeError(f.backward(x, dout), GradientCheck.numericGradient(f, x, dout, H));
        int checked = 0;
        for (int i = 0; i < x.size(); i++) {
            if (!GradientCheck.nearKink(x.get(i), H)) {
                assertTrue(err.get(i) < REL_TOLERANCE, "x = " + x.get(i) + ": relative error " + err.get(i));
                checked++;
            }
        }
        assertTrue(checked > x.size() * 9 / 10, "most cells are away from the kink");
    }

    @Test
    void reluBackwardAgreesWithCentredDifferencesAwayFromTheKink() {
        assertAgreesAwayFromTheKink(Relu.STANDARD, 11);
    }

    @Test
    void leakyReluBackwardAgreesWithCentredDifferencesAwayFromTheKink() {
        assertAgreesAwayFromTheKink(new LeakyRelu(0.1), 12);
    }

    @Test
    void atTheKinkTheCentredDifferenceGivesHalfTheSlopeWhichIsWhyThoseCellsAreSkipped() {
        Tensor3 x = Tensor3.of(new Shape(1, 1, 1), new double[] {0.0});
        Tensor3 dout = Tensor3.of(new Shape(1, 1, 1), new double[] {2.0});
        assertEquals(
                1.0, GradientCheck.numericGradient(Relu.STANDARD, x, dout, H).get(0), 1e-12);
        assertEquals(0.0, Relu.STANDARD.backward(x, dout).get(0));
        assertTrue(GradientCheck.nearKink(0.0, H));
        assertTrue(GradientCheck.relativeError(0.0, 1.0) > REL_TOLERANCE);
    }

    @Test
    void relativeErrorUsesTheFloorSoTwoZerosAgree() {
        assertEquals(0.0, GradientCheck.relativeError(0.0, 0.0));
        assertEquals(1e-9 / GradientCheck.RELATIVE_ERROR_FLOOR, GradientCheck.relativeError(1e-9, 0.0), 1e-12);
    }

    @Test
    void whereXPlusOrMinusHRoundsBackToXThereIsNoEstimateRatherThanAFalseZero() {
        Shape one = new Shape(1, 1, 1);
        for (double x : new double[] {1e308, -1e308, Double.MAX_VALUE}) {
            for (double h = 1e-7; h <= 0.11; h *= 10) {
                double numeric = GradientCheck.numericGradient(
                                Relu.STANDARD,
                                Tensor3.of(one, new double[] {x}),
                                Tensor3.of(one, new double[] {1.0}),
                                h)
                        .get(0);
                assertTrue(Double.isNaN(numeric), x + " at h = " + h + " gave " + numeric);
            }
        }
    }

    @Test
    void theStepDividedByIsTheOneTheDoublesTook() {
        Shape one = new Shape(1, 1, 1);
        // At 1e10 the spacing of doubles is about 1.9e-6: x ± 1.5e-6 lands one spacing away, not 1.5e-6.
        double numeric = GradientCheck.numericGradient(
                        Relu.STANDARD,
                        Tensor3.of(one, new double[] {1e10}),
                        Tensor3.of(one, new double[] {1.0}),
                        1.5e-6)
                .get(0);
        assertEquals(1.0, numeric, 1e-15);
    }
}
