package relulab.core;

/**
 * Softplus with β = 1 as PyTorch defines it: {@code f(x) = ln(1 + eˣ)}, and {@code f(x) = x}
 * above the threshold 20, where the two differ by less than 2.1e-9; {@code f'(x) = σ(x) =
 * eˣ/(1 + eˣ)}, and 1 above the threshold.
 *
 * <p>A smooth ReLU: always positive, never exactly zero, so every unit passes some gradient.
 * {@code ln(1 + eˣ)} is {@code log1p(exp(x))}, exact for large negative x (where it is eˣ) and
 * never overflowing, since exp is only taken up to 20.
 */
public final class Softplus implements Activation {

    /** The only instance: β = 1 and the threshold 20, as in PyTorch's defaults. */
    public static final Softplus INSTANCE = new Softplus();

    /** Above this x, softplus is x itself (PyTorch's {@code threshold}). */
    static final double THRESHOLD = 20.0;

    private Softplus() {}

    @Override
    public String name() {
        return "softplus";
    }

    @Override
    public String id() {
        return "softplus";
    }

    /** The Java's operations in its order; {@code exp} and {@code log1p} may round differently in the last bit. */
    @Override
    public ActivationCode code() {
        return new ActivationCode("""
                # out = ln(1 + e^x), and x itself above 20 (PyTorch's threshold)
                out = np.where(x > 20, x, np.log1p(np.exp(np.minimum(x, 20))))
                """, """
                # dx = s(x) dout with s(x) = e^x / (1 + e^x), and dout above 20; a zero slope blocks dout
                e = np.exp(np.minimum(x, 20))
                s = np.where(x > 20, 1.0, e / (1.0 + e))
                dx = np.where(s == 0, 0.0, s * dout)
                """, """
                % forward: out = ln(1 + e^x), and x itself above 20 (PyTorch's threshold)
                out = log1p(exp(x));
                big = x > 20;
                out(big) = x(big);
                """, """
                % backward: dx = s(x) dout with s(x) = e^x / (1 + e^x), and dout above 20
                e = exp(x);
                s = e ./ (1 + e);
                s(x > 20) = 1;
                dx = s .* dout;
                dx(s == 0) = 0;
                """, false);
    }

    @Override
    public double forward(double x) {
        return x > THRESHOLD ? x : Math.log1p(Math.exp(x));
    }

    @Override
    public double slope(double x) {
        if (x > THRESHOLD) {
            return 1.0;
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    @Override
    public double backward(double x, double dout) {
        return LocalSlope.times(slope(x), dout);
    }

    @Override
    public String toString() {
        return "Softplus";
    }
}
