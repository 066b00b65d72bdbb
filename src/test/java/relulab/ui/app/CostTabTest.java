package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window has the "Easy to compute" tab, and it opens on its Run button. */
@ExtendWith(ApplicationExtension.class)
class CostTabTest {

    @Start
    void start(Stage stage) {
        new MainWindow().show(stage);
    }

    @Test
    void easyToComputeTabOpensWithItsControls(FxRobot robot) {
        robot.clickOn("Easy to compute");
        assertTrue(robot.lookup("#cost-run").query().isVisible());
        assertTrue(robot.lookup("#cost-chart").query().isVisible());
    }
}
