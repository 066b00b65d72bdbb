package relulab.ui.gradzero;

import javafx.beans.value.ObservableValue;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import relulab.core.Activation;
import relulab.core.GradientAtZero;
import relulab.ui.shared.text.Messages;

/**
 * ReLU and its derivative on [−2, 2]: {@code f(x) = max(0, x)}, whose kink at 0 is its corner,
 * and {@code f′(x)} as two flat pieces, 0 on the left and 1 on the right, each ending in an open
 * circle at x = 0 (not defined there), with the chosen ReLU′(0) as a filled dot. The key shows
 * exactly these marks: the two lines, the open circle and the dot. (A ring on the kink would sit
 * at (0, 0) under the left piece's open circle, so there is none.) Every point is the function's own value
 * ({@code forward} and {@code slope} of the ReLU given), so the dot follows the shared choice.
 *
 * <p>Colours and sizes come from gradzero.css ({@code relu-curve}, {@code derivative},
 * {@code open-end}, {@code chosen}); the key below the chart says what each mark is.
 */
final class KinkPlot extends VBox {

    private static final double RANGE = 2;
    /** Where the derivative's pieces end, just short of 0 on either side. */
    private static final double NEAR_ZERO = Double.MIN_NORMAL;

    private final XYChart.Data<Number, Number> chosen = new XYChart.Data<>(0, 0);
    private final Label chosenKey = new Label();
    private final Messages messages = Messages.of(KinkPlot.class);

    /**
     * @param relu   ReLU with the chosen value at its kink
     * @param choice the chosen value, for the key's words
     */
    KinkPlot(ObservableValue<Activation> relu, ObservableValue<GradientAtZero> choice) {
        super(4);
        getStyleClass().add("kink-plot");
        Activation f = relu.getValue();
        NumberAxis x = new NumberAxis(-RANGE, RANGE, 1);
        x.setLabel(messages.get("plot.x"));
        NumberAxis y = new NumberAxis(-0.5, RANGE, 0.5);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("relu-prime-zero-plot");
        chart.setTitle(messages.get("plot.title"));
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setMinSize(200, 180);
        VBox.setVgrow(chart, Priority.ALWAYS);

        XYChart.Series<Number, Number> curve =
                series(new double[][] {{-RANGE, f.forward(-RANGE)}, {0, f.forward(0)}, {RANGE, f.forward(RANGE)}});
        XYChart.Series<Number, Number> left =
                series(new double[][] {{-RANGE, f.slope(-RANGE)}, {0, f.slope(-NEAR_ZERO)}});
        XYChart.Series<Number, Number> right =
                series(new double[][] {{0, f.slope(NEAR_ZERO)}, {RANGE, f.slope(RANGE)}});
        XYChart.Series<Number, Number> point = new XYChart.Series<>();
        point.getData().add(chosen);
        // Marks are data nodes, set before the series join the chart (which places them then).
        left.getData().get(1).setNode(symbol("open-end"));
        right.getData().get(0).setNode(symbol("open-end"));
        chosen.setNode(symbol("chosen"));
        chart.getData().addAll(curve, left, right, point);
        curve.getNode().getStyleClass().add("relu-curve");
        left.getNode().getStyleClass().add("derivative");
        right.getNode().getStyleClass().add("derivative");
        point.getNode().getStyleClass().add("hidden-line");

        chosenKey.setId("relu-prime-zero-plot-key");
        FlowPane key = new FlowPane(
                16,
                4,
                entry(line("relu-curve"), messages.get("plot.key.curve")),
                entry(line("derivative"), messages.get("plot.key.derivative")),
                entry(mark("open-end"), messages.get("plot.key.open")),
                chosenKey);
        key.getStyleClass().add("plot-key");
        chosenKey.setGraphic(mark("chosen"));
        chosenKey.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(chart, key);

        show(f, choice.getValue());
        relu.addListener((o, was, now) -> show(now, choice.getValue()));
        choice.addListener((o, was, now) -> show(relu.getValue(), now));
    }

    private void show(Activation f, GradientAtZero value) {
        chosen.setYValue(f.slope(0.0));
        chosenKey.setText(messages.format("plot.key.chosen", value.label()));
    }

    private static XYChart.Series<Number, Number> series(double[][] points) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        for (double[] p : points) {
            s.getData().add(new XYChart.Data<>(p[0], p[1]));
        }
        return s;
    }

    /** A mark as a chart symbol: wrapped, since the chart replaces its symbols' style classes. */
    private static StackPane symbol(String style) {
        StackPane holder = new StackPane(mark(style));
        holder.setMouseTransparent(true);
        return holder;
    }

    private static Circle mark(String style) {
        Circle c = new Circle(6);
        c.getStyleClass().addAll("plot-mark", style);
        return c;
    }

    private static Line line(String style) {
        Line l = new Line(0, 0, 26, 0);
        l.getStyleClass().addAll("key-line", style);
        return l;
    }

    private static Label entry(javafx.scene.Node graphic, String text) {
        Label label = new Label(text, graphic);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
