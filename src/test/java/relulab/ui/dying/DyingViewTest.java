package relulab.ui.dying;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.testsupport.LabWindows;
import relulab.train.TrainingRun;
import relulab.train.UnitDeath;
import relulab.train.UnitState;
import relulab.ui.state.DisplaySettings;
import relulab.ui.task.Background;

class DyingViewTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    /** Generous: the build machine trains many things at once. */
    private static final long WAIT_SECONDS = 60;

    private DyingView view;
    private Background background;

    @BeforeEach
    void start() {
        windows.start(this::start);
    }

    void start(Stage stage) {
        background = new Background(Platform::runLater);
        view = new DyingView(DyingViewModel.on(background), new DisplaySettings());
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
        view.start();
    }

    @AfterEach
    void stopTraining() {
        background.close();
    }

    @Test
    void predictingHidesTheResultsUntilCompareThenSetsTheGuessBesideTheDeadShare(FxRobot robot)
            throws TimeoutException {
        robot.clickOn("#dying-predict");
        assertFalse(view.getCenter().isVisible(), "the units and charts wait for the guess");
        robot.clickOn("#dying-compare");
        assertTrue(view.getCenter().isVisible());
        Label verdict = robot.lookup("#dying-verdict").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(
                WAIT_SECONDS, TimeUnit.SECONDS, () -> verdict.getText().startsWith("You guessed 50 % dead"));
        assertTrue(verdict.getText().contains("the network ended with"), verdict.getText());
    }

    @Test
    void movingTheSliderToAHighRateShowsMoreDeadUnitsThanALowRate(FxRobot robot) throws TimeoutException {
        Slider rate = robot.lookup("#dying-rate").queryAs(Slider.class);
        robot.clickOn(rate);
        robot.type(KeyCode.HOME);
        waitForRun(0.001);
        int lowDead = deadShownInGrid();
        String lowText = robot.lookup("#dying-step-text").queryAs(Label.class).getText();

        robot.type(KeyCode.END);
        waitForRun(10);
        int highDead = deadShownInGrid();
        String highText = robot.lookup("#dying-step-text").queryAs(Label.class).getText();

        assertTrue(highDead > lowDead + 32, "dead units: " + lowDead + " at lr 0.001, " + highDead + " at lr 10");
        assertTrue(lowText.contains("layer 1: 0 of 64 dead"), lowText);
        assertTrue(highText.contains("layer 2: 64 of 64 dead"), highText);
        assertEquals(
                "lr = 10",
                robot.lookup("#dying-rate-value").queryAs(Label.class).getText());
    }

    @Test
    void aBadSeedShowsAMessageAndKeepsTheSeed(FxRobot robot) {
        // Select the old text first: where a click leaves the caret depends on the font.
        TextField seed = robot.lookup("#dying-seed").queryAs(TextField.class);
        robot.clickOn(seed);
        robot.interact(seed::selectAll);
        robot.write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#dying-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertTrue(message.getText().contains("'abc'"), message.getText());
        assertEquals(1, view.viewModel().seedProperty().get());
    }

    @Test
    void theDataViewShowsTheRegionsAtTheShownStepAndTheTooltipTellsWhenAUnitDied(FxRobot robot)
            throws TimeoutException {
        robot.interact(() -> view.viewModel().setLearningRateText("5"));
        waitForRun(5);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> {
            StepSnapshot s = view.viewModel().snapshotProperty().get();
            return s != null && s.step() == view.viewModel().runProperty().get().stepsRun();
        });
        WaitForAsyncUtils.waitForFxEvents();
        String title = robot.lookup("#dying-data-title").queryAs(Label.class).getText();
        assertTrue(
                title.startsWith("Step " + view.viewModel().runProperty().get().stepsRun() + ": accuracy "), title);
        assertTrue(robot.lookup("#dying-data").query().getBoundsInParent().getWidth() > 100);

        TrainingRun run = view.viewModel().runProperty().get();
        int deadUnit = run.silentUnits(run.stepsRun(), 0).nextSetBit(0);
        assertTrue(deadUnit >= 0, "lr 5 kills layer-1 units");
        int since = firstStepSilentToTheEnd(run, deadUnit);
        assertEquals(since, run.silentSince(0, deadUnit).getAsInt());
        String tooltip = view.viewModel().describeUnit(0, deadUnit);
        assertTrue(tooltip.contains("Dead from step " + since + " to the end"), tooltip);
        assertTrue(tooltip.endsWith(": never positive."), tooltip);
    }

    @Test
    void theRateFieldTakesATypedRateAndThePlayButtonRunsThroughTheSteps(FxRobot robot) throws TimeoutException {
        TextField field = robot.lookup("#dying-rate-field").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write("3").type(KeyCode.ENTER);
        waitForRun(3);
        assertEquals(
                "lr = 3", robot.lookup("#dying-rate-value").queryAs(Label.class).getText());

        robot.interact(
                () -> robot.lookup("#dying-scrubber").queryAs(Slider.class).setValue(0));
        assertEquals(0, view.viewModel().stepProperty().get());
        robot.clickOn("#dying-play");
        WaitForAsyncUtils.waitFor(
                WAIT_SECONDS,
                TimeUnit.SECONDS,
                () -> view.viewModel().stepProperty().get()
                        == view.viewModel().runProperty().get().stepsRun());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "\u25b6 Play",
                robot.lookup("#dying-play")
                        .queryAs(javafx.scene.control.Button.class)
                        .getText());
    }

    @Test
    void inAShortWindowTheStepChartKeepsItsHeightAndThePlayBarStaysInView(FxRobot robot) {
        robot.interact(() -> view.getScene().getWindow().setHeight(520));
        WaitForAsyncUtils.waitForFxEvents();
        Region chart = robot.lookup(".step-chart").queryAs(Region.class);
        double em = Font.getDefault().getSize();
        // the step chart's minimum height in dying.css, 8.5em of the tab's own font (1.08em)
        assertTrue(
                chart.getHeight() >= 8.5 * 1.08 * em - 0.5,
                "chart " + chart.getHeight() + " px, 8.5em = " + 8.5 * 1.08 * em);
        Node button = robot.lookup("#dying-play").query();
        Bounds play = button.localToScene(button.getLayoutBounds());
        assertTrue(play.getMaxY() <= view.getScene().getHeight(), "Play ends at " + play.getMaxY());
    }

    @Test
    void clickingADeadUnitOpensItsAutopsyAndNextDeathWalksOn(FxRobot robot) throws TimeoutException {
        TextField field = robot.lookup("#dying-rate-field").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write("2").type(KeyCode.ENTER);
        waitForRun(2);
        TrainingRun run = view.viewModel().runProperty().get();
        UnitDeath death =
                run.deaths().stream().filter(d -> d.layer() == 0).findFirst().orElseThrow();
        UnitGrid grid = view.grid();
        Point2D cell = null;
        for (double y = 0; y < grid.getHeight() && cell == null; y += 3) {
            for (double x = 0; x < grid.getWidth() && cell == null; x += 3) {
                int[] unit = grid.unitAt(x, y);
                if (unit != null && unit[0] == 0 && unit[1] == death.unit()) {
                    cell = grid.localToScreen(x + 2, y + 2);
                }
            }
        }
        robot.clickOn(cell);
        WaitForAsyncUtils.waitFor(
                WAIT_SECONDS,
                TimeUnit.SECONDS,
                () -> view.viewModel().autopsy().shownProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        String head = robot.lookup("#dying-autopsy-head").queryAs(Label.class).getText();
        assertTrue(
                head.startsWith("Layer 1, unit " + (death.unit() + 1) + " died for good at step " + death.diedAtStep()),
                head);
        assertTrue(robot.lookup("#dying-autopsy").query().isVisible(), "the autopsy tab is shown");
        robot.clickOn("#dying-autopsy-next");
        UnitDeath next = run.deaths().get(run.deaths().indexOf(death) + 1);
        WaitForAsyncUtils.waitFor(
                WAIT_SECONDS,
                TimeUnit.SECONDS,
                () -> next.equals(view.viewModel()
                        .autopsy()
                        .shownProperty()
                        .get()
                        .autopsy()
                        .death()));
        // the rate field commits its text when the click on the grid takes its focus: let that run end here
        WaitForAsyncUtils.waitFor(
                WAIT_SECONDS,
                TimeUnit.SECONDS,
                () -> !view.viewModel().trainingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int firstStepSilentToTheEnd(TrainingRun run, int unit) {
        int k = run.stepsRun();
        while (k > 0 && run.silentUnits(k - 1, 0).get(unit)) {
            k--;
        }
        return k;
    }

    private void waitForRun(double lr) throws TimeoutException {
        BooleanSupplier arrived = () -> {
            TrainingRun run = view.viewModel().runProperty().get();
            return run != null && Math.abs(run.config().learningRate() - lr) < 1e-9 * lr;
        };
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, arrived::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Counts the cells the grid draws as dead, over both layers. */
    private int deadShownInGrid() {
        int dead = 0;
        for (int l = 0; l < 2; l++) {
            for (int u = 0; u < 64; u++) {
                dead += view.grid().stateShown(l, u) == UnitState.DEAD ? 1 : 0;
            }
        }
        return dead;
    }
}
