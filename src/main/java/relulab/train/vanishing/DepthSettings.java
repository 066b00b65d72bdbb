package relulab.train.vanishing;

/**
 * One run of the vanishing-gradient experiment: how deep, how wide, how the weights are drawn,
 * how large the input is, and the seed that makes it repeatable.
 *
 * <p>The input scale K multiplies a standard Gaussian input: K = 1 keeps the first
 * pre-activations near the unit range, K = 100 drives sigmoid and tanh units far into their
 * flat tails, where f′ is almost 0. ReLU, having no bias here and slope 1 or 0, passes the same
 * gradient whatever K is.
 */
public record DepthSettings(int depth, int width, InitChoice init, double inputScale, long seed) {

    /** The depth slider's range. */
    public static final int MIN_DEPTH = 1;

    public static final int MAX_DEPTH = 50;
    /** The width control's range. */
    public static final int MIN_WIDTH = 2;

    public static final int MAX_WIDTH = 512;
    /** The input scale's range. */
    public static final double MIN_INPUT_SCALE = 1;

    public static final double MAX_INPUT_SCALE = 100;
    /** The smallest seed (the largest is {@link Long#MAX_VALUE}). */
    public static final long MIN_SEED = 0;

    public DepthSettings {
        if (depth < MIN_DEPTH || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be " + MIN_DEPTH + " to " + MAX_DEPTH + ", got " + depth);
        }
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new IllegalArgumentException("width must be " + MIN_WIDTH + " to " + MAX_WIDTH + ", got " + width);
        }
        if (init == null) {
            throw new IllegalArgumentException("an initialisation is needed");
        }
        if (!(inputScale >= MIN_INPUT_SCALE && inputScale <= MAX_INPUT_SCALE)) {
            throw new IllegalArgumentException("input scale must be 1 to 100, got " + inputScale);
        }
        if (seed < MIN_SEED) {
            throw new IllegalArgumentException("seed must be " + MIN_SEED + " or more, got " + seed);
        }
    }
}
