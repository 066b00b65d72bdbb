package relulab.ui.vanishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import relulab.testsupport.LabWindows;
import relulab.train.vanishing.InitChoice;
import relulab.ui.state.DisplaySettings;

class VanishingViewTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private VanishingViewModel viewModel;

    @BeforeEach
    void start() {
        windows.start(this::start);
    }

    void start(Stage stage) {
        viewModel = new VanishingViewModel(Runnable::run, Runnable::run);
        stage.setScene(new Scene(new VanishingView(viewModel, new DisplaySettings()), 1280, 800));
        stage.show();
    }

    @Test
    void chartShowsThreeActivationsOnePointPerLayer(FxRobot robot) {
        LineChart<?, ?> chart = robot.lookup("#vanishing-chart").queryAs(LineChart.class);
        assertEquals(3, chart.getData().size());
        assertEquals("ReLU (He)", chart.getData().get(2).getName(), "each line names its initialisation");
        assertEquals(
                VanishingViewModel.DEFAULT_DEPTH,
                chart.getData().get(2).getData().size());

        robot.interact(
                () -> robot.lookup("#vanishing-depth").queryAs(Slider.class).setValue(8));

        assertEquals(8, viewModel.depthProperty().get());
        assertEquals(8, chart.getData().get(0).getData().size());
        assertEquals(
                "8",
                robot.lookup("#vanishing-depth-field").queryAs(TextField.class).getText());
    }

    @Test
    void initButtonsAndReseedChangeTheExperiment(FxRobot robot) {
        robot.clickOn("#vanishing-init-xavier");
        assertEquals(InitChoice.XAVIER, viewModel.initProperty().get());

        String seedBefore =
                robot.lookup("#vanishing-seed").queryAs(TextField.class).getText();
        robot.clickOn("#vanishing-reseed");
        assertNotEquals(
                seedBefore,
                robot.lookup("#vanishing-seed").queryAs(TextField.class).getText());
    }

    @Test
    void aSeedThatIsNotANumberIsRefusedAndTheOldOneKept(FxRobot robot) {
        long before = viewModel.seedProperty().get();
        robot.doubleClickOn("#vanishing-seed").write("abc").type(KeyCode.ENTER);

        assertEquals(before, viewModel.seedProperty().get());
        String error =
                robot.lookup("#vanishing-seed-error").queryAs(Label.class).getText();
        assertTrue(error.startsWith("Seed: 'abc' is not a whole number"), error);
    }

    @Test
    void theInputScaleSaturatesTanhInTheSaturationChartAndTheHistogram(FxRobot robot) {
        LineChart<?, ?> saturation = robot.lookup("#vanishing-saturation").queryAs(LineChart.class);
        BarChart<?, ?> histogram = robot.lookup("#vanishing-histogram").queryAs(BarChart.class);
        assertEquals(3, saturation.getData().size());
        assertEquals(3, histogram.getData().size());
        assertEquals(10, histogram.getData().get(1).getData().size(), "ten bins of 0.1");

        robot.interact(() ->
                robot.lookup("#vanishing-input-scale").queryAs(Slider.class).setValue(ScaleSteps.lastPosition()));

        assertEquals(100.0, viewModel.inputScaleProperty().get(), 0.0);
        assertEquals(
                "100",
                robot.lookup("#vanishing-input-scale-field")
                        .queryAs(TextField.class)
                        .getText());
        double tanhSaturatedAtLayer1 =
                ((Number) saturation.getData().get(1).getData().get(0).getYValue()).doubleValue();
        assertTrue(tanhSaturatedAtLayer1 > 90, "tanh layer 1: " + tanhSaturatedAtLayer1 + "%");
        double tanhFirstBin =
                ((Number) histogram.getData().get(1).getData().get(0).getYValue()).doubleValue();
        assertEquals(tanhSaturatedAtLayer1, tanhFirstBin, 1e-9, "the first bin is the saturated share");
    }

    @Test
    void theHistogramLayerSpinnerPicksTheLayer(FxRobot robot) {
        robot.interact(() -> robot.lookup("#vanishing-histogram-layer")
                .queryAs(Spinner.class)
                .increment(2));
        assertEquals(3, viewModel.histogramLayerProperty().get());
        assertTrue(
                robot.lookup("#vanishing-init-recommended")
                        .queryAs(ToggleButton.class)
                        .isSelected(),
                "each activation its own initialisation by default");
    }

    @Test
    void clickingALegendEntryShowsOrHidesItsMemberInEveryChart(FxRobot robot) {
        LineChart<?, ?> chart = robot.lookup("#vanishing-chart").queryAs(LineChart.class);
        BarChart<?, ?> histogram = robot.lookup("#vanishing-histogram").queryAs(BarChart.class);
        ToggleButton gelu = robot.lookup("#vanishing-legend-gelu").queryAs(ToggleButton.class);
        assertEquals("GELU (He)", gelu.getText(), "the entry names the member's initialisation");
        assertTrue(!gelu.isSelected(), "the family waits behind the chapter's three");

        robot.clickOn("#vanishing-legend-gelu");

        assertEquals(4, chart.getData().size());
        assertEquals(4, histogram.getData().size());
        assertEquals("GELU (He)", chart.getData().get(3).getName());
        assertTrue(chart.getData().get(3).getNode().getStyleClass().contains("member-5"), "GELU's own colour");

        robot.clickOn("#vanishing-legend-sigmoid");

        assertEquals(3, chart.getData().size());
        assertEquals("tanh (Xavier)", chart.getData().get(0).getName());
        assertTrue(chart.getData().get(0).getNode().getStyleClass().contains("member-1"), "tanh keeps its colour");
    }

    @Test
    void arrowKeysMoveTheDepthOneLayerAndTheInputScaleToTheNextRoundScale(FxRobot robot) {
        robot.clickOn("#vanishing-depth").type(KeyCode.HOME).type(KeyCode.RIGHT);
        assertEquals(2, viewModel.depthProperty().get());
        robot.type(KeyCode.RIGHT);
        assertEquals(3, viewModel.depthProperty().get());

        // the focus as Tab gives it (a click at the slider's centre may land on its tick labels)
        robot.interact(() -> robot.lookup("#vanishing-input-scale").query().requestFocus());
        robot.type(KeyCode.HOME);
        assertEquals(1.0, viewModel.inputScaleProperty().get(), 0.0);
        double[] expected = {2, 5, 10, 20, 30, 50, 100};
        for (double k : expected) {
            robot.type(KeyCode.RIGHT);
            assertEquals(k, viewModel.inputScaleProperty().get(), 0.0);
        }
    }

    @Test
    void theTypedFieldsTakeADepthAndAScaleTheSlidersOfferAndRefuseOthers(FxRobot robot) {
        robot.doubleClickOn("#vanishing-depth-field").write("37").type(KeyCode.ENTER);
        assertEquals(37, viewModel.depthProperty().get());
        assertEquals(37, robot.lookup("#vanishing-depth").queryAs(Slider.class).getValue(), 0.0);

        robot.doubleClickOn("#vanishing-input-scale-field").write("28.8").type(KeyCode.ENTER);
        assertEquals(28.8, viewModel.inputScaleProperty().get(), 0.0);

        robot.doubleClickOn("#vanishing-depth-field").write("51").type(KeyCode.ENTER);
        assertEquals(37, viewModel.depthProperty().get());
        assertEquals(
                "Depth: '51' is not a whole number from 1 to 50; the depth stays 37.",
                robot.lookup("#vanishing-seed-error").queryAs(Label.class).getText());
    }
}
