package relulab.core;

/**
 * The logistic sigmoid {@code σ(x) = 1 / (1 + e^-x)}, with {@code dx = σ(x)(1 − σ(x)) * dout}.
 *
 * <p>The slope is {@code σ(x)·σ(−x)}, both from {@link Logistic}: {@code 1 − σ(x)} taken as a
 * difference would cancel for large x (σ(40) is 1 as a double, and the slope would be 0 instead
 * of 4.2e-18), and a slope of 0 blocks an infinite dout as ReLU's does ({@link LocalSlope}).
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
                # dx = s(x) (1 - s(x)) dout, with 1 - s(x) = s(-x) so nothing cancels; a zero slope blocks dout
                e = np.exp(-np.abs(x))
                s = np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
                r = np.where(x >= 0, e / (1.0 + e), 1.0 / (1.0 + e))
                k = s * r
                dx = np.where(k == 0, 0.0, k * dout)
                """, """
                % forward: out = s(x) = 1 / (1 + e^-x) element by element
                out = 1 ./ (1 + exp(-x));
                """, """
                % backward: dx = s(x) (1 - s(x)) dout, with 1 - s(x) = s(-x)
                e = exp(-abs(x));
                s = e ./ (1 + e);
                s(x >= 0) = 1 ./ (1 + e(x >= 0));
                r = 1 ./ (1 + e);
                r(x >= 0) = e(x >= 0) ./ (1 + e(x >= 0));
                k = s .* r;
                dx = k .* dout;
                dx(k == 0) = 0;
                """, false);
    }

    @Override
    public double forward(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    @Override
    public double slope(double x) {
        return Logistic.of(x) * Logistic.of(-x);
    }

    @Override
    public double backward(double x, double dout) {
        return LocalSlope.times(slope(x), dout);
    }

    @Override
    public String toString() {
        return "Sigmoid";
    }
}
