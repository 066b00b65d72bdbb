package relulab.core;

import java.util.List;
import relulab.core.text.Reason;
import relulab.core.text.RefusedArgument;

/**
 * The catalogue of activations: every member the program offers, and the reader of their specs
 * ({@code relu}, {@code leaky}, {@code leaky:SLOPE}, {@code elu}, {@code elu:ALPHA}, {@code gelu},
 * {@code gelu:tanh}, {@code silu}, {@code softplus}, {@code sigmoid} or {@code tanh}). A new
 * activation is one class, one line in {@link #all()} and one case in {@link #parse}, plus its
 * words in the window's bundles.
 */
public final class Activations {

    private Activations() {}

    /** The chapter's activation, ReLU with ReLU'(0) = 0: the layer's activation by default. */
    public static Activation relu() {
        return Relu.STANDARD;
    }

    /** Every member with its default parameters, ReLU (the chapter's) first, the old contrast last. */
    public static List<Activation> all() {
        return List.of(
                Relu.STANDARD,
                new LeakyRelu(LeakyRelu.DEFAULT_SLOPE),
                new Elu(Elu.DEFAULT_ALPHA),
                Gelu.EXACT,
                Gelu.TANH,
                Silu.INSTANCE,
                Softplus.INSTANCE,
                Sigmoid.INSTANCE,
                Tanh.INSTANCE);
    }

    /**
     * The activation named by {@code spec}.
     *
     * @throws IllegalArgumentException with a message fit for the user when the name is unknown
     */
    public static Activation parse(String spec) {
        String s = spec.trim().toLowerCase(java.util.Locale.ROOT);
        if (s.equals("relu")) {
            return Relu.STANDARD;
        }
        if (s.equals("leaky")) {
            return new LeakyRelu(LeakyRelu.DEFAULT_SLOPE);
        }
        if (s.startsWith("leaky:")) {
            String slope = spec.trim().substring("leaky:".length());
            try {
                return new LeakyRelu(NumberGrammar.parse(slope));
            } catch (NumberFormatException e) {
                throw new RefusedArgument(Reason.of(Activations.class, "activation.slope", slope), e);
            }
        }
        if (s.equals("elu")) {
            return new Elu(Elu.DEFAULT_ALPHA);
        }
        if (s.startsWith("elu:")) {
            String alpha = spec.trim().substring("elu:".length());
            try {
                return new Elu(NumberGrammar.parse(alpha));
            } catch (NumberFormatException e) {
                throw new RefusedArgument(Reason.of(Activations.class, "activation.alpha", alpha), e);
            }
        }
        if (s.equals("gelu") || s.equals("gelu:tanh")) {
            return s.equals("gelu") ? Gelu.EXACT : Gelu.TANH;
        }
        if (s.equals("silu")) {
            return Silu.INSTANCE;
        }
        if (s.equals("softplus")) {
            return Softplus.INSTANCE;
        }
        if (s.equals("sigmoid")) {
            return Sigmoid.INSTANCE;
        }
        if (s.equals("tanh")) {
            return Tanh.INSTANCE;
        }
        throw new RefusedArgument(Reason.of(Activations.class, "activation.unknown", spec), null);
    }
}
