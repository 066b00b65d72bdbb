package relulab.core;

/** Reads an activation from its short name: {@code relu}, {@code leaky}, {@code leaky:SLOPE}, {@code sigmoid} or {@code tanh}. */
public final class Activations {

    private Activations() {
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
                throw new IllegalArgumentException("leaky ReLU slope '" + slope + "' is not a number");
            }
        }
        if (s.equals("sigmoid")) {
            return Sigmoid.INSTANCE;
        }
        if (s.equals("tanh")) {
            return Tanh.INSTANCE;
        }
        throw new IllegalArgumentException("unknown activation '" + spec
                + "' (expected relu, leaky:SLOPE, sigmoid or tanh)");
    }
}
