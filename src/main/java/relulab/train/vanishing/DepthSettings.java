package relulab.train.vanishing;

/**
 * One run of the vanishing-gradient experiment: how deep, how wide, how the weights are drawn,
 * and the seed that makes it repeatable.
 */
public record DepthSettings(int depth, int width, Initialisation init, long seed) {

    /** The depth slider's range. */
    public static final int MIN_DEPTH = 1;
    public static final int MAX_DEPTH = 50;
    /** The width control's range. */
    public static final int MIN_WIDTH = 2;
    public static final int MAX_WIDTH = 512;

    public DepthSettings {
        if (depth < MIN_DEPTH || depth > MAX_DEPTH) {
            throw new IllegalArgumentException(
                    "depth must be " + MIN_DEPTH + " to " + MAX_DEPTH + ", got " + depth);
        }
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new IllegalArgumentException(
                    "width must be " + MIN_WIDTH + " to " + MAX_WIDTH + ", got " + width);
        }
        if (init == null) {
            throw new IllegalArgumentException("an initialisation is needed");
        }
    }
}
