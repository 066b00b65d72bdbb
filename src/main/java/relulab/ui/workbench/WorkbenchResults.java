package relulab.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import relulab.core.ChannelStats;
import relulab.core.GradientAtZero;
import relulab.core.Mask;
import relulab.core.Relu;
import relulab.core.ReluStats;
import relulab.core.Tensor3;
import relulab.ui.grid.ColorRange;
import relulab.ui.grid.ColorScope;
import relulab.ui.grid.GridData;

/**
 * Everything the five grids show for one (x, dout) pair: the forward {@code out = max(0, x)},
 * the backward {@code dx = x > 0 ? dout : 0} (ReLU'(0) as chosen), the mask of zeroed cells
 * {@code x < 0}, their counts per channel, and the colour range shared by all grids.
 * Computed in one go so that the grids never show two different states.
 */
public record WorkbenchResults(Tensor3 x, Tensor3 dout, Tensor3 out, Tensor3 dx, Mask zeroed,
                               ReluStats stats, ColorRange range) {

    /** Runs the layer forward and backward on the pair. */
    public static WorkbenchResults compute(Tensor3 x, Tensor3 dout, GradientAtZero atZero, ColorScope scope) {
        Relu relu = Relu.withGradientAtZero(atZero);
        // out and dx never exceed x and dout in magnitude, so those two set the colour range.
        return new WorkbenchResults(x, dout, relu.forward(x), relu.backward(x, dout), Mask.zeroed(x),
                ReluStats.of(x), ColorRange.of(scope, x, dout));
    }

    /** What the grid of {@code panel} draws. */
    public GridData gridData(Panel panel) {
        return switch (panel) {
            case X -> new GridData(x, null, range, captions(false));
            case DOUT -> new GridData(dout, null, range, captions(false));
            case OUT -> new GridData(out, null, range, captions(false));
            case ZEROED -> new GridData(x, zeroed, range, captions(true));
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
}
