package relulab.ui.vanishing;

import java.util.List;
import java.util.Locale;
import relulab.train.vanishing.DepthSettings;

/**
 * The input-scale slider's positions: position i is the i-th of the round scales
 * {@code 1, 2, 5, 10, 20, 30, 50, 100}, so that an arrow key moves to the next round one and a
 * drag lands on one of them (the value 30 a teacher names is a position, not 28.8). A scale typed
 * between two of them sits between their positions, on a log scale.
 */
final class ScaleSteps {

    /** The round scales, from {@link DepthSettings#MIN_INPUT_SCALE} to {@link DepthSettings#MAX_INPUT_SCALE}. */
    static final List<Double> STEPS = List.of(1.0, 2.0, 5.0, 10.0, 20.0, 30.0, 50.0, 100.0);

    private ScaleSteps() {}

    /** The last position of the slider. */
    static int lastPosition() {
        return STEPS.size() - 1;
    }

    /** The scale at slider position {@code position}: a round scale at a whole position, else between two, three significant digits. */
    static double scale(double position) {
        double p = Math.max(0, Math.min(lastPosition(), position));
        int below = (int) Math.floor(p);
        if (below == p || below == lastPosition()) {
            return STEPS.get(below);
        }
        double lo = Math.log10(STEPS.get(below));
        double hi = Math.log10(STEPS.get(below + 1));
        double k = Math.pow(10, lo + (p - below) * (hi - lo));
        k = Double.parseDouble(String.format(Locale.ROOT, "%.3g", k));
        return Math.max(DepthSettings.MIN_INPUT_SCALE, Math.min(DepthSettings.MAX_INPUT_SCALE, k));
    }

    /** The slider position of {@code scale}: its index among the round scales, or between two. */
    static double position(double scale) {
        double k = Math.max(STEPS.get(0), Math.min(STEPS.get(lastPosition()), scale));
        for (int i = 0; i < lastPosition(); i++) {
            double lo = STEPS.get(i);
            double hi = STEPS.get(i + 1);
            if (k <= hi) {
                return i + (Math.log10(k) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
            }
        }
        return lastPosition();
    }
}
