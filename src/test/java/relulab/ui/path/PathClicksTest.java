package relulab.ui.path;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import relulab.testsupport.MainWindowTest;

/** Every step of the path is two clicks from the start page — choose it, open it — and lands on its tab with its numbers. */
class PathClicksTest extends MainWindowTest {

    @Test
    void everyStepOpensItsTabWithItsTensorsInTwoClicks(FxRobot robot) {
        List<PathStep> steps = LessonPath.steps(id -> id);
        for (int i = 0; i < steps.size(); i++) {
            PathStep step = steps.get(i);
            robot.clickOn("#path-tab");
            robot.clickOn((i + 1) + ". " + step.title());
            robot.clickOn("#path-open");
            assertEquals(step.lessonId(), window.shownLesson(), step.title());
            if (step.setsTensors()) {
                assertEquals(step.x(), window.state().x(), step.title());
                assertEquals(step.dout(), window.state().dout(), step.title());
            }
        }
    }
}
