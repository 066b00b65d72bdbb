package relulab.ui.workbench;

import java.util.Random;
import relulab.core.Shape;
import relulab.core.Tensor3;

/**
 * What fills the cells a larger shape adds: normal random numbers drawn with the workbench's
 * seed (rounded to two decimals, easy to read aloud), or zeros. The old cells keep their
 * values either way.
 *
 * <p>A random value depends only on the seed, the new shape and its place, drawn in flat-index
 * order, so the same resize with the same seed always gives the same tensor.
 */
public enum NewCells {
    RANDOM,
    ZEROS;

    /** {@code old} resized to {@code shape}: its values where they fit, new cells filled by this rule. */
    public Tensor3 resize(Tensor3 old, Shape shape, long seed) {
        return this == ZEROS ? old.resized(shape, 0.0) : randomAround(old, shape, seed);
    }

    /** A whole new tensor of {@code shape} by this rule. */
    public Tensor3 fresh(Shape shape, long seed) {
        return this == ZEROS ? Tensor3.zeros(shape) : randomAround(null, shape, seed);
    }

    private static Tensor3 randomAround(Tensor3 old, Shape shape, long seed) {
        Random random = new Random(seed);
        Shape was = old == null ? new Shape(1, 1, 1) : old.shape();
        int n = shape.sliceSize();
        int w = shape.width();
        return Tensor3.generate(shape, i -> {
            double fresh = Math.round(random.nextGaussian() * 100) / 100.0;
            int d = i / n;
            int r = (i % n) / w;
            int c = i % w;
            return old != null && was.contains(d, r, c) ? old.get(d, r, c) : fresh;
        });
    }
}
