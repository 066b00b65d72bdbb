package relulab.core;

/**
 * The Gaussian error linear unit, exact or in its tanh approximation, as PyTorch's
 * {@code gelu(x, approximate='none'|'tanh')} defines them.
 *
 * <p>Exact: {@code f(x) = x·Φ(x)} where {@code Φ(x) = ½·erfc(−x/√2)} is the standard normal
 * distribution function, and {@code f'(x) = Φ(x) + x·φ(x)} with the density
 * {@code φ(x) = e^(−x²/2)/√(2π)}. Each input is weighted by the probability that a standard
 * normal variable lies below it: negative inputs are gated smoothly towards 0 (GELU dips to about
 * −0.17 at x ≈ −0.75, where its slope is 0).
 *
 * <p>Tanh approximation: {@code f(x) = ½x(1 + tanh(u))} with {@code u = √(2/π)(x + 0.044715x³)};
 * {@code ½(1 + tanh(u)) = σ(2u)} is taken from {@link Logistic} with u to twice double's
 * precision, and
 * {@code f'(x) = σ(2u) + x·2σ(2u)σ(−2u)·√(2/π)(1 + 3·0.044715x²)}.
 *
 * <p>Where PyTorch's formulas lose digits, this class does not: Φ comes from {@link Erf#erfc}
 * (PyTorch's {@code 1 + erf(x/√2)} cancels to 0 below about −8, so its GELU(−10) is −0.0 instead of
 * −7.6e-23), the argument x/√2 is carried with its rounding error ({@code erfc(z + δ) ≈ erfc(z) −
 * δ·2/√π·e^(−z²)}), and x² in φ likewise, because in the tail a relative error ε of the argument
 * grows to x²·ε in the result. At ±∞ (and |x| &gt; 1e100, where x³ would overflow) the results are
 * the limits: f = x or −0.0, f' = 1 or 0, where PyTorch gives NaN at −∞.
 */
public final class Gelu implements Activation {

    /** GELU with Φ from erfc: {@code gelu}. */
    public static final Gelu EXACT = new Gelu(false);
    /** GELU with PyTorch's tanh approximation: {@code gelu:tanh}. */
    public static final Gelu TANH = new Gelu(true);

    /** 1/√2 as a double, and the rest of it. */
    private static final double SQRT1_2_HI = 0.7071067811865476;

    private static final double SQRT1_2_LO = -4.833646656726457e-17;
    private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;
    private static final double ONE_OVER_SQRT_2PI = 0.3989422804014327;
    /** PyTorch's kBeta = √2·(2/√π)·½ = √(2/π) and kKappa. */
    private static final double K_BETA = 0.7978845608028654;

    private static final double K_KAPPA = 0.044715;
    /** Past this |x| the results are their limits to the last bit, and x³ might overflow. */
    private static final double HUGE = 1e100;

    private final boolean tanh;

    private Gelu(boolean tanh) {
        this.tanh = tanh;
    }

    /** True for the tanh approximation. */
    public boolean isTanhApproximation() {
        return tanh;
    }

    @Override
    public String name() {
        return tanh ? "gelu:tanh" : "gelu";
    }

    /** {@code gelu}, or {@code gelu_tanh} for the approximation, which has its own words. */
    @Override
    public String id() {
        return tanh ? "gelu_tanh" : "gelu";
    }

    @Override
    public ActivationCode code() {
        return tanh ? GeluCode.TANH : GeluCode.EXACT;
    }

    @Override
    public double forward(double x) {
        if (!(Math.abs(x) <= HUGE)) {
            return x > 0 ? x : x < 0 ? -0.0 : x;
        }
        if (tanh) {
            Inner u = Inner.of(x);
            return x * Logistic.of(2.0 * u.head(), 2.0 * u.tail());
        }
        return x * cdf(x);
    }

    @Override
    public double slope(double x) {
        if (!(Math.abs(x) <= HUGE)) {
            return x > 0 ? 1.0 : x < 0 ? 0.0 : x;
        }
        if (tanh) {
            Inner u = Inner.of(x);
            double h = Logistic.of(2.0 * u.head(), 2.0 * u.tail());
            double g = Logistic.of(-2.0 * u.head(), -2.0 * u.tail());
            return h + x * (2.0 * h * g) * (K_BETA * (1.0 + 3.0 * K_KAPPA * (x * x)));
        }
        return cdf(x) + x * pdf(x);
    }

    @Override
    public double backward(double x, double dout) {
        return LocalSlope.times(slope(x), dout);
    }

    /**
     * The tanh approximation's {@code u = √(2/π)(x + 0.044715x³)} (with PyTorch's double constants)
     * as head + tail, the tail being the rounding errors of x², x³, the products and the sum,
     * each found exactly with {@code fma} or a two-sum. In the left tail σ(2u) has a relative
     * error of 2|u| times u's, so a plainly rounded u would cost tens of ulps there.
     */
    private record Inner(double head, double tail) {

        static Inner of(double x) {
            double x2 = x * x;
            double x2Tail = Math.fma(x, x, -x2);
            double x3 = x2 * x;
            double x3Tail = Math.fma(x2, x, -x3) + x2Tail * x;
            double k3 = K_KAPPA * x3;
            double k3Tail = Math.fma(K_KAPPA, x3, -k3) + K_KAPPA * x3Tail;
            double sum = x + k3;
            double carried = sum - x;
            double sumTail = (x - (sum - carried)) + (k3 - carried) + k3Tail;
            double u = K_BETA * sum;
            return new Inner(u, Math.fma(K_BETA, sum, -u) + K_BETA * sumTail);
        }
    }

    /** Φ(x) = ½·erfc(z + δ) with z + δ = −x/√2 to twice double's precision. */
    static double cdf(double x) {
        double z = -x * SQRT1_2_HI;
        double delta = Math.fma(-x, SQRT1_2_HI, -z) - x * SQRT1_2_LO;
        return 0.5 * (Erf.erfc(z) - delta * TWO_OVER_SQRT_PI * Math.exp(-z * z));
    }

    /** φ(x) = e^(−(s + t)/2)/√(2π) with s + t = x² exactly, e^(−t/2) ≈ 1 − t/2. */
    static double pdf(double x) {
        double s = x * x;
        double t = Math.fma(x, x, -s);
        return Math.exp(-0.5 * s) * (1.0 - 0.5 * t) * ONE_OVER_SQRT_2PI;
    }

    @Override
    public String toString() {
        return tanh ? "GELU (tanh)" : "GELU";
    }
}
