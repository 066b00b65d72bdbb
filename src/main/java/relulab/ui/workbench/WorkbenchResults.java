package relulab.ui.workbench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import relulab.core.Activation;
import relulab.core.ChannelStats;
import relulab.core.ReluStats;
import relulab.core.Tensor3;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.grid.ColorRange;
import relulab.ui.shared.grid.ColorScope;
import relulab.ui.shared.grid.GridData;
import relulab.ui.shared.grid.NamedRange;
import relulab.ui.shared.text.Messages;

/**
 * Everything the six grids show for one (x, dout) pair under the layer's activation f: the
 * forward {@code out = f(x)}, the local slope {@code f'(x)} and the backward
 * {@code dx = f'(x)·dout} (ReLU'(0) as chosen), the cells
 * {@code x < 0} that f changed (zeroed by ReLU, scaled by Leaky ReLU…) with their counts per
 * channel, and the colour scale of each grid ({@link ColorScope}). Immutable and made in one go,
 * so the grids never show two different states.
 *
 * <p>A whole pair costs a few passes over the tensors ({@link #compute}); a one-cell edit
 * only touches that cell ({@link #withCell}): the activation is element-wise, so out, the slope, dx and the
 * counts change at that element alone, and a colour scale only when the cell's magnitude
 * was or becomes one of the largest ({@link ColorRange#holdsAfter}).
 */
public record WorkbenchResults(
        Tensor3 x,
        Tensor3 dout,
        Tensor3 out,
        Tensor3 dx,
        Tensor3 slope,
        ReluStats stats,
        ColorScope scope,
        Map<Panel, ColorRange> ranges,
        Activation activation) {

    private static final Messages TEXT = Messages.of(WorkbenchResults.class);

    public WorkbenchResults {
        ranges = Collections.unmodifiableMap(new EnumMap<>(ranges));
    }

    /** Runs the layer, with activation {@code f}, forward and backward on the pair. */
    public static WorkbenchResults compute(Tensor3 x, Tensor3 dout, Activation f, ColorScope scope) {
        Tensor3 out = f.forward(x);
        Tensor3 dx = f.backward(x, dout);
        Tensor3 slope = Tensor3.generate(x.shape(), i -> f.slope(x.get(i)));
        return new WorkbenchResults(
                x, dout, out, dx, slope, ReluStats.of(x), scope, ranges(scope, null, null, x, dout, out, dx, slope), f);
    }

    /**
     * The results after the one cell {@code cell} of x or dout changed: {@code newX} and
     * {@code newDout} differ from this pair's tensors at that cell only.
     */
    public WorkbenchResults withCell(CellIndex cell, Tensor3 newX, Tensor3 newDout) {
        int d = cell.d();
        int r = cell.r();
        int c = cell.c();
        double oldX = x.get(d, r, c);
        double xv = newX.get(d, r, c);
        Tensor3 newOut = sameBits(oldX, xv) ? out : out.with(d, r, c, activation.forward(xv));
        Tensor3 newDx = dx.with(d, r, c, activation.backward(xv, newDout.get(d, r, c)));
        Tensor3 newSlope = sameBits(oldX, xv) ? slope : slope.with(d, r, c, activation.slope(xv));
        ReluStats newStats = sameBits(oldX, xv) ? stats : recount(stats, d, oldX, xv);
        return new WorkbenchResults(
                newX,
                newDout,
                newOut,
                newDx,
                newSlope,
                newStats,
                scope,
                ranges(scope, this, cell, newX, newDout, newOut, newDx, newSlope),
                activation);
    }

    /** The colour range of {@code panel}'s grid. */
    public ColorRange range(Panel panel) {
        return ranges.get(panel);
    }

    /** The distinct colour scales, named after the grids that use them, for the legend. */
    public List<NamedRange> scales() {
        List<NamedRange> scales = new ArrayList<>();
        List<ColorRange> seen = new ArrayList<>();
        for (Panel p : Panel.values()) {
            ColorRange range = ranges.get(p);
            if (seen.stream().noneMatch(s -> s == range)) {
                seen.add(range);
                scales.add(new NamedRange(scaleName(p), range));
            }
        }
        return scales;
    }

    private String scaleName(Panel panel) {
        String changed = ActivationWords.message(activation, "verb");
        if (panel == Panel.SLOPE && scope != ColorScope.SHARED) {
            return TEXT.get("scale.slope");
        }
        return switch (scope) {
            case SHARED -> TEXT.get("scale.all");
            case PER_GRID -> panel == Panel.ZEROED ? changed : panel.symbol();
            default -> panel.forward() ? TEXT.format("scale.forward", changed) : TEXT.get("scale.backward");
        };
    }

    /**
     * Each grid's range under {@code scope}: the forward scale is set by x, the backward by dout,
     * the shared one by x, dout and the slope, and a grid's own by its own values (the zeroed
     * grid's by the negative x). The slope f′(x) is a factor, not a tensor value: outside the
     * shared scale it has a scale of its own. With {@code before} and {@code cell}, a range the
     * edit cannot move is kept.
     */
    private static Map<Panel, ColorRange> ranges(
            ColorScope scope,
            WorkbenchResults before,
            CellIndex cell,
            Tensor3 x,
            Tensor3 dout,
            Tensor3 out,
            Tensor3 dx,
            Tensor3 slope) {
        Map<Panel, ColorRange> ranges = new EnumMap<>(Panel.class);
        for (Panel p : Panel.values()) {
            Panel owner = scaleOwner(scope, p);
            ColorRange range = ranges.get(owner);
            if (range == null) {
                Tensor3[] now = sources(scope, owner, x, dout, out, dx, slope);
                IntPredicate only = owner == Panel.ZEROED && scope == ColorScope.PER_GRID ? i -> x.get(i) < 0 : null;
                range = before != null && holds(scope, owner, before, cell, now, only)
                        ? before.range(owner)
                        : ColorRange.of(scope.perChannel(), only, now);
            }
            ranges.put(p, range);
        }
        return ranges;
    }

    /** The first grid of {@code panel}'s scale: the one whose values (with others) set it. */
    private static Panel scaleOwner(ColorScope scope, Panel panel) {
        if (panel == Panel.SLOPE && scope != ColorScope.SHARED) {
            return Panel.SLOPE;
        }
        return switch (scope) {
            case SHARED -> Panel.X;
            case PER_GRID -> panel;
            default -> panel.forward() ? Panel.X : Panel.DOUT;
        };
    }

    private static Tensor3[] sources(
            ColorScope scope, Panel owner, Tensor3 x, Tensor3 dout, Tensor3 out, Tensor3 dx, Tensor3 slope) {
        if (scope == ColorScope.SHARED) {
            return new Tensor3[] {x, dout, slope};
        }
        return new Tensor3[] {
            switch (owner) {
                case X, ZEROED -> x;
                case DOUT -> dout;
                case SLOPE -> slope;
                case OUT -> scope == ColorScope.PER_GRID ? out : x;
                case DX -> scope == ColorScope.PER_GRID ? dx : dout;
            }
        };
    }

    private static boolean holds(
            ColorScope scope, Panel owner, WorkbenchResults before, CellIndex cell, Tensor3[] now, IntPredicate only) {
        Tensor3[] was = sources(scope, owner, before.x(), before.dout(), before.out(), before.dx(), before.slope());
        int i = before.x().shape().index(cell.d(), cell.r(), cell.c());
        boolean masked = only != null;
        for (int k = 0; k < was.length; k++) {
            double a = was[k].get(i);
            double b = now[k].get(i);
            if (!before.range(owner).holdsAfter(cell.d(), member(a, masked), member(b, masked))) {
                return false;
            }
        }
        return true;
    }

    /** |v| as a colour range counts it, or NaN when it does not count (not finite, or not a negative of the zeroed mask). */
    private static double member(double v, boolean negativesOnly) {
        double a = Math.abs(v);
        return a == Double.POSITIVE_INFINITY || Double.isNaN(a) || (negativesOnly && !(v < 0)) ? Double.NaN : a;
    }

    /** Whether the element is one the activation changed (zeroed, scaled…): x < 0. */
    public boolean isZeroed(int d, int r, int c) {
        return x.get(d, r, c) < 0;
    }

    /** The line under dx: what the gradient is at x = 0 (for ReLU, the chosen ReLU′(0)). */
    public String gradientNote() {
        return ActivationWords.message(activation, "note", activation.slope(0.0));
    }

    /** The story of the element at {@code cell} ({@link ElementStory}), or "" for none or a cell outside the shape. */
    public String story(CellIndex cell) {
        if (cell == null || !x.shape().contains(cell.d(), cell.r(), cell.c())) {
            return "";
        }
        return ElementStory.describe(
                cell.d(),
                cell.r(),
                cell.c(),
                x.get(cell.d(), cell.r(), cell.c()),
                dout.get(cell.d(), cell.r(), cell.c()),
                activation);
    }

    /** What the grid of {@code panel} draws. */
    public GridData gridData(Panel panel) {
        return switch (panel) {
            case X -> new GridData(x, null, range(panel), captions(false));
            case DOUT -> new GridData(dout, null, range(panel), captions(false));
            case OUT -> new GridData(out, null, range(panel), captions(false));
            case ZEROED -> new GridData(x, i -> x.get(i) < 0, range(panel), captions(true));
            case DX -> new GridData(dx, null, range(panel), captions(false));
            case SLOPE -> new GridData(slope, null, range(panel), captions(false));
        };
    }

    /**
     * The line under the slope grid, from the slope: how many cells have f′(x) = 0, where dx is
     * 0 whatever dout is (none for a member whose slope is never 0).
     */
    public String slopeSummary() {
        long blocked = 0;
        for (int i = 0; i < slope.size(); i++) {
            blocked += slope.get(i) == 0 ? 1 : 0;
        }
        return TEXT.format("summary.slope", blocked, slope.size());
    }

    private List<String> captions(boolean withCounts) {
        int depth = x.shape().depth();
        String verb = withCounts ? ActivationWords.message(activation, "verb") : null;
        List<String> captions = new ArrayList<>(depth);
        for (int d = 0; d < depth; d++) {
            ChannelStats c = stats.perChannel().get(d);
            // Passed as text: formatting a number makes a NumberFormat, and this runs for every slice on every edit.
            String slice = Integer.toString(d);
            captions.add(
                    withCounts
                            ? TEXT.format("caption.changed", slice, Long.toString(c.zeroed()), verb)
                            : TEXT.format("caption.slice", slice));
        }
        return captions;
    }

    /** The line under the changed-cells grid: how many cells x &lt; 0 the activation changed, in total and per channel. */
    public String zeroedSummary() {
        ChannelStats t = stats.total();
        String s = TEXT.format(
                "summary.total",
                t.zeroed(),
                t.cells(),
                ActivationWords.message(activation, "verb"),
                Math.round(100.0 * t.zeroed() / t.cells()));
        if (stats.perChannel().size() > 1) {
            StringBuilder counts = new StringBuilder();
            int shown = Math.min(stats.perChannel().size(), 8);
            for (int d = 0; d < shown; d++) {
                counts.append(d == 0 ? "" : ", ")
                        .append(stats.perChannel().get(d).zeroed());
            }
            if (shown < stats.perChannel().size()) {
                counts.append(", …");
            }
            s = TEXT.format("summary.perChannel", s, counts.toString());
        }
        if (t.alreadyZero() > 0) {
            s = TEXT.format("summary.alreadyZero", s, t.alreadyZero());
        }
        if (t.nan() > 0) {
            s = TEXT.format("summary.nan", s, t.nan());
        }
        return s;
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
        return new ChannelStats(
                s.zeroed() - minus.zeroed() + plus.zeroed(),
                s.passed() - minus.passed() + plus.passed(),
                s.alreadyZero() - minus.alreadyZero() + plus.alreadyZero(),
                s.nan() - minus.nan() + plus.nan());
    }

    /** The counts of one element: which of zeroed, passed, already zero or NaN it is. */
    private static ChannelStats classOf(double v) {
        return new ChannelStats(v < 0 ? 1 : 0, v > 0 ? 1 : 0, v == 0 ? 1 : 0, Double.isNaN(v) ? 1 : 0);
    }

    private static boolean sameBits(double a, double b) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
    }
}
