package relulab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A 2 × 3 × 3 input worked by hand, as the textbook's figure does it: the negatives become
 * zero, every other value stays, and the output keeps the shape and the depth of the input.
 */
class ReluHandWorkedTest {

    private static final Shape SHAPE = new Shape(2, 3, 3);

    private static final Tensor3 X = Tensor3.of(SHAPE, new double[] {
        // depth 0
        1,
        -2,
        3,
        -4,
        5,
        -6,
        7,
        -8,
        9,
        // depth 1
        -0.5,
        0,
        2.5,
        1.5,
        -1,
        -3,
        0,
        4,
        -2,
    });

    private static final Tensor3 DOUT = Tensor3.of(SHAPE, new double[] {
        10, 20, 30,
        40, 50, 60,
        70, 80, 90,
        -1, -2, -3,
        -4, -5, -6,
        -7, -8, -9,
    });

    @Test
    void forwardZeroesTheNegativesAndKeepsShapeAndDepth() {
        Tensor3 expected = Tensor3.of(SHAPE, new double[] {
            1, 0, 3, 0, 5, 0, 7, 0, 9, 0, 0, 2.5, 1.5, 0, 0, 0, 4, 0,
        });
        Tensor3 out = Relu.STANDARD.forward(X);
        assertEquals(SHAPE, out.shape());
        assertEquals(2, out.shape().depth());
        Bits.assertSameBits(expected, out, "out");
    }

    @Test
    void backwardPassesTheGradientOnlyWhereTheInputWasPositive() {
        Tensor3 expected = Tensor3.of(SHAPE, new double[] {
            10, 0, 30,
            0, 50, 0,
            70, 0, 90,
            0, 0, -3,
            -4, 0, 0,
            0, -8, 0,
        });
        Bits.assertSameBits(expected, Relu.STANDARD.backward(X, DOUT), "dx");
    }

    @Test
    void masksAndStatisticsCountEachSliceByHand() {
        assertEquals(5, Mask.gate(X).count(0));
        assertEquals(4, Mask.zeroed(X).count(0));
        assertEquals(3, Mask.gate(X).count(1));
        assertEquals(4, Mask.zeroed(X).count(1));

        ReluStats stats = ReluStats.of(X);
        assertEquals(new ChannelStats(4, 5, 0, 0), stats.perChannel().get(0));
        assertEquals(new ChannelStats(4, 3, 2, 0), stats.perChannel().get(1));
        assertEquals(new ChannelStats(8, 8, 2, 0), stats.total());
    }

    @Test
    void leakyReluScalesTheNegativesInsteadOfZeroingThem() {
        LeakyRelu leaky = new LeakyRelu(0.25);
        Tensor3 expected = Tensor3.of(SHAPE, new double[] {
            1, -0.5, 3, -1, 5, -1.5, 7, -2, 9, -0.125, 0, 2.5, 1.5, -0.25, -0.75, 0, 4, -0.5,
        });
        Bits.assertSameBits(expected, leaky.forward(X), "leaky out");
        Tensor3 expectedDx = Tensor3.of(SHAPE, new double[] {
            10, 5, 30, 10, 50, 15, 70, 20, 90, -0.25, -0.5, -3, -4, -1.25, -1.5, -1.75, -8, -2.25,
        });
        Bits.assertSameBits(expectedDx, leaky.backward(X, DOUT), "leaky dx");
    }
}
