package relulab.ui.gradcheck;

import java.util.AbstractList;
import java.util.List;
import java.util.stream.IntStream;
import relulab.core.Activation;
import relulab.core.GradientCheck;
import relulab.core.Shape;
import relulab.core.Tensor3;

/**
 * The numeric gradient check of an activation on one x and dout, for one step h.
 *
 * <p>Numeric: {@code (f(x+h) − f(x−h)) / 2h · dout}; analytic: the activation's backward (with
 * its ReLU'(0)); relative error: {@code |a − n| / max(1e-8, |a| + |n|)}. When the activation has
 * a kink at 0 (its slopes just left and right of 0 differ, as ReLU's 0 and 1), cells with
 * {@code |x| < h} are near the kink, where the centred difference straddles 0 and estimates a mix
 * of the two slopes (their mean · dout at x = 0) instead of the derivative. A smooth activation
 * has no such cells. Cells whose x or dout is NaN or infinite are not checkable, nor are those
 * where x ± h rounds back to x (h below the spacing of doubles at x, as at x = 1e308), so that
 * no difference exists; both are counted apart and left out of the verdict.
 *
 * <p>Rows are made on demand by {@link #rows()}, so a large tensor costs five arrays, not a
 * million row objects.
 */
public final class GradientCheckResult {

    /** Relative error below which the two gradients are said to agree. */
    public static final double AGREEMENT_TOLERANCE = 1e-6;

    private final Tensor3 x;
    private final Tensor3 dout;
    private final Tensor3 numeric;
    private final Tensor3 analytic;
    private final Tensor3 error;
    private final double h;
    private final double leftSlope;
    private final double rightSlope;
    private final int kinkCells;
    private final int uncheckableCells;
    private final int unresolvedCells;
    private final double maxErrorAwayFromKink;

    public GradientCheckResult(Tensor3 x, Tensor3 dout, double h, Activation f) {
        this.x = x;
        this.dout = dout;
        this.h = h;
        this.leftSlope = f.slope(-Double.MIN_NORMAL);
        this.rightSlope = f.slope(Double.MIN_NORMAL);
        this.numeric = GradientCheck.numericGradient(f, x, dout, h);
        this.analytic = f.backward(x, dout);
        this.error = GradientCheck.relativeError(analytic, numeric);
        int kinks = 0;
        int uncheckable = 0;
        int unresolved = 0;
        double max = 0;
        for (int i = 0; i < x.size(); i++) {
            if (!Double.isFinite(x.get(i)) || !Double.isFinite(dout.get(i))) {
                uncheckable++;
            } else if (Double.isNaN(numeric.get(i))) {
                unresolved++;
            } else if (nearKink(x.get(i))) {
                kinks++;
            } else {
                max = Math.max(max, error.get(i));
            }
        }
        this.kinkCells = kinks;
        this.uncheckableCells = uncheckable;
        this.unresolvedCells = unresolved;
        this.maxErrorAwayFromKink = max;
    }

    public double h() {
        return h;
    }

    /** Whether the activation has a kink at 0: its slopes just left and right of 0 differ. */
    public boolean hasKink() {
        return leftSlope != rightSlope;
    }

    /** The slope just left of 0 (ReLU's 0). */
    public double leftSlope() {
        return leftSlope;
    }

    /** The slope just right of 0 (ReLU's 1). */
    public double rightSlope() {
        return rightSlope;
    }

    private boolean nearKink(double xi) {
        return hasKink() && GradientCheck.nearKink(xi, h);
    }

    /** Number of checkable cells with {@code |x| < h}, if the activation has a kink at 0; else 0. */
    public int kinkCells() {
        return kinkCells;
    }

    /** Number of cells whose x or dout is NaN or infinite. */
    public int uncheckableCells() {
        return uncheckableCells;
    }

    /** Number of cells with finite x and dout where x ± h rounds back to x: no estimate exists at this h. */
    public int unresolvedCells() {
        return unresolvedCells;
    }

    /** Checkable cells away from the kink. */
    public int cellsAwayFromKink() {
        return x.size() - kinkCells - uncheckableCells - unresolvedCells;
    }

    /** The largest relative error over the checkable cells away from the kink (0 if none). */
    public double maxErrorAwayFromKink() {
        return maxErrorAwayFromKink;
    }

    /** Whether every checkable cell away from the kink agrees within {@link #AGREEMENT_TOLERANCE}. */
    public boolean agreesAwayFromKink() {
        return maxErrorAwayFromKink < AGREEMENT_TOLERANCE;
    }

    /** The row of flat cell {@code i}. */
    public GradientCheckRow row(int i) {
        Shape s = x.shape();
        int c = i % s.width();
        int r = (i / s.width()) % s.height();
        int d = i / s.sliceSize();
        double xi = x.get(i);
        boolean kink =
                Double.isFinite(xi) && Double.isFinite(dout.get(i)) && !Double.isNaN(numeric.get(i)) && nearKink(xi);
        return new GradientCheckRow(d, r, c, xi, dout.get(i), numeric.get(i), analytic.get(i), error.get(i), kink);
    }

    /** All cells in row-major order, made as they are read. */
    public List<GradientCheckRow> rows() {
        return new RowList(IntStream.range(0, x.size()).toArray());
    }

    /** Only the cells near the kink, in row-major order. */
    public List<GradientCheckRow> kinkRows() {
        return new RowList(
                IntStream.range(0, x.size()).filter(i -> row(i).nearKink()).toArray());
    }

    private final class RowList extends AbstractList<GradientCheckRow> {
        private final int[] cells;

        RowList(int[] cells) {
            this.cells = cells;
        }

        @Override
        public GradientCheckRow get(int index) {
            return row(cells[index]);
        }

        @Override
        public int size() {
            return cells.length;
        }
    }
}
