package relulab.core;

/**
 * The hyperbolic tangent, with {@code dx = (1 − tanh²(x)) * dout}.
 *
 * <p>Zero-centred, unlike the sigmoid, but it saturates the same way: for large |x| the
 * derivative is almost 0 and the gradient vanishes.
 */
public final class Tanh implements Activation {

    /** The only instance: the function has no parameters. */
    public static final Tanh INSTANCE = new Tanh();

    private Tanh() {}

    @Override
    public String name() {
        return "tanh";
    }

    @Override
    public String id() {
        return "tanh";
    }

    /** The Java's operations in its order; {@code tanh} may round differently in the last bit. */
    @Override
    public ActivationCode code() {
        return new ActivationCode("""
                # out = tanh(x) element by element
                out = np.tanh(x)
                """, """
                # dx = (1 - tanh(x)^2) dout
                t = np.tanh(x)
                dx = (1.0 - t * t) * dout
                """, """
                % forward: out = tanh(x) element by element
                out = tanh(x);
                """, """
                % backward: dx = (1 - tanh(x)^2) dout
                t = tanh(x);
                dx = (1 - t .* t) .* dout;
                """, false);
    }

    @Override
    public double forward(double x) {
        return Math.tanh(x);
    }

    @Override
    public double slope(double x) {
        double t = Math.tanh(x);
        return 1.0 - t * t;
    }

    @Override
    public double backward(double x, double dout) {
        double t = Math.tanh(x);
        return (1.0 - t * t) * dout;
    }

    @Override
    public String toString() {
        return "Tanh";
    }
}
