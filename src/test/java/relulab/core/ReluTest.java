package relulab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Hand-worked cases of ReLU forward and backward, special values included. */
class ReluTest {

    private final Relu relu = Relu.STANDARD;

    @Test
    void forwardZeroesNegativesAndKeepsPositives() {
        assertEquals(0.0, relu.forward(-3.5));
        assertEquals(2.25, relu.forward(2.25));
    }

    @Test
    void forwardTurnsNegativeZeroIntoPositiveZero() {
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(relu.forward(-0.0)));
    }

    @Test
    void forwardPropagatesNanAndHandlesInfinities() {
        assertEquals(Double.NaN, relu.forward(Double.NaN));
        assertEquals(Double.POSITIVE_INFINITY, relu.forward(Double.POSITIVE_INFINITY));
        assertEquals(0.0, relu.forward(Double.NEGATIVE_INFINITY));
    }

    @Test
    void backwardPassesNoGradientWhereInputIsZero() {
        assertEquals(0.0, relu.backward(0.0, 5.0));
        assertEquals(0.0, relu.backward(-0.0, 5.0));
    }

    @Test
    void backwardIsASelectSoInfiniteGradientAtBlockedCellGivesZero() {
        assertEquals(0.0, relu.backward(-1.0, Double.POSITIVE_INFINITY));
        assertEquals(0.0, relu.backward(Double.NaN, 1.0));
        assertEquals(Double.NEGATIVE_INFINITY, relu.backward(1e-300, Double.NEGATIVE_INFINITY));
    }
}
