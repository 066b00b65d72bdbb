package relulab.core;

/**
 * The logistic function {@code σ(t) = 1/(1 + e^−t)} taken from {@code e = e^−|t| ≤ 1}, so that
 * neither side overflows and {@code 1 − σ(t)} is {@code σ(−t)} without cancellation:
 * {@code σ(t) = 1/(1 + e)} for t ≥ 0 and {@code e/(1 + e)} for t &lt; 0.
 */
final class Logistic {

    private Logistic() {}

    static double of(double t) {
        return of(t, 0.0);
    }

    /**
     * σ(t + tail) for a tail much smaller than t (the rounding error of t): since
     * {@code e^−|t + tail| = e^−|t|·e^(∓tail) ≈ e^−|t|(1 ∓ tail)}, the tail keeps the relative
     * accuracy of e, which a rounded t would cost |t| ulps.
     */
    static double of(double t, double tail) {
        double e = Math.exp(-Math.abs(t)) * (1.0 - Math.copySign(1.0, t) * tail);
        return t >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
    }
}
