package relulab.ui.dying;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import relulab.testsupport.LabWindows;

/** Each layer's curve keeps its layer's colour, and the marker its dashes, whatever else the chart shows. */
class LayerChartTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private LayerChart chart;

    @BeforeEach
    void start() {
        windows.start(this::start);
    }

    void start(Stage stage) {
        chart = new LayerChart(
                "Dead at the end vs learning rate", new NumberAxis(-3, 1, 1), "% of units", "current rate");
        stage.setScene(new Scene(chart, 800, 500));
        stage.show();
    }

    @Test
    void theDivergenceMarksLeaveTheCurvesInTheirLayersColours(FxRobot robot) {
        robot.interact(() -> {
            chart.show(
                    List.of(new double[][] {{-3, 0}, {1, 40}}, new double[][] {{-3, 5}, {1, 100}}),
                    List.of("layer 1 dead", "layer 2 dead"),
                    -1);
            chart.showMarks(List.of(0.5), "\u2715");
        });
        assertStyled(0, "layer-1");
        assertStyled(1, "layer-2");
        Node marks = chart.chart().getData().get(2).getNode();
        assertTrue(
                marks.getStyleClass().contains("chart-marks"),
                marks.getStyleClass().toString());
        Node mark = chart.chart().getData().get(2).getData().get(0).getNode();
        assertTrue(
                mark.getStyleClass().contains("chart-mark"),
                mark.getStyleClass().toString());
        Node marker = chart.chart().getData().get(3).getNode();
        assertTrue(
                marker.getStyleClass().contains("marker"),
                marker.getStyleClass().toString());
        assertFalse(marker.getStyleClass().contains("layer-1"));
    }

    @Test
    void aMarkStandsOnTheAxisNotAcrossIt(FxRobot robot) {
        robot.interact(() -> {
            chart.show(List.<double[][]>of(new double[][] {{-3, 0}, {1, 40}}), List.of("layer 1 dead"), -1);
            chart.showMarks(List.of(0.5), "\u2715");
        });
        robot.interact(() -> chart.layout());
        Node mark = chart.chart().getData().get(1).getData().get(0).getNode();
        double axis = ((NumberAxis) chart.chart().getYAxis()).getDisplayPosition(0);
        double bottom = mark.getBoundsInParent().getMaxY();
        assertTrue(bottom <= axis + 0.5 && bottom > axis - 3, "mark bottom " + bottom + ", axis at " + axis);
    }

    private void assertStyled(int series, String style) {
        Node line = chart.chart().getData().get(series).getNode();
        assertTrue(line.getStyleClass().contains(style), series + ": " + line.getStyleClass());
    }
}
