package relulab.core;

/**
 * The backward step of a smooth activation: {@code dx = f'(x) · dout}, except that a slope of
 * exactly 0 blocks the gradient as ReLU's select does, so an infinite or NaN dout there gives 0,
 * not {@code 0 · ∞ = NaN}. A NaN slope (x is NaN) gives NaN.
 */
final class LocalSlope {

    private LocalSlope() {}

    static double times(double slope, double dout) {
        return slope == 0.0 && !Double.isFinite(dout) ? 0.0 : slope * dout;
    }
}
