package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import relulab.testsupport.MainWindowTest;
import relulab.ui.lesson.Lesson;

/** Every lesson of the real window has a tab that builds its view when first shown. */
class LessonCatalogTest extends MainWindowTest {

    @Test
    void theWindowOpensOnTheStartPageAndEveryOtherLessonIsBuiltWhenItsTabIsFirstShown(FxRobot robot) {
        List<Lesson> lessons = LessonCatalog.all();
        assertEquals("path", window.shownLesson());
        for (Lesson lesson : lessons.subList(1, lessons.size())) {
            assertTrue(!window.isBuilt(lesson.id()), lesson.id() + " waits for its first show");
        }
        for (Lesson lesson : lessons) {
            robot.clickOn("#" + lesson.id() + "-tab");
            assertEquals(lesson.id(), window.shownLesson());
            assertTrue(window.isBuilt(lesson.id()));
        }
        assertTrue(robot.lookup("#cost-run").query().isVisible(), "the cost lesson shows its Run button");
    }
}
