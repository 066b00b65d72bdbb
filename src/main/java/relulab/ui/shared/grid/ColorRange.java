package relulab.ui.shared.grid;

import java.util.Arrays;
import java.util.function.IntPredicate;
import relulab.core.Shape;
import relulab.core.Tensor3;

/**
 * The limits of one colour scale: for each depth slice, the {@code L} such that the scale runs
 * from {@code −L} through 0 to {@code +L}.
 *
 * <p>{@code L} is robust: with {@code M} the largest finite |value| of {@code n} and {@code P}
 * the 99th percentile of the finite |values| — the value at rank {@code n − 1 − k} of the sorted
 * magnitudes, where {@code k = min(⌈n/100⌉, n − 2)} is how many cells the scale may leave out —
 * {@code L = M}, unless {@code M > 10·P > 0}, when {@code L = P}. So ordinary data uses its
 * whole range, and one huge value (1e308 among numbers near 1) no longer washes every other cell
 * out to white: it is drawn at the end colour with the "beyond the scale" mark ({@link #beyond}).
 * The scale never leaves out more than 1% of the cells (one, in a tensor under 100 cells) and
 * always covers at least two of them, so x = [1, 100] gets a scale of ±100, not ±1. NaN and ±Inf
 * are left out; they have colours of their own. With no finite value other than 0 (all zeros,
 * all NaN) there is nothing to scale and {@code L = 1}, the unit scale, rather than a limit of 0
 * or a subnormal that no one can read.
 *
 * <p>The values are those of one or more tensors, optionally only the cells a predicate accepts
 * (the zeroed grid's own scale), over the whole tensor or over each slice alone.
 */
public final class ColorRange {

    /** One cell in this many may lie beyond the scale (rounded up): the 99th percentile. */
    static final int CELLS_PER_LEFT_OUT = 100;
    /** How far the maximum may exceed the percentile before it counts as an outlier. */
    static final double OUTLIER_FACTOR = 10;

    private final boolean perChannel;
    private final double[] limits;
    private final double[] cutoffs;

    private ColorRange(boolean perChannel, double[] limits, double[] cutoffs) {
        this.perChannel = perChannel;
        this.limits = limits;
        this.cutoffs = cutoffs;
    }

    /**
     * The scale of the cells of {@code tensors} (one shape) that {@code only} accepts (all when
     * null), over each slice alone when {@code perChannel}.
     */
    public static ColorRange of(boolean perChannel, IntPredicate only, Tensor3... tensors) {
        Shape shape = tensors[0].shape();
        for (Tensor3 t : tensors) {
            shape.requireSame(t.shape(), "tensor");
        }
        int depth = shape.depth();
        double[] limits = new double[depth];
        double[] cutoffs = new double[depth];
        int n = shape.sliceSize();
        if (perChannel) {
            double[] buffer = new double[n * tensors.length];
            for (int d = 0; d < depth; d++) {
                int count = gather(tensors, only, d * n, (d + 1) * n, buffer);
                limits[d] = robustLimit(buffer, count);
                cutoffs[d] = cutoff(buffer, count);
            }
        } else {
            double[] buffer = new double[shape.size() * tensors.length];
            int count = gather(tensors, only, 0, shape.size(), buffer);
            Arrays.fill(limits, robustLimit(buffer, count));
            Arrays.fill(cutoffs, cutoff(buffer, count));
        }
        return new ColorRange(perChannel, limits, cutoffs);
    }

    /** Finite magnitudes of the accepted cells in [from, to) of every tensor, into buffer. */
    private static int gather(Tensor3[] tensors, IntPredicate only, int from, int to, double[] buffer) {
        int count = 0;
        for (Tensor3 t : tensors) {
            for (int i = from; i < to; i++) {
                double a = Math.abs(t.get(i));
                if (a < Double.POSITIVE_INFINITY && (only == null || only.test(i))) {
                    buffer[count++] = a;
                }
            }
        }
        return count;
    }

    /** L from the first {@code count} magnitudes of {@code values} (which it reorders). */
    private static double robustLimit(double[] values, int count) {
        double max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, values[i]);
        }
        if (max == 0) {
            return 1;
        }
        double p = select(values, count, rank(count));
        return p > 0 && max > OUTLIER_FACTOR * p ? p : max;
    }

    /** The percentile itself: values strictly below it can change without moving L. */
    private static double cutoff(double[] values, int count) {
        return count == 0 ? 0 : select(values, count, rank(count));
    }

    /** The rank of the percentile: at most ⌈1%⌉ of the values above it, and at least two at or below it. */
    private static int rank(int count) {
        int leftOut = Math.min((count + CELLS_PER_LEFT_OUT - 1) / CELLS_PER_LEFT_OUT, count - 2);
        return count - 1 - Math.max(0, leftOut);
    }

    /** The k-th smallest of values[0, count) (Hoare's selection; reorders the array). */
    private static double select(double[] values, int count, int k) {
        int lo = 0;
        int hi = count - 1;
        while (lo < hi) {
            double pivot = values[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double tmp = values[i];
                    values[i++] = values[j];
                    values[j--] = tmp;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    /** Whether each slice has its own limit. */
    public boolean perChannel() {
        return perChannel;
    }

    /** Number of slices this range covers. */
    public int depth() {
        return limits.length;
    }

    /** {@code L} for slice d: its scale runs from −L to +L. 1 when the slice has no finite value but 0. */
    public double limit(int d) {
        return limits[d];
    }

    /** The largest limit over all slices. */
    public double maxLimit() {
        return Arrays.stream(limits).max().orElse(0);
    }

    /** Whether a value of slice d lies beyond the scale: finite, with |value| above L. */
    public boolean beyond(int d, double value) {
        double a = Math.abs(value);
        return a > limits[d] && a < Double.POSITIVE_INFINITY;
    }

    /**
     * Whether this range still holds after one cell of slice d changed from {@code before} to
     * {@code after}, given as magnitudes, or NaN for a cell outside the range's values (not
     * finite, or not accepted). True when neither counts, or when both count and lie below the
     * percentile: the sorted magnitudes then keep their percentile and their maximum.
     */
    public boolean holdsAfter(int d, double before, double after) {
        boolean was = !Double.isNaN(before);
        boolean is = !Double.isNaN(after);
        return (!was && !is) || (was && is && before < cutoffs[d] && after < cutoffs[d]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColorRange r
                && perChannel == r.perChannel
                && Arrays.equals(limits, r.limits)
                && Arrays.equals(cutoffs, r.cutoffs);
    }

    @Override
    public int hashCode() {
        return 31 * Boolean.hashCode(perChannel) + Arrays.hashCode(limits);
    }
}
