package relulab.ui.vanishing;

import relulab.train.vanishing.GradientProfile;

/**
 * What happened to the unit gradient on its way down to layer 1, read from the norm g that
 * arrived there: it vanished ({@code g < 10⁻²}: less than a hundredth reaches the first layers,
 * which then barely learn), shrank
 * ({@code g < ½}), kept its size ({@code ½ ≤ g ≤ 2}) or grew ({@code g > 2}). The verb a verdict
 * uses for an activation is chosen here from its number, never assumed from its name.
 */
enum GradientFate {
    VANISHES,
    SHRINKS,
    KEEPS,
    GROWS;

    /** Below this, the first layers receive less than a hundredth of the gradient. */
    static final double VANISHED = 1e-2;
    /** Within a factor of two of the unit gradient that entered, the size is kept. */
    static final double KEPT_FACTOR = 2;

    /** The fate of {@code profile}'s gradient at layer 1. */
    static GradientFate of(GradientProfile profile) {
        double g = profile.norm(1);
        if (g < VANISHED) {
            return VANISHES;
        }
        if (g < 1 / KEPT_FACTOR) {
            return SHRINKS;
        }
        return g <= KEPT_FACTOR ? KEEPS : GROWS;
    }

    /**
     * The factor by which one layer multiplies the gradient, on average over the stack: the
     * geometric mean {@code g^(1/depth)}.
     */
    static double perLayer(GradientProfile profile) {
        return Math.pow(profile.norm(1), 1.0 / profile.depth());
    }

    /** The key of the verb in the bundle, e.g. {@code fate.VANISHES}. */
    String key() {
        return "fate." + name();
    }
}
