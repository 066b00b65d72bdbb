package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import relulab.testsupport.LabWindows;
import relulab.ui.app.MainWindow;

/**
 * File ▸ Open Recent shows each file's name as every message quotes one: a newline or a U+202E
 * in it is written out, not obeyed, and a long name is cut after 40 characters.
 */
class FileMenuTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    @TempDir
    Path data;

    @Test
    void openRecentShowsAHostileNameEscapedAndCut(FxRobot robot) {
        String hostile = "line\nbreak\u202Eright" + "x".repeat(200) + ".npy";
        MainWindow window = windows.openMain(data);
        robot.interact(() -> window.keep().recent().add(data.resolve(hostile)));

        String shown = LabWindows.onFx(() -> recentMenu(robot).getItems().get(0).getText());

        assertTrue(shown.startsWith("line\\u000Abreak\\u202Eright" + "x".repeat(24) + "…"), shown);
        assertFalse(shown.contains("\n") || shown.contains("\u202E"), shown);
        assertFalse(shown.contains("x".repeat(25)), "cut after 40 characters: " + shown);
        assertTrue(shown.length() < 2 * 40 + 20, shown);
        assertEquals(1, LabWindows.onFx(() -> recentMenu(robot).getItems().size()));
    }

    private static Menu recentMenu(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-recent".equals(i.getId()))
                .map(Menu.class::cast)
                .findFirst()
                .orElseThrow();
    }
}
