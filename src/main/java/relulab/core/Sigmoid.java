package relulab.core;

/**
 * The logistic sigmoid {@code σ(x) = 1 / (1 + e^-x)}, with {@code dx = σ(x)(1 − σ(x)) * dout}.
 *
 * <p>Its derivative is at most ¼, which is why gradients shrink through a deep stack of sigmoid
 * layers; every element also costs an {@code exp}, unlike ReLU's single comparison.
 */
public final class Sigmoid implements Activation {

    /** The only instance: the function has no parameters. */
    public static final Sigmoid INSTANCE = new Sigmoid();

    private Sigmoid() {}

    @Override
    public String name() {
        return "sigmoid";
    }

    @Override
    public String id() {
        return "sigmoid";
    }

    /** The Java's operations in its order; {@code exp} may round differently in the last bit. */
    @Override
    public ActivationCode code() {
        return new ActivationCode("""
                # out = s(x) = 1 / (1 + e^-x) element by element
                out = 1.0 / (1.0 + np.exp(-x))
                """, """
                # dx = s(x) (1 - s(x)) dout
                s = 1.0 / (1.0 + np.exp(-x))
                dx = s * (1.0 - s) * dout
                """, """
                % forward: out = s(x) = 1 / (1 + e^-x) element by element
                out = 1 ./ (1 + exp(-x));
                """, """
                % backward: dx = s(x) (1 - s(x)) dout
                s = 1 ./ (1 + exp(-x));
                dx = s .* (1 - s) .* dout;
                """, false);
    }

    @Override
    public double forward(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    @Override
    public double slope(double x) {
        double s = forward(x);
        return s * (1.0 - s);
    }

    @Override
    public double backward(double x, double dout) {
        double s = forward(x);
        return s * (1.0 - s) * dout;
    }

    @Override
    public String toString() {
        return "Sigmoid";
    }
}
