package relulab.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import relulab.core.ChannelStats;
import relulab.core.GradientAtZero;
import relulab.core.Relu;
import relulab.core.ReluStats;
import relulab.core.Tensor3;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.grid.ColorRange;
import relulab.ui.shared.grid.ColorScope;
import relulab.ui.shared.grid.GridData;

/**
 * Everything the five grids show for one (x, dout) pair: the forward {@code out = max(0, x)},
 * the backward {@code dx = x > 0 ? dout : 0} (ReLU'(0) as chosen), the zeroed cells
 * {@code x < 0} with their counts per channel, and the colour range shared by all grids.
 * Immutable and made in one go, so the grids never show two different states.
 *
 * <p>A whole pair costs a few passes over the tensors ({@link #compute}); a one-cell edit
 * only touches that cell ({@link #withCell}): ReLU is element-wise, so out, dx and the
 * counts change at that element alone, and the colour range only when the cell's magnitude
 * was or becomes the largest.
 */
public record WorkbenchResults(Tensor3 x, Tensor3 dout, Tensor3 out, Tensor3 dx, ReluStats stats,
                               ColorRange range, GradientAtZero atZero) {

    /** Runs the layer forward and backward on the pair. */
    public static WorkbenchResults compute(Tensor3 x, Tensor3 dout, GradientAtZero atZero, ColorScope scope) {
        Relu relu = Relu.withGradientAtZero(atZero);
        // out and dx never exceed x and dout in magnitude, so those two set the colour range.
        return new WorkbenchResults(x, dout, relu.forward(x), relu.backward(x, dout), ReluStats.of(x),
                ColorRange.of(scope, x, dout), atZero);
    }

    /**
     * The results after the one cell {@code cell} of x or dout changed: {@code newX} and
     * {@code newDout} differ from this pair's tensors at that cell only.
     */
    public WorkbenchResults withCell(CellIndex cell, Tensor3 newX, Tensor3 newDout) {
        int d = cell.d();
        int r = cell.r();
        int c = cell.c();
        Relu relu = Relu.withGradientAtZero(atZero);
        double oldX = x.get(d, r, c);
        double xv = newX.get(d, r, c);
        double oldDout = dout.get(d, r, c);
        double dv = newDout.get(d, r, c);
        Tensor3 newOut = sameBits(oldX, xv) ? out : out.with(d, r, c, relu.forward(xv));
        Tensor3 newDx = dx.with(d, r, c, relu.backward(xv, dv));
        ReluStats newStats = sameBits(oldX, xv) ? stats : recount(stats, d, oldX, xv);
        double limit = range.limit(d);
        boolean rangeHolds = magnitude(xv) <= limit && magnitude(dv) <= limit
                && magnitude(oldX) < limit && magnitude(oldDout) < limit;
        ColorRange newRange = rangeHolds ? range : ColorRange.of(range.scope(), newX, newDout);
        return new WorkbenchResults(newX, newDout, newOut, newDx, newStats, newRange, atZero);
    }

    /** Whether ReLU zeroed the element: x < 0. */
    public boolean isZeroed(int d, int r, int c) {
        return x.get(d, r, c) < 0;
    }

    /** What the grid of {@code panel} draws. */
    public GridData gridData(Panel panel) {
        return switch (panel) {
            case X -> new GridData(x, null, range, captions(false));
            case DOUT -> new GridData(dout, null, range, captions(false));
            case OUT -> new GridData(out, null, range, captions(false));
            case ZEROED -> new GridData(x, i -> x.get(i) < 0, range, captions(true));
            case DX -> new GridData(dx, null, range, captions(false));
        };
    }

    private List<String> captions(boolean withCounts) {
        int depth = x.shape().depth();
        List<String> captions = new ArrayList<>(depth);
        for (int d = 0; d < depth; d++) {
            ChannelStats c = stats.perChannel().get(d);
            captions.add(withCounts ? "d = " + d + " · " + c.zeroed() + " zeroed" : "d = " + d);
        }
        return captions;
    }

    /** The line under the zeroed grid: how many cells ReLU changed, in total and per channel. */
    public String zeroedSummary() {
        ChannelStats t = stats.total();
        StringBuilder s = new StringBuilder()
                .append(t.zeroed()).append(" of ").append(t.cells()).append(" cells zeroed (")
                .append(Math.round(100.0 * t.zeroed() / t.cells())).append("%)");
        if (stats.perChannel().size() > 1) {
            s.append(" · per channel: ");
            int shown = Math.min(stats.perChannel().size(), 8);
            for (int d = 0; d < shown; d++) {
                s.append(d == 0 ? "" : ", ").append(stats.perChannel().get(d).zeroed());
            }
            if (shown < stats.perChannel().size()) {
                s.append(", …");
            }
        }
        if (t.alreadyZero() > 0) {
            s.append(" · ").append(t.alreadyZero()).append(" already 0");
        }
        if (t.nan() > 0) {
            s.append(" · ").append(t.nan()).append(" NaN");
        }
        return s.toString();
    }

    /** The counts with one element of channel d moved from the class of {@code was} to that of {@code now}. */
    private static ReluStats recount(ReluStats stats, int d, double was, double now) {
        ChannelStats delta = classOf(now);
        ChannelStats removed = classOf(was);
        List<ChannelStats> channels = new ArrayList<>(stats.perChannel());
        channels.set(d, shift(channels.get(d), removed, delta));
        return new ReluStats(channels, shift(stats.total(), removed, delta));
    }

    private static ChannelStats shift(ChannelStats s, ChannelStats minus, ChannelStats plus) {
        return new ChannelStats(s.zeroed() - minus.zeroed() + plus.zeroed(), s.passed() - minus.passed() + plus.passed(),
                s.alreadyZero() - minus.alreadyZero() + plus.alreadyZero(), s.nan() - minus.nan() + plus.nan());
    }

    /** The counts of one element: which of zeroed, passed, already zero or NaN it is. */
    private static ChannelStats classOf(double v) {
        return new ChannelStats(v < 0 ? 1 : 0, v > 0 ? 1 : 0, v == 0 ? 1 : 0, Double.isNaN(v) ? 1 : 0);
    }

    /** |v| as the colour range sees it: NaN and ±Inf do not count. */
    private static double magnitude(double v) {
        double a = Math.abs(v);
        return a == Double.POSITIVE_INFINITY || Double.isNaN(a) ? 0 : a;
    }

    private static boolean sameBits(double a, double b) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
    }
}
