package relulab.ui.dying;

import relulab.train.TrainingRun;

/**
 * One of the side-by-side runs that compare the remedies at the same seed: the run as set,
 * the same with Leaky ReLU, and the same with a ten times lower rate.
 */
record Remedy(String title, TrainingRun run, DecisionRegions regions) {
}
