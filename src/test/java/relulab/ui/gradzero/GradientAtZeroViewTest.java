package relulab.ui.gradzero;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.testsupport.LabWindows;
import relulab.ui.shared.GradientAtZeroSwitch;
import relulab.ui.state.DisplaySettings;
import relulab.ui.state.LabState;

class GradientAtZeroViewTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private LabState state;
    private GradientAtZeroSwitch second;

    @BeforeEach
    void start() {
        windows.start(this::start);
    }

    void start(Stage stage) {
        Shape shape = new Shape(1, 1, 3);
        state = new LabState(Tensor3.of(shape, new double[] {0, 1, -1}), Tensor3.of(shape, new double[] {5, 5, 5}));
        second = new GradientAtZeroSwitch(state.gradientAtZeroProperty());
        GradientAtZeroViewModel model = new GradientAtZeroViewModel(state);
        state.snapshotProperty().addListener((o, was, is) -> model.show(is));
        stage.setScene(new Scene(new VBox(new GradientAtZeroView(model, new DisplaySettings()), second), 1280, 800));
        stage.show();
    }

    @Test
    void clickingAValueSetsTheSharedChoiceAndEverySwitchFollows(FxRobot robot) {
        robot.clickOn("#relu-prime-zero-half");

        assertEquals(GradientAtZero.HALF, state.gradientAtZero());
        assertEquals(GradientAtZero.HALF, second.value());
        assertTrue(second.getButtons().get(1).isSelected());
        assertTrue(robot.lookup("#relu-prime-zero-effect")
                .queryAs(Label.class)
                .getText()
                .endsWith("dx is \u00bd \u00d7 dout with ReLU\u2032(0) = \u00bd."));
    }

    @Test
    void thePlotMarksTheChosenValueAtZeroBetweenTheDerivativesTwoPieces(FxRobot robot) {
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> plot = robot.lookup("#relu-prime-zero-plot").queryAs(LineChart.class);
        XYChart.Data<Number, Number> chosen = plot.getData().get(3).getData().get(0);
        assertEquals(0.0, chosen.getYValue().doubleValue());
        assertEquals(List.of(0.0, 0.0), yValues(plot.getData().get(1)), "ReLU' is 0 left of the kink");
        assertEquals(List.of(1.0, 1.0), yValues(plot.getData().get(2)), "and 1 right of it");

        robot.clickOn("#relu-prime-zero-half");

        assertEquals(0.5, chosen.getYValue().doubleValue());
        assertTrue(robot.lookup("#relu-prime-zero-plot-key")
                .queryAs(Label.class)
                .getText()
                .startsWith("ReLU\u2032(0) = \u00bd"));
        assertTrue(chosen.getNode().isVisible());
    }

    private static List<Double> yValues(XYChart.Series<Number, Number> series) {
        return series.getData().stream().map(d -> d.getYValue().doubleValue()).toList();
    }

    @Test
    void clickingTheSelectedValueKeepsIt(FxRobot robot) {
        robot.clickOn("#relu-prime-zero-zero");
        assertEquals(GradientAtZero.ZERO, state.gradientAtZero());
        assertTrue(second.getButtons().get(0).isSelected());
    }

    /** The key under the plot shows exactly the marks the plot draws: no entry without its mark, no mark without its entry. */
    @Test
    void theKeyShowsExactlyTheMarksDrawn(FxRobot robot) {
        Set<String> drawn = marks(robot.lookup("#relu-prime-zero-plot").query());
        Set<String> keyed = marks(robot.lookup(".plot-key").query());

        assertEquals(Set.of("open-end", "chosen"), drawn);
        assertEquals(drawn, keyed);
    }

    /** The kinds of circle mark ({@code plot-mark} and one more style class) under {@code root}. */
    private static Set<String> marks(Node root) {
        Set<String> kinds = new TreeSet<>();
        for (Node n : root.lookupAll(".plot-mark")) {
            if (n.isVisible()) {
                n.getStyleClass().stream().filter(c -> !c.equals("plot-mark")).forEach(kinds::add);
            }
        }
        return kinds;
    }
}
