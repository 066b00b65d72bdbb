package relulab.ui.dying;

import relulab.train.TrainingRun;

/**
 * One of the side-by-side runs that compare the remedies at the same seed and steps: ReLU at the
 * rate as set, Leaky ReLU at the same rate, ReLU at a ten times lower rate, and the members
 * without a flat side (ELU, GELU, and the one as set if it is another) at the same rate. Its {@link Kind}
 * keys its caption in the lesson's words; {@code asSet} marks the one the settings describe (the
 * ReLU or the Leaky run, as the activation is set).
 */
record Remedy(Kind kind, TrainingRun run, DecisionRegions regions, boolean asSet) {

    /** Which of the three runs it is. */
    enum Kind {
        RELU,
        LEAKY,
        LOWER_RATE,
        /** A member without a flat side at the same rate. */
        SMOOTH
    }
}
