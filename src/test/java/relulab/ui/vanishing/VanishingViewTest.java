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
        stage.setScene(new Scene(new VanishingView(viewModel), 1280, 800));
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
                "8 layers",
                robot.lookup("#vanishing-depth-value").queryAs(Label.class).getText());
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
                robot.lookup("#vanishing-input-scale").queryAs(Slider.class).setValue(2));

        assertEquals(100.0, viewModel.inputScaleProperty().get(), 0.0);
        assertEquals(
                "\u00d7 100",
                robot.lookup("#vanishing-input-scale-value")
                        .queryAs(Label.class)
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
}
