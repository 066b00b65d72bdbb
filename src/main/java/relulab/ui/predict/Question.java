package relulab.ui.predict;

import java.util.Random;
import relulab.core.Shape;
import relulab.core.Tensor3;

/**
 * One question of predict mode: a small x and dout drawn from a seed, with numbers a learner
 * can read at a glance — one decimal, x between about −2.5 and 2.5 with some exact zeros (the
 * kink, where ReLU′(0) decides dx), dout never 0 (so a dx of 0 always comes from the gate).
 *
 * @param x    the layer's input
 * @param dout the upstream gradient, of x's shape
 * @param seed the seed it was drawn from: the same seed gives the same question
 */
public record Question(Tensor3 x, Tensor3 dout, long seed) {

    /** The shape of every question: two slices of 4 × 4. */
    public static final Shape SHAPE = new Shape(2, 4, 4);
    /** Roughly one x in this many is an exact 0. */
    private static final int ONE_ZERO_IN = 8;

    public Question {
        x.shape().requireSame(dout.shape(), "dout");
    }

    /** The question for {@code seed}. */
    public static Question draw(long seed) {
        Random random = new Random(seed);
        Tensor3 x = Tensor3.generate(SHAPE, i -> random.nextInt(ONE_ZERO_IN) == 0 ? 0.0 : tenths(random, 1.2));
        Tensor3 dout = Tensor3.generate(SHAPE, i -> {
            double v = tenths(random, 1.0);
            return v == 0 ? 0.1 : v;
        });
        return new Question(x, dout, seed);
    }

    /** A normal value of the given spread rounded to tenths; never −0. */
    private static double tenths(Random random, double spread) {
        return Math.round(random.nextGaussian() * spread * 10) / 10.0 + 0.0;
    }

    public int size() {
        return x.size();
    }
}
