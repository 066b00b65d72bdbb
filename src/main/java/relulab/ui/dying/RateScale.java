package relulab.ui.dying;

/**
 * The two non-linear scales of the tab.
 *
 * <p>The learning rate lives on a log scale; a dragged slider snaps to the nearest 1-2-5 value
 * of its decade (0.001, 0.002, 0.005, 0.01, …, 10) when it is within {@value #SNAP_DECADES} of a
 * decade from it, and otherwise keeps the exact position, so fine values stay reachable.
 *
 * <p>The step scrubber is logarithmic too, because units die in the first few steps: position
 * {@code p ∈ [0, 1]} shows step {@code round((S + 1)^p − 1)} of S, so the first 20 steps of 300
 * take half of its length rather than a fifteenth.
 */
final class RateScale {

    /** How close, in decades, a dragged rate must come to a 1-2-5 value to snap to it. */
    static final double SNAP_DECADES = 0.04;

    private static final double[] MANTISSAS = {1, 2, 5};

    private RateScale() {}

    /** {@code log10(lr)} snapped to the nearest 1-2-5 value when within {@link #SNAP_DECADES}, else unchanged. */
    static double snap(double logRate) {
        double best = logRate;
        double distance = SNAP_DECADES;
        int decade = (int) Math.floor(logRate);
        for (int d = decade - 1; d <= decade + 1; d++) {
            for (double m : MANTISSAS) {
                double candidate = d + Math.log10(m);
                if (Math.abs(candidate - logRate) <= distance) {
                    distance = Math.abs(candidate - logRate);
                    best = candidate;
                }
            }
        }
        return best;
    }

    /** The step shown at scrubber position {@code p} (0 to 1) of a run with {@code steps} steps. */
    static int stepAt(double p, int steps) {
        double clamped = Math.max(0, Math.min(1, p));
        return (int) Math.min(steps, Math.round(Math.pow(steps + 1, clamped) - 1));
    }

    /** The scrubber position of step {@code k} of {@code steps}: the inverse of {@link #stepAt}. */
    static double positionOf(int k, int steps) {
        return steps == 0 ? 1 : Math.log(k + 1) / Math.log(steps + 1);
    }
}
