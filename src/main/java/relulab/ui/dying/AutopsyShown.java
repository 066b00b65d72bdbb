package relulab.ui.dying;

import relulab.train.Autopsy;

/**
 * The autopsy the tab shows: the {@link Autopsy} of one death, where it stands in the run's
 * deaths ({@code index} of {@code count}, in the order they died) and the decision regions of
 * the network just after the killing update, to draw the data on.
 */
record AutopsyShown(Autopsy autopsy, int index, int count, DecisionRegions regions) {}
