package relulab.ui.dying;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.text.TextAlignment;
import relulab.ui.shared.WholeLabelLineChart;

/**
 * A line chart of one curve per hidden layer plus a dashed vertical marker, with its own key
 * underneath. The key is built here rather than by the chart, so each layer has the same
 * colour in every chart and the marker is explained in words. Colours and strokes come from
 * dying.css: layer l's curve and key line have the style class {@code layer-K} (K = l mod 4 + 1),
 * the marker {@code marker}.
 */
final class LayerChart extends VBox {

    /** Layer styles: as many colours as dying.css defines (Okabe–Ito, readable by colour-blind viewers). */
    private static final int STYLES = 4;

    private static final String MARKER = "marker";
    /** The series of the marks ({@link #showMarks}): labels at points, no line. */
    private static final String MARKS = "chart-marks";
    /** One mark of that series. */
    private static final String MARK = "chart-mark";

    /** The least height of the plot with its axes, whatever the labels, in pixels. */
    private static final double FLOOR = 60;

    private final NumberAxis x;
    private final NumberAxis y;
    private final LineChart<Number, Number> chart;
    private final Label title = new Label();
    private final FlowPane key = new FlowPane(14, 4);
    private final String markerText;

    /** How many of the chart's series are layer curves (the first ones). */
    private int curveCount;

    LayerChart(String title, NumberAxis x, String yLabel, String markerText) {
        super(2);
        this.x = x;
        this.markerText = markerText;
        y = new NumberAxis(0, 100, 20);
        y.setLabel(yLabel);
        chart = new WholeLabelLineChart<>(x, y, FLOOR);
        // The title is a label above the chart, not the chart's own: it wraps in a long
        // translation, and the chart's minimum height is then all plot and axes.
        setTitle(title);
        this.title.getStyleClass().add("chart-title");
        this.title.setWrapText(true);
        this.title.setMinHeight(Label.USE_PREF_SIZE);
        this.title.setMaxWidth(Double.MAX_VALUE);
        this.title.setAlignment(Pos.CENTER);
        this.title.setTextAlignment(TextAlignment.CENTER);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        // A solid line at x = 0 would read as a marker (lr = 1 on the log axis).
        chart.setVerticalZeroLineVisible(false);
        chart.getStyleClass().add("layer-chart");
        key.getStyleClass().add("chart-key");
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(this.title, chart, key);
    }

    /** Puts {@code text} above the chart. */
    void setTitle(String text) {
        title.setText(text);
    }

    NumberAxis xAxis() {
        return x;
    }

    LineChart<Number, Number> chart() {
        return chart;
    }

    /**
     * Replaces the curves: {@code curves[l]} holds (x, y%) pairs of layer l, {@code names[l]} its
     * entry in the key; the marker is at markerX.
     */
    void show(List<double[][]> curves, List<String> names, double markerX) {
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        for (double[][] curve : curves) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            for (double[] p : curve) {
                s.getData().add(new XYChart.Data<>(p[0], p[1]));
            }
            all.add(s);
        }
        XYChart.Series<Number, Number> marker = new XYChart.Series<>();
        marker.getData().add(new XYChart.Data<>(markerX, 0));
        marker.getData().add(new XYChart.Data<>(markerX, 100));
        all.add(marker);
        chart.getData().setAll(all);
        curveCount = curves.size();
        restyle();
        updateKey(names);
    }

    /**
     * Gives every series its style class: each layer's curve its layer's colour, the marks'
     * series a hidden line, the last series (the marker) its dashes. Done again after every
     * change of series, because the chart resets the style classes of all of them to its
     * default colours whenever one is added.
     */
    private void restyle() {
        List<XYChart.Series<Number, Number>> data = chart.getData();
        for (int i = 0; i < data.size(); i++) {
            String style = i < curveCount ? styleOf(i) : i == data.size() - 1 ? MARKER : MARKS;
            addStyle(data.get(i).getNode(), style);
            if (style.equals(MARKS)) {
                for (XYChart.Data<Number, Number> point : data.get(i).getData()) {
                    addStyle(point.getNode(), MARK); // the chart resets its points' classes too
                }
            }
        }
    }

    private static void addStyle(Node node, String style) {
        if (!node.getStyleClass().contains(style)) {
            node.getStyleClass().add(style);
        }
    }

    /** Moves only the marker, keeping the curves. */
    void moveMarker(double markerX) {
        if (chart.getData().isEmpty()) {
            return;
        }
        XYChart.Series<Number, Number> marker =
                chart.getData().get(chart.getData().size() - 1);
        marker.getData().get(0).setXValue(markerX);
        marker.getData().get(1).setXValue(markerX);
    }

    /**
     * Puts {@code text} (a mark such as ✕) at each x of {@code xs}, just above the x axis: a series
     * without a line whose points are labels. Call after {@link #show}, which removes them.
     */
    void showMarks(List<Double> xs, String text) {
        if (xs.isEmpty()) {
            return;
        }
        XYChart.Series<Number, Number> marks = new XYChart.Series<>();
        for (double x : xs) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(x, 0);
            Label mark = new Label(text);
            // The chart centres a point's node on it: lifted by half its height, the mark stands
            // on the x axis at any font size.
            mark.translateYProperty().bind(mark.heightProperty().divide(-2));
            d.setNode(mark);
            marks.getData().add(d);
        }
        chart.getData().add(chart.getData().size() - 1, marks);
        restyle();
    }

    static String styleOf(int layer) {
        return "layer-" + (layer % STYLES + 1);
    }

    private void updateKey(List<String> names) {
        key.getChildren().clear();
        for (int l = 0; l < names.size(); l++) {
            key.getChildren().add(entry(styleOf(l), names.get(l)));
        }
        key.getChildren().add(entry(MARKER, markerText));
    }

    private static Label entry(String style, String text) {
        Line line = new Line(0, 0, 26, 0);
        line.getStyleClass().addAll("key-line", style);
        Label label = new Label(text, line);
        label.getStyleClass().add("legend-entry");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
