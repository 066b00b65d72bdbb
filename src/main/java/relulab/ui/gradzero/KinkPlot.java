package relulab.ui.gradzero;

import javafx.beans.property.ObjectProperty;
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
import relulab.core.GradientAtZero;

/**
 * ReLU and its derivative on [−2, 2]: {@code f(x) = max(0, x)} with its kink at 0 ringed, and
 * {@code f′(x)} as two flat pieces, 0 on the left and 1 on the right, open at x = 0, with the
 * chosen ReLU′(0) as a filled dot between them. The dot follows the shared choice.
 *
 * <p>Colours and sizes come from gradzero.css ({@code relu-curve}, {@code derivative},
 * {@code kink}, {@code chosen}); the key below the chart says what each mark is.
 */
final class KinkPlot extends VBox {

    private static final double RANGE = 2;

    private final XYChart.Data<Number, Number> chosen = new XYChart.Data<>(0, 0);
    private final Label chosenKey = new Label();

    KinkPlot(ObjectProperty<GradientAtZero> choice) {
        super(4);
        getStyleClass().add("kink-plot");
        NumberAxis x = new NumberAxis(-RANGE, RANGE, 1);
        x.setLabel("x");
        NumberAxis y = new NumberAxis(-0.5, RANGE, 0.5);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("relu-prime-zero-plot");
        chart.setTitle("ReLU and its derivative");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setMinSize(200, 180);
        VBox.setVgrow(chart, Priority.ALWAYS);

        XYChart.Series<Number, Number> relu = series(new double[][] {{-RANGE, 0}, {0, 0}, {RANGE, RANGE}});
        XYChart.Series<Number, Number> left = series(new double[][] {{-RANGE, 0}, {0, 0}});
        XYChart.Series<Number, Number> right = series(new double[][] {{0, 1}, {RANGE, 1}});
        XYChart.Series<Number, Number> point = new XYChart.Series<>();
        point.getData().add(chosen);
        // Marks are data nodes, set before the series join the chart (which places them then).
        relu.getData().get(1).setNode(symbol("kink"));
        left.getData().get(1).setNode(symbol("open-end"));
        right.getData().get(0).setNode(symbol("open-end"));
        chosen.setNode(symbol("chosen"));
        chart.getData().addAll(relu, left, right, point);
        relu.getNode().getStyleClass().add("relu-curve");
        left.getNode().getStyleClass().add("derivative");
        right.getNode().getStyleClass().add("derivative");
        point.getNode().getStyleClass().add("hidden-line");

        chosenKey.setId("relu-prime-zero-plot-key");
        FlowPane key = new FlowPane(16, 4, entry(line("relu-curve"), "ReLU(x) = max(0, x)"),
                entry(line("derivative"), "ReLU\u2032(x): 0 left of 0, 1 right of 0"),
                entry(mark("kink"), "the kink at x = 0"), chosenKey);
        key.getStyleClass().add("plot-key");
        chosenKey.setGraphic(mark("chosen"));
        chosenKey.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(chart, key);

        show(choice.get());
        choice.addListener((o, was, now) -> show(now));
    }

    private void show(GradientAtZero value) {
        chosen.setYValue(value.slope());
        chosenKey.setText("ReLU\u2032(0) = " + value.label() + ", the value chosen here");
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
