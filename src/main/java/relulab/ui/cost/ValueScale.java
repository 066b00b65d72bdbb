package relulab.ui.cost;

/**
 * The value axis of the cost chart: from 0 to a round bound above every bar and every whisker,
 * with about five ticks of 1, 2 or 5 times a power of ten, so that no whisker runs past the axis
 * whatever was measured (a machine busy enough to make one round a thousand times slower
 * included).
 */
record ValueScale(double upper, double tick) {

    private static final int TICKS = 5;
    private static final double[] ROUND = {1, 2, 5, 10};

    /** The scale that shows every value up to {@code largest} (a positive, finite number; anything else gets 0 to 1). */
    static ValueScale covering(double largest) {
        if (!(largest > 0) || Double.isInfinite(largest)) {
            return new ValueScale(1, 0.2);
        }
        double raw = largest / TICKS;
        double decade = Math.pow(10, Math.floor(Math.log10(raw)));
        double tick = decade;
        for (double r : ROUND) {
            tick = r * decade;
            if (tick >= raw) {
                break;
            }
        }
        double upper = Math.ceil(largest / tick) * tick;
        if (upper < largest) { // rounding of the division: one more tick
            upper += tick;
        }
        return new ValueScale(upper, tick);
    }
}
