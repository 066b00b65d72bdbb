package relulab.core;

/**
 * The numeric gradient check of an activation layer, as in the cs231n assignments.
 *
 * <p>For the loss {@code L(x) = Σ f(x) · dout}, the centred difference
 * {@code (L(x + h·eᵢ) − L(x − h·eᵢ)) / 2h} estimates {@code dx[i]}. Because the layer is
 * element-wise, every other term of the two sums is identical and cancels exactly, so the
 * estimate is {@code (f(xᵢ + h) − f(xᵢ − h)) / 2h · doutᵢ}. It is compared with the analytic
 * dx by the relative error {@code |a − n| / max(1e-8, |a| + |n|)}.
 *
 * <p>The step divided by is the one the doubles really took, {@code ((x+h) − (x−h)) / 2}, not h:
 * where h is below the spacing of doubles at x (x = 1e308 and any h the tab offers), x ± h
 * rounds back to x, no difference can be formed and the estimate is NaN — "not checkable at
 * this h" — instead of a false 0 that would read as a disagreement. So is a difference of
 * values that overflow to infinity.
 *
 * <p>Within h of ReLU's kink at 0 the difference straddles the corner: for 0 &lt; |x| &lt; h it
 * mixes the two slopes where the derivative is one of them, and at x = 0, where there is no
 * derivative, it gives their mean, one subgradient among many. {@link #nearKink} flags those
 * cells.
 */
public final class GradientCheck {

    /** The floor of the relative error's denominator, as in cs231n's {@code rel_error}. */
    public static final double RELATIVE_ERROR_FLOOR = 1e-8;

    private GradientCheck() {}

    /**
     * The centred-difference estimate of dx for every element; NaN where x ± h rounds back to x
     * or f overflows there, so that no estimate exists at this h.
     */
    public static Tensor3 numericGradient(Activation f, Tensor3 x, Tensor3 dout, double h) {
        x.shape().requireSame(dout.shape(), "dout");
        if (!(h > 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("step h must be a positive number, got " + h);
        }
        double[] xs = x.values();
        double[] ds = dout.values();
        double[] num = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            double up = xs[i] + h;
            double down = xs[i] - h;
            double step = (up - down) / 2;
            double difference = f.forward(up) - f.forward(down);
            num[i] = step > 0 && Double.isFinite(difference) ? difference / (2 * step) * ds[i] : Double.NaN;
        }
        return Tensor3.adopt(x.shape(), num);
    }

    /** cs231n's relative error of two numbers, {@code |a − n| / max(1e-8, |a| + |n|)}. */
    public static double relativeError(double analytic, double numeric) {
        return Math.abs(analytic - numeric) / Math.max(RELATIVE_ERROR_FLOOR, Math.abs(analytic) + Math.abs(numeric));
    }

    /** The element-wise relative error of two tensors of one shape. */
    public static Tensor3 relativeError(Tensor3 analytic, Tensor3 numeric) {
        analytic.shape().requireSame(numeric.shape(), "numeric gradient");
        double[] a = analytic.values();
        double[] n = numeric.values();
        double[] err = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            err[i] = relativeError(a[i], n[i]);
        }
        return Tensor3.adopt(analytic.shape(), err);
    }

    /** Cells with {@code |x| < h}: there the centred difference crosses ReLU's kink. */
    public static boolean nearKink(double x, double h) {
        return Math.abs(x) < h;
    }
}
