package relulab.ui.cost;

import relulab.core.Activation;
import relulab.core.Activations;
import relulab.cost.BenchKernel;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.text.Messages;

/**
 * What the tab calls a benchmark kernel: the activation it runs, named by the shared activation
 * words and found in the catalogue by its id, with the direction of the pass; and the arithmetic
 * it does per element, from this lesson's bundle. The copy is the one kernel with no activation.
 */
final class KernelWords {

    private static final Messages WORDS = Messages.of(KernelWords.class);

    private KernelWords() {}

    /** The kernel's name, e.g. "ReLU forward" or "copy". */
    static String title(BenchKernel kernel) {
        if (kernel == BenchKernel.COPY) {
            return WORDS.get("kernel.copy");
        }
        String pass = kernel.label().endsWith("-backward") ? "kernel.backward" : "kernel.forward";
        return WORDS.format(pass, ActivationWords.shortName(activation(kernel)));
    }

    /** The arithmetic it costs per element, e.g. "1 comparison". */
    static String work(BenchKernel kernel) {
        return WORDS.get("work." + kernel.label());
    }

    /** The name of the catalogue's activation with this id, e.g. "ReLU" for {@code relu}. */
    static String activationName(String id) {
        return ActivationWords.name(Activations.parse(id));
    }

    /** The activation a kernel times, with the parameters the benchmark uses (the catalogue's defaults). */
    private static Activation activation(BenchKernel kernel) {
        return Activations.parse(
                switch (kernel) {
                    case RELU_FORWARD, RELU_BACKWARD -> "relu";
                    case LEAKY_RELU_FORWARD, LEAKY_RELU_BACKWARD -> "leaky";
                    case SIGMOID_FORWARD, SIGMOID_BACKWARD -> "sigmoid";
                    case TANH_FORWARD, TANH_BACKWARD -> "tanh";
                    case COPY -> throw new IllegalArgumentException("the copy runs no activation");
                });
    }
}
