package relulab.ui.cost;

import relulab.core.Activation;
import relulab.core.Activations;
import relulab.cost.BenchKernel;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.text.Messages;

/**
 * What the tab calls a benchmark kernel: the activation it runs, named by the shared activation
 * words and found in the catalogue by the kernel's spec, with the direction of the pass; and the
 * operations it does per element, from this lesson's bundle. The copy is the one kernel with no
 * activation.
 */
final class KernelWords {

    private static final Messages WORDS = Messages.of(KernelWords.class);

    private KernelWords() {}

    /** The kernel's name, e.g. "ReLU forward" or "copy". */
    static String title(BenchKernel kernel) {
        if (kernel.activation().isEmpty()) {
            return WORDS.get("kernel.copy");
        }
        return WORDS.format(
                kernel.isForward() ? "kernel.forward" : "kernel.backward",
                ActivationWords.shortName(Activations.parse(kernel.activation().get())));
    }

    /** The operations it costs per element, e.g. "a comparison" or "an exp, a division". */
    static String work(BenchKernel kernel) {
        return WORDS.get("work." + kernel.label());
    }

    /** The name of the catalogue's activation with this spec, e.g. "ReLU" for {@code relu}. */
    static String activationName(String spec) {
        return ActivationWords.name(activation(spec));
    }

    /** The short name of the catalogue's activation with this spec, e.g. "GELU (tanh)". */
    static String shortName(String spec) {
        return ActivationWords.shortName(activation(spec));
    }

    private static Activation activation(String spec) {
        return Activations.parse(spec);
    }
}
