package relulab.core;

/**
 * The sigmoid-weighted linear unit, SiLU or swish: {@code f(x) = x·σ(x)}, with
 * {@code f'(x) = σ(x)(1 + x(1 − σ(x)))}.
 *
 * <p>The input gates itself smoothly: large positive x pass almost unchanged, large negative x
 * are pushed towards 0 (from below: SiLU dips to about −0.278 at x ≈ −1.278, where its slope
 * is 0). σ(x) and {@code 1 − σ(x) = σ(−x)} come from {@link Logistic}, so nothing overflows and
 * nothing cancels: SiLU(−1000) is −0.0, SiLU(30) is 30·(1 − 9.4e-14). At ±∞ the results are the
 * limits (−∞ → −0.0 with slope 0, +∞ → +∞ with slope 1), where PyTorch's
 * {@code x/(1 + e^−x)} gives NaN.
 */
public final class Silu implements Activation {

    /** The only instance: the function has no parameters. */
    public static final Silu INSTANCE = new Silu();

    private Silu() {}

    @Override
    public String name() {
        return "silu";
    }

    @Override
    public String id() {
        return "silu";
    }

    /** The Java's operations in its order; {@code exp} may round differently in the last bit. */
    @Override
    public ActivationCode code() {
        return new ActivationCode("""
                # out = x s(x) with s(x) = 1 / (1 + e^-x), from e = e^-|x| so nothing overflows
                e = np.exp(-np.abs(x))
                s = np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
                out = np.where(x == -np.inf, -0.0, x * s)
                """, """
                # dx = s(x) (1 + x (1 - s(x))) dout, with 1 - s(x) = s(-x); a zero slope blocks dout
                e = np.exp(-np.abs(x))
                s = np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
                r = np.where(x >= 0, e / (1.0 + e), 1.0 / (1.0 + e))
                k = np.where(np.isinf(x), np.where(x > 0, 1.0, 0.0), s * (1.0 + x * r))
                dx = np.where(k == 0, 0.0, k * dout)
                """, """
                % forward: out = x s(x) with s(x) = 1 / (1 + e^-x), from e = e^-|x|
                e = exp(-abs(x));
                s = e ./ (1 + e);
                s(x >= 0) = 1 ./ (1 + e(x >= 0));
                out = x .* s;
                out(x == -Inf) = -0;
                """, """
                % backward: dx = s(x) (1 + x (1 - s(x))) dout, with 1 - s(x) = s(-x)
                e = exp(-abs(x));
                s = e ./ (1 + e);
                s(x >= 0) = 1 ./ (1 + e(x >= 0));
                r = 1 ./ (1 + e);
                r(x >= 0) = e(x >= 0) ./ (1 + e(x >= 0));
                k = s .* (1 + x .* r);
                k(x == Inf) = 1;
                k(x == -Inf) = 0;
                dx = k .* dout;
                dx(k == 0) = 0;
                """, false);
    }

    @Override
    public double forward(double x) {
        return x == Double.NEGATIVE_INFINITY ? -0.0 : x * Logistic.of(x);
    }

    @Override
    public double slope(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? 1.0 : 0.0;
        }
        return Logistic.of(x) * (1.0 + x * Logistic.of(-x));
    }

    @Override
    public double backward(double x, double dout) {
        return LocalSlope.times(slope(x), dout);
    }

    @Override
    public String toString() {
        return "SiLU";
    }
}
