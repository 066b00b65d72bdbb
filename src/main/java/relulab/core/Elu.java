package relulab.core;

import java.util.List;

/**
 * The exponential linear unit with scale α (PyTorch's {@code elu}, α = 1 by default):
 * {@code f(x) = x} for x &gt; 0, else {@code α(eˣ − 1)}; {@code f'(x) = 1} for x &gt; 0, else
 * {@code α·eˣ}, which is α at x = 0 as in PyTorch.
 *
 * <p>Negative inputs saturate smoothly towards −α instead of being zeroed, so a unit below zero
 * still passes a gradient and its mean output stays near 0. {@code eˣ − 1} is computed as
 * {@code expm1(x)}, which keeps its digits for small |x| where PyTorch's {@code exp(x) − 1}
 * cancels (e.g. −1e-10 → −9.9999999995e-11, where PyTorch gives −1.0000000827e-10), and keeps
 * the sign of −0.0.
 */
public record Elu(double alpha) implements Activation {

    /** The α used when none is given, 1 (PyTorch's default). */
    public static final double DEFAULT_ALPHA = 1.0;

    public Elu {
        if (!Double.isFinite(alpha) || alpha <= 0) {
            throw new IllegalArgumentException("ELU's alpha must be a positive number, got " + alpha);
        }
    }

    @Override
    public String name() {
        return "elu:" + alpha;
    }

    @Override
    public String id() {
        return "elu";
    }

    @Override
    public List<Double> parameters() {
        return List.of(alpha);
    }

    /**
     * The Java's operations in its order; {@code expm1} and {@code exp} may round differently in
     * the last bit. {@code np.minimum(x, 0)} keeps exp from overflowing on the positive side
     * (and keeps NaN); Octave's {@code min} would drop NaN, so its lines overwrite instead.
     */
    @Override
    public ActivationCode code() {
        String a = Double.toString(alpha);
        return new ActivationCode(
                "# out = x where x > 0, else a * (e^x - 1), with a = " + a + "\n" + "out = np.where(x > 0, x, " + a
                        + " * np.expm1(np.minimum(x, 0)))\n",
                "# dx = f'(x) dout, f'(x) = 1 where x > 0, else a * e^x; a zero slope blocks dout\n"
                        + "s = np.where(x > 0, 1.0, " + a + " * np.exp(np.minimum(x, 0)))\n"
                        + "dx = np.where(s == 0, 0.0, s * dout)\n",
                "% forward: out = x where x > 0, else a * (e^x - 1), with a = " + a + "\n"
                        + "out = " + a + " * expm1(x);\n"
                        + "pass = x > 0;\n"
                        + "out(pass) = x(pass);\n",
                "% backward: dx = f'(x) dout, f'(x) = 1 where x > 0, else a * e^x\n"
                        + "s = " + a + " * exp(x);\n"
                        + "s(x > 0) = 1;\n"
                        + "dx = s .* dout;\n"
                        + "dx(s == 0) = 0;\n",
                false);
    }

    @Override
    public double forward(double x) {
        return x > 0 ? x : alpha * Math.expm1(x);
    }

    @Override
    public double slope(double x) {
        return x > 0 ? 1.0 : alpha * Math.exp(x);
    }

    @Override
    public double backward(double x, double dout) {
        return LocalSlope.times(slope(x), dout);
    }

    @Override
    public String toString() {
        return "ELU (alpha = " + alpha + ")";
    }
}
