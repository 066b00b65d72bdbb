package relulab.ui.dying;

import relulab.core.Activation;
import relulab.core.LeakyRelu;
import relulab.core.Relu;

/** The two activations the lab compares, as the tab's choice box names them. */
public enum HiddenActivation {
    RELU("ReLU", Relu.STANDARD),
    LEAKY("Leaky ReLU (slope 0.01)", new LeakyRelu(LeakyRelu.DEFAULT_SLOPE));

    private final String label;
    private final Activation activation;

    HiddenActivation(String label, Activation activation) {
        this.label = label;
        this.activation = activation;
    }

    public Activation activation() {
        return activation;
    }

    @Override
    public String toString() {
        return label;
    }
}
