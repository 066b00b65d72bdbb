package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.testsupport.LabWindows;
import relulab.ui.app.MainWindow;

/**
 * A damaged, hostile or blocking {@code preferences.json} never stops the window: each bad value
 * falls back to its own default with one line in the log, a FIFO is never read, and a
 * remembered size or place is clamped to the screens there are.
 */
class PreferencesHardeningTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    @TempDir
    Path data;

    private final List<String> log = new ArrayList<>();
    private final Handler listener = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (log) {
                log.add(record.getMessage());
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("relulab").addHandler(listener);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("relulab").removeHandler(listener);
    }

    private List<String> logged() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** A preferences file, the field that is bad in it, and what the rest must still give. */
    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("{\"recent\": [null, \"/a/x.npy\"], \"tab\": \"dying\"}", "recent[0]"),
                Arguments.of("{\"recent\": [\"/a/b\\u0000c.npy\", \"/a/x.npy\"], \"tab\": \"dying\"}", "recent[0]"),
                Arguments.of("{\"recent\": [\"relative.npy\", \"/a/x.npy\"], \"tab\": \"dying\"}", "recent[0]"),
                Arguments.of("{\"width\": 1e9, \"recent\": [\"/a/x.npy\"], \"tab\": \"dying\"}", "\"width\""),
                Arguments.of("{\"height\": 40000, \"recent\": [\"/a/x.npy\"], \"tab\": \"dying\"}", "\"height\""),
                Arguments.of("{\"width\": -800, \"recent\": [\"/a/x.npy\"], \"tab\": \"dying\"}", "\"width\""),
                Arguments.of("{\"x\": NaN, \"recent\": [\"/a/x.npy\"], \"tab\": \"dying\"}", "\"x\""),
                Arguments.of("{\"y\": \"top\", \"recent\": [\"/a/x.npy\"], \"tab\": \"dying\"}", "\"y\""),
                Arguments.of("{\"maximized\": 3, \"recent\": [\"/a/x.npy\"], \"tab\": \"dying\"}", "\"maximized\""),
                Arguments.of("{\"palette\": [1], \"recent\": [\"/a/x.npy\"], \"tab\": \"dying\"}", "\"palette\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void aBadValueFallsBackToItsDefaultAloneWithOneLineInTheLog(String json, String field) throws Exception {
        Files.writeString(data.resolve("preferences.json"), json);

        KeptPreferences p = new PreferencesFile(data).read();

        assertEquals(List.of("/a/x.npy"), p.recent(), "the good recent file is kept");
        assertEquals("dying", p.tab(), "the other fields are kept");
        List<String> lines = logged();
        assertEquals(1, lines.size(), () -> "one line: " + lines);
        assertTrue(lines.get(0).contains(field) && !lines.get(0).contains("\n"), lines.get(0));
    }

    @Test
    void aFifoIsNeverReadAndAHugeFileIsNotReadWhole() throws Exception {
        Path prefs = data.resolve("preferences.json");
        new ProcessBuilder("mkfifo", prefs.toString()).start().waitFor();

        assertEquals(
                KeptPreferences.DEFAULTS,
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new PreferencesFile(data).read()));

        Files.delete(prefs);
        Files.writeString(prefs, "{\"recent\": [" + "\"/a.npy\",".repeat(100_000) + "\"/b.npy\"]}");
        assertEquals(KeptPreferences.DEFAULTS, new PreferencesFile(data).read());
        assertTrue(logged().stream().anyMatch(l -> l.contains("larger than")), logged()::toString);
    }

    /** Every hostile preferences file of the issue: the window starts, continues and shows on a screen. */
    static Stream<String> hostileFiles() {
        return Stream.of(
                "{\"recent\": [null]}",
                "{\"recent\": [\"/a/b\\u0000c.npy\"]}",
                "{\"x\": 0, \"y\": 0, \"width\": 1e9, \"height\": 1e9}",
                "{\"x\": 0, \"y\": 0, \"width\": 1280, \"height\": 40000}",
                "{\"x\": -5000, \"y\": 90000, \"width\": 1100, \"height\": 700}",
                "{\"x\": 100, \"y\": 100, \"width\": 9000, \"height\": 9000}",
                "FIFO");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void theWindowStartsOnAScreenWhateverThePreferencesHold(String content, FxRobot robot) throws Exception {
        Path prefs = data.resolve("preferences.json");
        if (content.equals("FIFO")) {
            new ProcessBuilder("mkfifo", prefs.toString()).start().waitFor();
        } else {
            Files.writeString(prefs, content);
        }
        Stage[] stage = new Stage[1];
        List<CompletableFuture<Void>> last = new ArrayList<>();
        robot.interact(() -> {
            MainWindow window = windows.openMain(data);
            stage[0] = windows.stage();
            last.add(window.keep().continueLastRun());
        });
        last.get(0).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(stage[0].isShowing());
        Rectangle2D bounds =
                new Rectangle2D(stage[0].getX(), stage[0].getY(), stage[0].getWidth(), stage[0].getHeight());
        assertTrue(
                Screen.getScreens().stream()
                        .map(Screen::getVisualBounds)
                        .anyMatch(s -> s.getMinX() <= bounds.getMinX()
                                && s.getMinY() <= bounds.getMinY()
                                && bounds.getMaxX() <= s.getMaxX() + 0.5
                                && bounds.getMaxY() <= s.getMaxY() + 0.5),
                () -> bounds + " is not on a screen: " + Screen.getScreens());
    }

    @Test
    void aPlaceOffEveryScreenIsBroughtOnTheNearestAndASizeLargerThanItShrinks() {
        Rectangle2D area = Screen.getPrimary().getVisualBounds();

        Rectangle2D fitted = ScreenFit.fit(-5000, area.getMinY() + 20, 800, 9000);

        assertEquals(area.getMinX(), fitted.getMinX());
        assertEquals(area.getMinY(), fitted.getMinY());
        assertEquals(800, fitted.getWidth());
        assertEquals(area.getHeight(), fitted.getHeight());
    }
}
