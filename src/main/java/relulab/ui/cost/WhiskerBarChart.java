package relulab.ui.cost;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Line;

/**
 * A horizontal bar chart whose bars carry a whisker: a line across the bar's middle from the
 * value of the slowest round to that of the fastest, with short caps, so that a reader sees how
 * far the rounds disagreed. Each datum's extra value is its {@code double[] {low, high}}.
 */
final class WhiskerBarChart extends BarChart<Number, String> {

    private final NumberAxis valueAxis;
    private final IdentityHashMap<XYChart.Data<Number, String>, Line[]> whiskers = new IdentityHashMap<>();

    WhiskerBarChart(NumberAxis valueAxis, CategoryAxis categoryAxis) {
        super(valueAxis, categoryAxis);
        this.valueAxis = valueAxis;
    }

    @Override
    protected void seriesAdded(Series<Number, String> series, int seriesIndex) {
        super.seriesAdded(series, seriesIndex);
        series.getData().forEach(this::addWhisker);
    }

    @Override
    protected void dataItemAdded(Series<Number, String> series, int itemIndex, Data<Number, String> item) {
        super.dataItemAdded(series, itemIndex, item);
        addWhisker(item);
    }

    private void addWhisker(Data<Number, String> item) {
        Line[] lines = {new Line(), new Line(), new Line()};
        for (Line line : lines) {
            line.getStyleClass().add("whisker");
            line.setManaged(false);
        }
        whiskers.put(item, lines);
        getPlotChildren().addAll(lines);
    }

    @Override
    protected void dataItemRemoved(Data<Number, String> item, Series<Number, String> series) {
        Line[] lines = whiskers.remove(item);
        if (lines != null) {
            getPlotChildren().removeAll(lines);
        }
        super.dataItemRemoved(item, series);
    }

    @Override
    protected void seriesRemoved(Series<Number, String> series) {
        for (Data<Number, String> item : series.getData()) {
            Line[] lines = whiskers.remove(item);
            if (lines != null) {
                getPlotChildren().removeAll(lines);
            }
        }
        super.seriesRemoved(series);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        for (Map.Entry<Data<Number, String>, Line[]> e : whiskers.entrySet()) {
            Data<Number, String> item = e.getKey();
            if (!(item.getExtraValue() instanceof double[] range) || item.getNode() == null) {
                continue;
            }
            var bar = item.getNode().getBoundsInParent();
            double y = bar.getMinY() + bar.getHeight() / 2;
            double cap = Math.min(8, bar.getHeight() / 3);
            double x0 = valueAxis.getDisplayPosition(range[0]);
            double x1 = valueAxis.getDisplayPosition(range[1]);
            Line[] l = e.getValue();
            l[0].setStartX(x0);
            l[0].setEndX(x1);
            l[0].setStartY(y);
            l[0].setEndY(y);
            l[1].setStartX(x0);
            l[1].setEndX(x0);
            l[1].setStartY(y - cap);
            l[1].setEndY(y + cap);
            l[2].setStartX(x1);
            l[2].setEndX(x1);
            l[2].setStartY(y - cap);
            l[2].setEndY(y + cap);
            for (Line line : l) {
                line.toFront();
            }
        }
    }
}
