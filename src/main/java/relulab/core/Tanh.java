package relulab.core;

/**
 * The hyperbolic tangent, with {@code dx = (1 − tanh²(x)) * dout}.
 *
 * <p>Zero-centred, unlike the sigmoid, but it saturates the same way: for large |x| the
 * derivative is almost 0 and the gradient vanishes.
 *
 * <p>The slope {@code 1 − tanh²(x)} is taken as that difference only where |x| &lt; ½ (tanh² &lt; 0.22,
 * nothing cancels); beyond, as {@code 4e/(1 + e)²} with {@code e = e^(−2|x|)}, which is the same
 * number without the cancellation that makes the difference 0 from |x| ≈ 19 on (its true value at
 * 20 is 1.7e-17). A slope of 0 blocks an infinite dout as ReLU's does ({@link LocalSlope}).
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
                # dx = (1 - tanh(x)^2) dout; from |x| = 0.5 on 1 - tanh(x)^2 = 4e / (1 + e)^2 with e = e^(-2|x|),
                # which does not cancel; a zero slope blocks dout
                t = np.tanh(x)
                e = np.exp(-2.0 * np.abs(x))
                k = np.where(np.abs(x) < 0.5, 1.0 - t * t, 4.0 * e / ((1.0 + e) * (1.0 + e)))
                dx = np.where(k == 0, 0.0, k * dout)
                """, """
                % forward: out = tanh(x) element by element
                out = tanh(x);
                """, """
                % backward: dx = (1 - tanh(x)^2) dout, as 4e / (1 + e)^2 with e = e^(-2|x|) from |x| = 0.5 on
                t = tanh(x);
                e = exp(-2 * abs(x));
                k = 4 * e ./ ((1 + e) .* (1 + e));
                small = abs(x) < 0.5;
                k(small) = 1 - t(small) .* t(small);
                dx = k .* dout;
                dx(k == 0) = 0;
                """, false);
    }

    @Override
    public double forward(double x) {
        return Math.tanh(x);
    }

    @Override
    public double slope(double x) {
        if (Math.abs(x) < 0.5) {
            double t = Math.tanh(x);
            return 1.0 - t * t;
        }
        double e = Math.exp(-2.0 * Math.abs(x));
        return 4.0 * e / ((1.0 + e) * (1.0 + e));
    }

    @Override
    public double backward(double x, double dout) {
        return LocalSlope.times(slope(x), dout);
    }

    @Override
    public String toString() {
        return "Tanh";
    }
}
