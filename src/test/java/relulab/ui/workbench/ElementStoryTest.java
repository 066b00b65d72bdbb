package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import relulab.core.GradientAtZero;
import relulab.core.Relu;
import relulab.io.NumberText;

class ElementStoryTest {

    private static final double[] XS = {
        1.2,
        -0.7,
        0.0,
        -0.0,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        1e308
    };
    private static final double[] DOUTS = {
        0.3, -0.5, 0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY
    };

    @Test
    void negativeInputIsZeroedAndBlocksTheGradient() {
        assertEquals(
                "x[1,2,3] = \u22120.7 \u2192 out = max(0, \u22120.7) = 0 (zeroed); "
                        + "dout = 0.3 \u2192 dx = 0 (gradient blocked)",
                ElementStory.describe(1, 2, 3, -0.7, 0.3, Relu.of(GradientAtZero.ZERO)));
    }

    @Test
    void positiveInputPassesAndSoDoesTheGradient() {
        assertEquals(
                "x[0,0,1] = 1.2 \u2192 out = max(0, 1.2) = 1.2 (passed); "
                        + "dout = \u22120.5 \u2192 dx = dout = \u22120.5 (gradient passes)",
                ElementStory.describe(0, 0, 1, 1.2, -0.5, Relu.of(GradientAtZero.ZERO)));
    }

    @Test
    void zeroInputExplainsThePyTorchConvention() {
        assertEquals(
                "x[0,1,1] = 0 \u2192 out = 0 (already zero); "
                        + "dout = 0.3 \u2192 dx = 0 (at x = 0 ReLU\u2032 is taken as 0, as in PyTorch)",
                ElementStory.describe(0, 1, 1, 0.0, 0.3, Relu.of(GradientAtZero.ZERO)));
    }

    @Test
    void zeroInputWithAHalfSlopePassesHalfTheGradient() {
        assertEquals(
                "x[0,1,1] = 0 \u2192 out = 0 (already zero); dout = 0.3 \u2192 dx = \u00BD\u00B7dout = 0.15 "
                        + "(at x = 0 ReLU\u2032 is taken as \u00BD, halfway between the slopes 0 and 1)",
                ElementStory.describe(0, 1, 1, 0.0, 0.3, Relu.of(GradientAtZero.HALF)));
    }

    @Test
    void zeroInputWithSlopeOnePassesTheWholeGradient() {
        assertEquals(
                "x[0,1,1] = 0 \u2192 out = 0 (already zero); dout = 0.3 \u2192 dx = dout = 0.3 "
                        + "(at x = 0 ReLU\u2032 is taken as 1, as for a positive x)",
                ElementStory.describe(0, 1, 1, 0.0, 0.3, Relu.of(GradientAtZero.ONE)));
    }

    @Test
    void negativeZeroComesOutAsPositiveZero() {
        assertEquals(
                "x[0,0,0] = \u22120 \u2192 out = max(0, \u22120) = +0 (already zero; \u22120 becomes +0); "
                        + "dout = 1 \u2192 dx = 0 (at x = 0 ReLU\u2032 is taken as 0, as in PyTorch)",
                ElementStory.describe(0, 0, 0, -0.0, 1.0, Relu.of(GradientAtZero.ZERO)));
    }

    @Test
    void nanPropagatesForwardButBlocksTheGradient() {
        assertEquals(
                "x[2,0,4] = NaN \u2192 out = max(0, NaN) = NaN (NaN propagates); "
                        + "dout = 0.3 \u2192 dx = 0 (NaN > 0 is false, so the gradient is blocked)",
                ElementStory.describe(2, 0, 4, Double.NaN, 0.3, Relu.of(GradientAtZero.ONE)));
    }

    @Test
    void infinitiesArePassedOrZeroedLikeOtherNumbers() {
        assertEquals(
                "x[0,0,0] = +\u221E \u2192 out = max(0, +\u221E) = +\u221E (passed); "
                        + "dout = 2 \u2192 dx = dout = 2 (gradient passes)",
                ElementStory.describe(0, 0, 0, Double.POSITIVE_INFINITY, 2, Relu.of(GradientAtZero.ZERO)));
        assertEquals(
                "x[0,0,0] = \u2212\u221E \u2192 out = max(0, \u2212\u221E) = 0 (zeroed); "
                        + "dout = 2 \u2192 dx = 0 (gradient blocked)",
                ElementStory.describe(0, 0, 0, Double.NEGATIVE_INFINITY, 2, Relu.of(GradientAtZero.ZERO)));
    }

    @Test
    void anInfiniteGradientAtABlockedCellGivesZeroNotNaN() {
        assertTrue(ElementStory.describe(0, 0, 0, -1, Double.POSITIVE_INFINITY, Relu.of(GradientAtZero.ZERO))
                .endsWith("dout = +\u221E \u2192 dx = 0 (gradient blocked)"));
    }

    @Test
    void digitsCanBeChosen() {
        assertTrue(ElementStory.describe(0, 0, 0, 1.0 / 3, 1, Relu.of(GradientAtZero.ZERO), 2)
                .startsWith("x[0,0,0] = 0.33 \u2192 out = max(0, 0.33) = 0.33"));
        assertTrue(ElementStory.describe(0, 0, 0, 1.0 / 3, 1, Relu.of(GradientAtZero.ZERO))
                .startsWith("x[0,0,0] = 0.3333 "));
    }

    static Stream<Arguments> everyCombination() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (double x : XS) {
            for (double dout : DOUTS) {
                for (GradientAtZero atZero : GradientAtZero.values()) {
                    all.add(Arguments.of(x, dout, atZero));
                }
            }
        }
        return all.build();
    }

    @ParameterizedTest
    @MethodSource("everyCombination")
    void everyCombinationTellsTheValuesTheEngineComputesAndWhy(double x, double dout, GradientAtZero atZero) {
        Relu relu = Relu.of(atZero);
        String story = ElementStory.describe(3, 4, 5, x, dout, relu);
        String[] halves = story.split("; dout = ");
        assertEquals(2, halves.length, story);
        String forward = halves[0];
        String backward = halves[1];

        assertTrue(
                forward.startsWith("x[3,4,5] = " + NumberText.forDisplay(x, ElementStory.DIGITS) + " \u2192 out = "),
                story);
        String out = NumberText.forDisplay(relu.forward(x), ElementStory.DIGITS);
        assertTrue(forward.contains("= " + (x == 0 && Double.doubleToRawLongBits(x) != 0 ? "+0" : out) + " ("), story);
        String forwardReason =
                Double.isNaN(x) ? "NaN propagates" : x > 0 ? "passed" : x < 0 ? "zeroed" : "already zero";
        assertTrue(forward.contains("(" + forwardReason), story);

        assertTrue(backward.startsWith(NumberText.forDisplay(dout, ElementStory.DIGITS) + " \u2192 dx = "), story);
        String dx = NumberText.forDisplay(relu.backward(x, dout), ElementStory.DIGITS);
        assertTrue(backward.contains("= " + dx + " ("), story);
        String backwardReason = Double.isNaN(x)
                ? "NaN > 0 is false"
                : x > 0
                        ? "gradient passes"
                        : x < 0 ? "gradient blocked" : "at x = 0 ReLU\u2032 is taken as " + atZero.label();
        assertTrue(backward.contains("(" + backwardReason), story);
        assertFalse(story.contains("\n"), story);
        assertFalse(story.contains("-"), "hyphen instead of a minus in " + story);
    }
}
