package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import relulab.testsupport.LabWindows;
import relulab.testsupport.LessonViews;
import relulab.ui.app.FaultReporter;
import relulab.ui.app.MainWindow;

/** The workbench's editable spinners refuse bad text with a message and show the last good value. */
class WorkbenchSpinnerTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private WorkbenchViewModel model;

    @BeforeEach
    void start() {
        MainWindow window = windows.openMain();
        model = LabWindows.onFx(() -> LessonViews.workbench(window).viewModel());
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> spinner(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Spinner.class);
    }

    private static void typeInto(FxRobot robot, Spinner<Integer> spinner, String text) {
        robot.interact(() -> spinner.getEditor().setText(text));
        robot.clickOn(spinner.getEditor()).type(KeyCode.END).type(KeyCode.ENTER);
    }

    @Test
    void bracketsTypedIntoTheDepthSpinnerAreRefusedAndTheShapeStays(FxRobot robot) {
        Spinner<Integer> depth = spinner(robot, "#shape-depth");
        int before = depth.getValue();

        typeInto(robot, depth, "41[[1,2],[3,4]]");

        assertEquals(before, depth.getValue());
        assertEquals(Integer.toString(before), depth.getEditor().getText(), "the last good value is shown again");
        assertEquals(before, model.shape().depth());
        assertEquals(
                "Depth: '41[[1,2],[3,4]]' is not a number; it stays " + before + ".",
                robot.lookup("#status-line").queryAs(Label.class).getText());
        assertEquals(
                0,
                ((FaultReporter) Thread.getDefaultUncaughtExceptionHandler())
                        .faults()
                        .size());
    }

    @Test
    void aSeedBeyondItsRangeIsRefusedAndAGoodOneIsTaken(FxRobot robot) {
        Spinner<Integer> seed = spinner(robot, "#seed");

        typeInto(robot, seed, "99999999999");
        assertTrue(robot.lookup("#status-line")
                .queryAs(Label.class)
                .getText()
                .startsWith("Seed: '99999999999' is not from 0 to 2147483647"));

        typeInto(robot, seed, "\u00A042 ");
        assertEquals(42, seed.getValue());
        assertEquals(42, model.seedProperty().get());
    }
}
