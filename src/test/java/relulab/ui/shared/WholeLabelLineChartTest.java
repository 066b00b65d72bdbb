package relulab.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A chart in a window far shorter than its vertical axis's label, inside a scroll pane as the
 * lessons put their charts: the chart grows to hold the label whole and the pane scrolls, where a
 * plain line chart is squeezed and its label cut short.
 */
@ExtendWith(ApplicationExtension.class)
class WholeLabelLineChartTest {

    private static final String LONG_LABEL = "the norm of the gradient at this layer, on a log scale, from the top";

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void leave(FxRobot robot) {
        robot.interact(() -> stage.setScene(null));
    }

    @Test
    void theVerticalLabelStaysWholeInAShortWindow(FxRobot robot) {
        LineChart<Number, Number> chart = new WholeLabelLineChart<>(new NumberAxis(), new NumberAxis(), 120);
        show(chart, robot);
        assertEquals(LONG_LABEL, displayed(chart), "the label as drawn");
        assertTrue(chart.getHeight() > 200, "the chart grew past the 200 px window: " + chart.getHeight());
    }

    @Test
    void aPlainLineChartIsWhatItMends(FxRobot robot) {
        LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis());
        chart.setMinHeight(120);
        show(chart, robot);
        assertTrue(
                displayed(chart).length() < LONG_LABEL.length(), "a plain chart cuts the label: " + displayed(chart));
    }

    @Test
    void aShortLabelKeepsTheFloor(FxRobot robot) {
        LineChart<Number, Number> chart = new WholeLabelLineChart<>(new NumberAxis(), new NumberAxis(), 150);
        chart.getYAxis().setLabel("%");
        robot.interact(() -> {
            stage.setScene(new Scene(new VBox(chart), 400, 100));
            stage.show();
        });
        robot.interact(() -> assertEquals(150, chart.minHeight(400), 0.0));
    }

    private void show(LineChart<Number, Number> chart, FxRobot robot) {
        chart.getYAxis().setLabel(LONG_LABEL);
        chart.setAnimated(false);
        VBox box = new VBox(chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        ScrollPane scroller = new ScrollPane(box);
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        robot.interact(() -> {
            stage.setScene(new Scene(scroller, 500, 200));
            stage.show();
        });
        robot.interact(() -> scroller.layout());
    }

    /** The vertical axis's label as its skin draws it. */
    private static String displayed(LineChart<Number, Number> chart) {
        Label label = (Label) chart.getYAxis().lookup(".axis-label");
        return ((Text) label.lookup(".text")).getText();
    }
}
