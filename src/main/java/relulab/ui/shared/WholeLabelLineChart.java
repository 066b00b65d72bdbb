package relulab.ui.shared;

import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;
import javafx.scene.layout.Region;

/**
 * A line chart that is never shorter than the label of its vertical axis. The label is drawn
 * turned on its side along the plot, so a chart squeezed by a short window, a long translation or
 * presentation mode's larger type would cut it to "…"; this chart's minimum height holds the
 * label's whole length above the horizontal axis, and the pane around it scrolls instead.
 *
 * @param <X> the type of the horizontal axis's values
 * @param <Y> the type of the vertical axis's values
 */
public final class WholeLabelLineChart<X, Y> extends LineChart<X, Y> {

    /** Room above and below the turned label, so its ends do not touch the plot's corners. */
    private static final double MARGIN = 8;

    private final double floor;

    /**
     * @param x     the horizontal axis
     * @param y     the vertical axis, whose label stays whole
     * @param floor the least height the chart asks for whatever its label, in pixels
     */
    public WholeLabelLineChart(Axis<X> x, Axis<Y> y, double floor) {
        super(x, y);
        this.floor = floor;
    }

    @Override
    protected double computeMinHeight(double width) {
        Node label = getYAxis().lookup(".axis-label");
        if (label == null || !label.isVisible() || getYAxis().getLabel() == null) {
            return floor;
        }
        double plot = label.prefWidth(-1) + 2 * MARGIN;
        double below = getXAxis().prefHeight(-1);
        double content = lookup(".chart-content") instanceof Region region
                ? region.snappedTopInset() + region.snappedBottomInset()
                : 0;
        return Math.max(floor, snappedTopInset() + content + plot + below + snappedBottomInset());
    }
}
