package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.testsupport.LabWindows;
import relulab.ui.app.MainWindow;

/**
 * Recovery after a kill, with a real second process: it edits x and is killed (SIGKILL) once
 * its autosave is on disk; the next window offers the work back and restores it. A window that
 * closes normally leaves no recovery file.
 */
class RecoveryTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    /** The value the killed process wrote into x[0,0,0]. */
    private static final double MARK = -1234.5;

    @TempDir
    Path data;

    @Test
    void theWorkOfAKilledProcessIsOfferedAndRestored(FxRobot robot) throws Exception {
        Process child = startChild();
        Path autosaved = data.resolve("recovery-" + child.pid() + ".relulab");
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> Files.isRegularFile(autosaved) || !child.isAlive());
            assertTrue(child.isAlive(), () -> "the second process ended on its own: " + errors());
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(Files.isRegularFile(autosaved), "the killed process left its autosave");

        MainWindow[] window = new MainWindow[1];
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            window[0] = windows.openMain(data);
            stage[0] = windows.stage();
            window[0].keep().continueLastRun();
        });
        robot.clickOn("#recovery-restore");
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window[0].state().x().get(0, 0, 0) == MARK);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("*ReLU Lab", stage[0].getTitle(), "restored work is unsaved until saved");
        assertFalse(Files.exists(autosaved), "the left-over file is gone once restored");
        assertTrue(robot.lookup("#recovery-bar").tryQuery().isEmpty());

        Path own = window[0].keep().recoveryFile();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.isRegularFile(own));
        robot.interact(() -> stage[0].hide());
        assertFalse(Files.exists(own), "a normal close removes the window's recovery file");
    }

    private Process startChild() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless",
                "-Dprism.order=sw",
                "-Dprism.text=t2k",
                "-Djava.awt.headless=true",
                "-Dheadless.geometry=1920x1200-32",
                RecoveryChild.class.getName(),
                data.toString(),
                Double.toString(MARK)));
        return new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(data.resolve("child-stderr.txt").toFile())
                .start();
    }

    private String errors() {
        try {
            return Files.readString(data.resolve("child-stderr.txt"));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
