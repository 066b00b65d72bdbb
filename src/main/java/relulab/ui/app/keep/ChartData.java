package relulab.ui.app.keep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import relulab.io.NumberText;
import relulab.io.OutputSet;

/**
 * The numbers behind the charts of a view, as CSV: one row per point,
 * {@code chart,series,x,y}, numbers written exactly ({@link NumberText#forFile}), text quoted
 * as CSV does. The rows are taken on the FX thread and written on any thread.
 */
final class ChartData {

    private ChartData() {}

    /** Every XY chart inside {@code view} (the view itself included), in the order they appear. */
    static List<XYChart<?, ?>> chartsIn(Node view) {
        List<XYChart<?, ?>> charts = new ArrayList<>();
        for (Node n : view.lookupAll(".chart")) {
            if (n instanceof XYChart<?, ?> c) {
                charts.add(c);
            }
        }
        return charts;
    }

    /** The CSV text of the charts' points, with a header line. On the FX thread. */
    static String csv(List<XYChart<?, ?>> charts) {
        StringBuilder out = new StringBuilder("chart,series,x,y\n");
        int number = 0;
        for (XYChart<?, ?> chart : charts) {
            number++;
            String title =
                    chart.getTitle() == null || chart.getTitle().isBlank() ? "chart " + number : chart.getTitle();
            for (XYChart.Series<?, ?> series : chart.getData()) {
                for (XYChart.Data<?, ?> point : series.getData()) {
                    out.append(field(title))
                            .append(',')
                            .append(field(series.getName()))
                            .append(',')
                            .append(field(point.getXValue()))
                            .append(',')
                            .append(field(point.getYValue()))
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    /** Writes the text to {@code file}, atomically. */
    static void write(Path file, String csv) throws IOException {
        OutputSet.writeString(file, csv);
    }

    private static String field(Object value) {
        if (value instanceof Number n) {
            return NumberText.forFile(n.doubleValue());
        }
        String text = value == null ? "" : value.toString();
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }
}
