package relulab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The engine's numeric contract at ±0, NaN, ±Inf, subnormals and the extremes of double. */
class ReluEdgeValuesTest {

    private static final double[] EDGES = {
        0.0,
        -0.0,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        Double.MIN_NORMAL,
        -Double.MIN_NORMAL,
        Double.MAX_VALUE,
        -Double.MAX_VALUE,
        1e-300,
        -1e-300,
    };

    private static Tensor3 row(double... values) {
        return Tensor3.of(new Shape(1, 1, values.length), values);
    }

    @Test
    void arrayForwardAgreesWithTheScalarDefinitionOnEveryEdgeValue() {
        Tensor3 out = Relu.STANDARD.forward(row(EDGES));
        for (int i = 0; i < EDGES.length; i++) {
            Bits.assertSameBits(Math.max(0.0, EDGES[i]), out.get(i));
        }
    }

    @Test
    void subnormalsPassAndNegativeSubnormalsBecomePositiveZero() {
        Bits.assertSameBits(Double.MIN_VALUE, Relu.STANDARD.forward(Double.MIN_VALUE));
        Bits.assertSameBits(0.0, Relu.STANDARD.forward(-Double.MIN_VALUE));
        Bits.assertSameBits(Double.MAX_VALUE, Relu.STANDARD.forward(Double.MAX_VALUE));
    }

    @Test
    void backwardWithInfiniteAndNanGradientsIsASelectNotAMultiply() {
        Tensor3 x = row(1, -1, 0, Double.NaN, Double.MIN_VALUE, -0.0);
        Tensor3 dout = row(
                Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY,
                Double.NaN,
                Double.NEGATIVE_INFINITY,
                Double.NaN,
                Double.NEGATIVE_INFINITY);
        Tensor3 expected = row(Double.POSITIVE_INFINITY, 0, 0, 0, Double.NaN, 0);
        Bits.assertSameBits(expected, Relu.STANDARD.backward(x, dout), "dx");
    }

    @Test
    void zeroAndNanAreInNeitherMask() {
        Tensor3 x = row(0.0, -0.0, Double.NaN);
        assertEquals(0, Mask.gate(x).count());
        assertEquals(0, Mask.zeroed(x).count());
        assertEquals(new ChannelStats(0, 0, 2, 1), ReluStats.of(x).total());
    }

    @Test
    void infinitiesAreOrdinaryPositiveAndNegativeCells() {
        Tensor3 x = row(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        assertTrue(Mask.gate(x).get(0));
        assertTrue(Mask.zeroed(x).get(1));
        assertFalse(Mask.gate(x).get(1));
    }

    @Test
    void gradientAtZeroConventionsChangeOnlyTheCellsThatAreExactlyZero() {
        Tensor3 x = row(0.0, -0.0, 2, -2);
        Tensor3 dout = row(8, 8, 8, 8);
        Bits.assertSameBits(row(4, 4, 8, 0), Relu.of(GradientAtZero.HALF).backward(x, dout), "half");
        Bits.assertSameBits(row(8, 8, 8, 0), Relu.of(GradientAtZero.ONE).backward(x, dout), "one");
    }

    @Test
    void backwardRefusesADoutOfAnotherShapeNamingBothShapes() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Relu.STANDARD.backward(row(1, 2, 3), row(1, 2)));
        assertEquals("dout has shape (1, 1, 2) but x has shape (1, 1, 3)", e.getMessage());
    }

    @Test
    void leakyReluKeepsNanAndScalesNegativeInfinity() {
        LeakyRelu leaky = new LeakyRelu(0.01);
        assertTrue(Double.isNaN(leaky.forward(Double.NaN)));
        assertEquals(Double.NEGATIVE_INFINITY, leaky.forward(Double.NEGATIVE_INFINITY));
        Bits.assertSameBits(-0.0, leaky.forward(-0.0));
        assertEquals(0.01 * 5, leaky.backward(-3, 5));
        assertEquals(5, leaky.backward(3, 5));
    }

    @Test
    void leakyReluRefusesASlopeOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new LeakyRelu(1.5));
        assertThrows(IllegalArgumentException.class, () -> new LeakyRelu(Double.NaN));
    }
}
