package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import relulab.testsupport.MainWindowTest;
import relulab.ui.lesson.Lesson;

/** F1 opens the help of the tab in front, on every tab; Esc closes it; the Help menu lists the shortcuts. */
class HelpTest extends MainWindowTest {

    @Test
    void f1OpensTheHelpOfEachTabAndEscClosesIt(FxRobot robot) {
        for (Lesson lesson : LessonCatalog.all()) {
            robot.clickOn("#" + lesson.id() + "-tab");
            robot.type(KeyCode.F1);
            assertEquals(HelpPage.of(lesson).orElseThrow().title(), window.shownHelp(), lesson.id());
            assertTrue(robot.lookup("#help-overlay").query().isVisible());
            robot.type(KeyCode.ESCAPE);
            assertEquals("", window.shownHelp(), "Esc closes the help of " + lesson.id());
            assertEquals(lesson.id(), window.shownLesson(), "and leaves the tab in front");
        }
    }

    @Test
    void inPresentationModeEscClosesTheHelpFirstAndOnlyASecondEscLeavesPresentationMode(FxRobot robot) {
        robot.type(KeyCode.F5);
        robot.type(KeyCode.F1);
        robot.type(KeyCode.ESCAPE);
        assertEquals("", window.shownHelp());
        assertTrue(window.display().isPresentation(), "the Esc that closed the help stays there");
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.display().isPresentation());
    }

    @Test
    void theHelpMenuShowsEveryShortcutAndCloseButtonHidesIt(FxRobot robot) {
        robot.clickOn("#menu-help").clickOn("Keyboard shortcuts");
        assertEquals("Keyboard shortcuts", window.shownHelp());
        robot.clickOn("#help-close");
        assertEquals("", window.shownHelp());
    }
}
