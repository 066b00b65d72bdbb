package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import relulab.ui.lesson.Lesson;

/** Every lesson of the real window has a tab that builds its view when first shown. */
@ExtendWith(ApplicationExtension.class)
class LessonCatalogTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow();
        window.show(stage);
    }

    @AfterEach
    void stopBackgroundWork() {
        window.close();
    }

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
