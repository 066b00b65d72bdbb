package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.testsupport.LabWindows;

/** An exception nobody caught is shown in the window's fault bar, whichever thread threw it. */
class FaultReporterTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private MainWindow window;

    @BeforeEach
    void start() {
        window = windows.openMain();
    }

    private static FaultReporter reporter() {
        return (FaultReporter) Thread.getDefaultUncaughtExceptionHandler();
    }

    @Test
    void anExceptionFromAClickHandlerIsShownAndTheWindowCarriesOn(FxRobot robot) {
        Button boom = new Button("Boom");
        boom.setOnAction(e -> {
            throw new IllegalStateException("the handler failed");
        });
        robot.interact(() -> window.root().setLeft(boom));

        robot.clickOn(boom);

        Label bar = robot.lookup("#fault-bar").queryAs(Label.class);
        assertTrue(bar.isVisible());
        assertTrue(
                bar.getText().startsWith("Something went wrong (IllegalStateException: the handler failed)"),
                bar.getText());
        assertEquals(1, reporter().faults().size());
        robot.clickOn(bar);
        assertFalse(bar.isVisible(), "a click dismisses the bar");
    }

    @Test
    void anExceptionOnAnotherThreadReachesTheWindowToo() throws Exception {
        Thread worker = new Thread(() -> {
            throw new ArithmeticException("off the FX thread");
        });
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> reporter().faults().size() == 1);
        assertTrue(reporter().faults().get(0) instanceof ArithmeticException);
    }
}
