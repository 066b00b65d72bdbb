package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.testsupport.LabWindows;

/** The high-contrast projector theme is a stylesheet: choosing it recolours what the window draws. */
class ThemeTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private MainWindow window;

    @BeforeEach
    void start() {
        window = windows.openMain();
    }

    @Test
    void theViewMenuSwitchesToTheHighContrastThemeAndBack(FxRobot robot) {
        robot.interact(() -> window.openLesson("workbench"));
        Label explanation = robot.lookup(".panel-explanation").queryAs(Label.class);
        Paint standard = explanation.getTextFill();
        assertEquals(Color.web("#4a4a4a"), standard, "-relu-text-quiet of shared/colors.css");

        robot.clickOn("#menu-view").clickOn("High-contrast projector theme");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(window.root().getStylesheets().stream().anyMatch(s -> s.endsWith(MainWindow.HIGH_CONTRAST)));
        assertEquals(Color.web("#1f1f1f"), explanation.getTextFill(), "-relu-text-quiet of projector.css");

        robot.clickOn("#menu-view").clickOn("Standard theme");
        WaitForAsyncUtils.waitForFxEvents();

        assertNotEquals(Color.web("#1f1f1f"), explanation.getTextFill());
        assertEquals(standard, explanation.getTextFill());
    }
}
