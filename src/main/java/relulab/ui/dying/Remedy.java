package relulab.ui.dying;

import relulab.train.TrainingRun;

/**
 * One of the side-by-side runs that compare the remedies at the same seed: the run as set,
 * the same with Leaky ReLU, and the same with a ten times lower rate. Its {@link Kind} keys its
 * caption in the lesson's words.
 */
record Remedy(Kind kind, TrainingRun run, DecisionRegions regions) {

    /** Which of the three runs it is. */
    enum Kind {
        AS_SET, LEAKY, LOWER_RATE
    }
}
