package relulab.core.presets;

import java.util.List;
import java.util.Random;
import relulab.core.Linspace;
import relulab.core.Shape;
import relulab.core.Tensor3;

/**
 * The presets the engine can make on its own, in menu order. (The feature maps of a picture
 * need to read an image, so they live in {@code relulab.io}.)
 */
public final class Presets {

    /**
     * The example tensor, depth 2 of 4×4: small numbers of both signs, an exact 0 at
     * x[0,1,1] to show the kink, and −0.7 at x[1,2,3], whose gradient ReLU blocks.
     */
    static final double[] TEXTBOOK_VALUES = {
        1.0, -0.5, 2.0, -1.5, -2.0, 0.0, -0.3, 1.2, 0.4, -1.1, 0.8, -0.8, 0.9, -0.6, 1.5, -2.2, -1.3, 0.5, -0.2, 0.6,
        0.7, -0.9, 1.1, -0.4, -0.1, 1.4, 0.3, -0.7, 2.1, -1.8, -1.0, 0.2,
    };

    static final Shape TEXTBOOK_SHAPE = new Shape(2, 4, 4);

    /** The cs231n ReLU test: {@code np.linspace(-0.5, 0.5, num=12).reshape(3, 4)}. */
    static final Shape CS231N_SHAPE = new Shape(1, 3, 4);

    /**
     * The values a floating-point edge case can take: signed zeros, NaN, both infinities, the
     * largest finite magnitude and the smallest subnormal of each sign.
     */
    static final double[] SPECIAL_VALUES = {
        0.0,
        -0.0,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        1e308,
        -1e308,
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
    };

    private static final List<Preset> BUILT_IN = List.of(
            new FixedPreset("textbook", Tensor3.of(TEXTBOOK_SHAPE, TEXTBOOK_VALUES)),
            new FixedPreset("cs231n", Tensor3.of(CS231N_SHAPE, Linspace.values(-0.5, 0.5, 12))),
            new ShapedPreset("random-normal", true, Presets::randomNormal),
            new ShapedPreset("all-negative", true, Presets::allNegative),
            new ShapedPreset("ramp", false, (shape, seed) -> Tensor3.of(shape, Linspace.values(-1, 1, shape.size()))),
            new ShapedPreset("checkerboard", false, (shape, seed) -> checkerboard(shape)),
            new ShapedPreset(
                    "special-values",
                    false,
                    (shape, seed) -> Tensor3.generate(shape, i -> SPECIAL_VALUES[i % SPECIAL_VALUES.length])));

    private Presets() {}

    /** The textbook's example, the first preset and the tensor the workbench opens on. */
    public static Preset textbookExample() {
        return BUILT_IN.get(0);
    }

    /** The built-in presets in menu order. */
    public static List<Preset> builtIn() {
        return BUILT_IN;
    }

    /** {@code java.util.Random(seed).nextGaussian()} in row-major order. */
    static Tensor3 randomNormal(Shape shape, long seed) {
        Random random = new Random(seed);
        return Tensor3.generate(shape, i -> random.nextGaussian());
    }

    /**
     * {@code java.util.Random(seed).nextGaussian()} in row-major order, each rounded to two
     * decimals: numbers a teacher can read aloud, for the example tensors the lessons open on.
     */
    public static Tensor3 roundedNormal(Shape shape, long seed) {
        Random random = new Random(seed);
        return Tensor3.generate(shape, i -> Math.round(random.nextGaussian() * 100) / 100.0);
    }

    /**
     * {@code -(0.05 + |g|)} for standard normal g: strictly negative (never −0) and well away
     * from zero, so no cell looks like a kink.
     */
    static Tensor3 allNegative(Shape shape, long seed) {
        Random random = new Random(seed);
        return Tensor3.generate(shape, i -> -(0.05 + Math.abs(random.nextGaussian())));
    }

    /** {@code (-1)^(d + r + c)}: +1 at x[0,0,0], flipping with every step in any direction. */
    static Tensor3 checkerboard(Shape shape) {
        return Tensor3.generate(shape, i -> {
            int c = i % shape.width();
            int r = (i / shape.width()) % shape.height();
            int d = i / shape.sliceSize();
            return (d + r + c) % 2 == 0 ? 1.0 : -1.0;
        });
    }
}
