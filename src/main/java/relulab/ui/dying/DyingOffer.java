package relulab.ui.dying;

import java.util.List;
import relulab.train.LearningRateSweep;

/**
 * Everything the lesson's controls offer, in one place for the controls and for the session
 * codec that must refuse anything else: the menus' layer counts, widths and step counts, the
 * learning rate's slider range and the seed field's range. A session asking for a network the
 * menus cannot show (8 layers × 1024 units × 100,000 steps, say) is refused before it trains.
 */
final class DyingOffer {

    /** The hidden-layer menu. */
    static final List<Integer> LAYERS = List.of(1, 2, 3, 4);
    /** The units-per-layer menu. */
    static final List<Integer> WIDTHS = List.of(8, 16, 32, 64, 128);
    /** The steps menu. */
    static final List<Integer> STEPS = List.of(50, 100, 300, 1000);
    /** The lowest rate the slider and the rate field take. */
    static final double MIN_RATE = LearningRateSweep.MIN_RATE;
    /** The highest rate the slider and the rate field take. */
    static final double MAX_RATE = LearningRateSweep.MAX_RATE;
    /** The largest seed the seed field takes (the smallest is 0). */
    static final int MAX_SEED = 999_999;

    private DyingOffer() {}

    /** True when the slider and the rate field offer {@code lr}. */
    static boolean offersRate(double lr) {
        return lr >= MIN_RATE && lr <= MAX_RATE;
    }
}
