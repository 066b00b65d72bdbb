package relulab.ui.dying;

import relulab.train.Mlp;

/**
 * The network at the step the tab shows, for the drawings that need its parameters: the
 * decision regions, the layer-1 lines {@code w·x + b = 0}, and each hidden unit's range of
 * pre-activations over the training points ({@code ranges[layer][unit] = {min, max}}).
 */
record StepSnapshot(int step, Mlp model, DecisionRegions regions, double[][][] ranges) {}
