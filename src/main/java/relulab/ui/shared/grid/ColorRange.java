package relulab.ui.shared.grid;

import java.util.Arrays;
import relulab.core.Shape;
import relulab.core.Tensor3;

/**
 * The limits of the shared colour scale: for each depth slice, the {@code L} such that the
 * scale runs from {@code −L} through 0 to {@code +L}.
 *
 * <p>{@code L} is the largest finite |value| among the given tensors, over the whole tensor
 * or over each slice alone ({@link ColorScope}). NaN and ±Inf are left out, since they have
 * colours of their own and would otherwise wash every other cell out to white.
 */
public final class ColorRange {

    private final ColorScope scope;
    private final double[] limits;

    private ColorRange(ColorScope scope, double[] limits) {
        this.scope = scope;
        this.limits = limits;
    }

    /** The range covering all {@code tensors}, which must share one shape. */
    public static ColorRange of(ColorScope scope, Tensor3... tensors) {
        Shape shape = tensors[0].shape();
        double[] perSlice = new double[shape.depth()];
        int n = shape.sliceSize();
        for (Tensor3 t : tensors) {
            shape.requireSame(t.shape(), "tensor");
            for (int d = 0; d < shape.depth(); d++) {
                double max = perSlice[d];
                for (int i = d * n, end = (d + 1) * n; i < end; i++) {
                    double a = Math.abs(t.get(i));
                    // NaN fails the comparison; +Inf is excluded explicitly.
                    if (a > max && a != Double.POSITIVE_INFINITY) {
                        max = a;
                    }
                }
                perSlice[d] = max;
            }
        }
        if (scope == ColorScope.WHOLE_TENSOR) {
            Arrays.fill(perSlice, Arrays.stream(perSlice).max().orElse(0));
        }
        return new ColorRange(scope, perSlice);
    }

    public ColorScope scope() {
        return scope;
    }

    /** Number of slices this range covers. */
    public int depth() {
        return limits.length;
    }

    /** {@code L} for slice d: its scale runs from −L to +L. 0 when the slice is all zero. */
    public double limit(int d) {
        return limits[d];
    }

    /** The largest limit over all slices. */
    public double maxLimit() {
        return Arrays.stream(limits).max().orElse(0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColorRange r && scope == r.scope && Arrays.equals(limits, r.limits);
    }

    @Override
    public int hashCode() {
        return 31 * scope.hashCode() + Arrays.hashCode(limits);
    }
}
