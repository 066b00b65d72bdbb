package relulab.ui.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import relulab.core.Shape;
import relulab.core.presets.Presets;
import relulab.testsupport.LabWindows;
import relulab.ui.app.MainWindow;
import relulab.ui.lesson.LessonIds;

/** One step of the lesson path, from the start page to its end, without touching the mouse. */
class PathKeyboardTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private MainWindow window;

    @BeforeEach
    void start() {
        window = windows.openMain();
    }

    @Test
    void theBackwardStepOpensTheWorkbenchOnTheTextbookExampleAndWalksItByKeys(FxRobot robot) {
        assertEquals(LessonIds.PATH, window.shownLesson(), "the window opens on the start page");
        robot.type(KeyCode.DOWN, 2);
        assertEquals("3. Backward: dx = dout where x > 0", label(robot, "#path-step-title"));
        robot.type(KeyCode.ENTER);

        assertEquals("workbench", window.shownLesson());
        assertEquals(
                Presets.textbookExample().create(new Shape(2, 4, 4), 0),
                window.state().x());

        robot.type(KeyCode.W);
        robot.type(KeyCode.END);
        robot.type(KeyCode.LEFT, 31);
        String first = label(robot, "#walk-formula");
        assertTrue(
                first.startsWith("dout[0,0,0] = ")
                        && first.contains("\u2192 x = 1 > 0, gate open \u2192 dx[0,0,0] = dout"),
                "the first backward step: " + first);
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#walk-through-bar")
                .tryQuery()
                .map(n -> !n.isVisible())
                .orElse(true));
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
