package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.TensorData;
import relulab.io.session.Session;
import relulab.io.session.SessionFiles;
import relulab.testsupport.LabWindows;
import relulab.ui.app.MainWindow;

/**
 * What the window refuses stays in a bar above the lessons until closed, and quotes what came
 * from outside escaped and cut: a newline or a U+202E in a name or a session never splits or
 * reverses the line, and a name of 5,000 characters still leaves room for the reason. An I/O
 * failure names the file and says why in words.
 */
class RefusalBarTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    @TempDir
    Path dir;

    private static final String HOSTILE = "a\nb\u202Ec";

    @Test
    void aHostileFileNameIsQuotedAndTheRefusalStaysUntilClosed(FxRobot robot) throws Exception {
        MainWindow window = windows.openMain(dir.resolve("data"));
        Path missing = dir.resolve(HOSTILE + "x".repeat(5000) + ".relulab");
        Tensor3 before = window.state().x();

        done(LabWindows.onFx(() -> window.keep().openSession(missing)));

        String text = barText(robot);
        assertTrue(text.startsWith("'a\\u000Ab\\u202Ecxxx"), text);
        assertTrue(text.contains("\u2026'"), "the name is cut: " + text);
        assertTrue(text.endsWith("nothing changed"), "the reason and the outcome still show: " + text);
        assertFalse(text.contains("\n") || text.contains("\u202E"), text);
        assertTrue(text.length() < 200, text);
        assertSame(before, window.state().x());

        Thread.sleep(1000);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(text, barText(robot), "it stays");
        robot.clickOn(".message-bar .bar-close");
        assertTrue(robot.lookup(".message-bar").tryQuery().isEmpty(), "until closed");
    }

    @Test
    void textFromASessionIsQuotedEscapedAndCut(FxRobot robot) throws Exception {
        MainWindow window = windows.openMain(dir.resolve("data"));
        Path file = dir.resolve("evil.relulab");
        Tensor3 x = Tensor3.zeros(new Shape(1, 1, 2));
        SessionFiles.write(
                file,
                new Session(
                        TensorData.of(x),
                        TensorData.of(x),
                        "relu",
                        GradientAtZero.ZERO,
                        Map.of(HOSTILE + "y".repeat(5000), new JsonObject()),
                        null));

        done(LabWindows.onFx(() -> window.keep().openSession(file)));

        String text = barText(robot);
        assertTrue(text.startsWith("'evil.relulab': it keeps settings 'a\\u000Ab\\u202Ecyyy"), text);
        assertTrue(text.length() < 200, text);
    }

    @Test
    void anAutosaveThatFailsNamesItsFileAndSaysWhyInWords(FxRobot robot) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where a folder should be");
        MainWindow window = windows.openMain(notAFolder.resolve("relu-lab"));

        robot.interact(() -> window.state()
                .setTensors(window.state().x().with(0, 0, 0, 5), window.state().dout()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !barText(robot).isEmpty());

        String text = barText(robot);
        assertTrue(
                text.matches("Autosave could not keep the unsaved work: 'recovery-[0-9a-f]{16}\\.relulab':"
                        + " a folder in its path is a file"),
                text);
    }

    private static void done(Task<?> task) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String barText(FxRobot robot) {
        return robot.lookup(".message-bar .bar-text")
                .<Label>tryQuery()
                .map(Label::getText)
                .orElse("");
    }
}
