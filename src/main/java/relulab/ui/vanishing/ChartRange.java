package relulab.ui.vanishing;

import java.util.List;
import relulab.train.vanishing.GradientProfile;

/**
 * The axes of the gradient chart: layers 1 … depth across, whole decades up, with at most about
 * ten labelled decades so the labels stay readable however far the sigmoid's gradient falls.
 */
record ChartRange(int layers, int lowerExponent, int upperExponent, int tickUnit) {

    private static final int MAX_TICKS = 10;

    /** The range that shows every positive, finite norm of {@code profiles}. */
    static ChartRange of(List<GradientProfile> profiles) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int layers = 1;
        for (GradientProfile p : profiles) {
            layers = Math.max(layers, p.depth());
            for (double norm : p.norms()) {
                if (norm > 0 && Double.isFinite(norm)) {
                    min = Math.min(min, Math.log10(norm));
                    max = Math.max(max, Math.log10(norm));
                }
            }
        }
        if (min > max) {
            return new ChartRange(layers, -1, 1, 1);
        }
        int lower = (int) Math.floor(min);
        int upper = Math.max((int) Math.ceil(max), lower + 1);
        int tick = Math.max(1, (int) Math.ceil((upper - lower) / (double) MAX_TICKS));
        // Whole ticks from a bound that is a multiple of the tick unit.
        lower = Math.floorDiv(lower, tick) * tick;
        return new ChartRange(layers, lower, upper, tick);
    }
}
