package relulab.cli;

import relulab.core.Activation;
import relulab.core.Activations;
import relulab.core.LeakyRelu;

/**
 * An {@code --activation} value, read as every command reads it: {@link Activations#parse},
 * with a slope typed as {@code -0} taken as the slope 0.
 *
 * <p>The two zeros are one slope to the person who typed them, but not to the program's
 * words: {@code leaky:-0} would be reported as "a = -0.0", a number the user never meant to
 * write. Read as +0, the slope is shown as 0 everywhere the run is reported.
 */
final class ActivationOption {

    private ActivationOption() {}

    /** The activation {@code spec} names, a negative-zero slope made positive. */
    static Activation parse(String spec) {
        Activation f = Activations.parse(spec);
        if (f instanceof LeakyRelu leaky && leaky.slope() == 0) {
            return new LeakyRelu(0.0);
        }
        return f;
    }
}
