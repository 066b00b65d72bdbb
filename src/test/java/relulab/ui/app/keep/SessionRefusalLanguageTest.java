package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.concurrent.Task;
import javafx.scene.control.Label;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.TensorData;
import relulab.io.session.Session;
import relulab.io.session.SessionFiles;
import relulab.testsupport.KeptLocale;
import relulab.testsupport.LabWindows;
import relulab.ui.app.MainWindow;
import relulab.ui.shared.text.UiLocale;

/**
 * A session the window refuses for a member of a lesson's part (read by the session code, which
 * knows no language) is refused in the window's language, while the refusal's own message, the
 * one the command line and the log print, stays English.
 */
class SessionRefusalLanguageTest {

    @RegisterExtension
    final KeptLocale language = new KeptLocale();

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    @TempDir
    Path dir;

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(
                        "pt-BR",
                        "deep.relulab",
                        "vanishing",
                        "{\"depth\": 51, \"width\": 64, \"init\": \"recommended\", \"input_scale\": 1.0, \"seed\": 1}",
                        "'deep.relulab': vanishing.depth deve estar entre 1 e 50, mas é 51; nada mudou",
                        "vanishing.depth must be 1 to 50, got 51"),
                Arguments.of(
                        "es",
                        "fast.relulab",
                        "dying",
                        "{\"learning_rate\": \"rápido\", \"dataset\": \"spiral\", \"activation\": \"relu\","
                                + " \"hidden_layers\": 2, \"width\": 64, \"steps\": 300, \"seed\": 1}",
                        "'fast.relulab': dying.learning_rate debe ser un número, pero es el texto \"rápido\";"
                                + " no cambió nada",
                        "dying.learning_rate must be a number, got the string \"rápido\""));
    }

    /**
     * A member out of range (pt-BR) or of the wrong kind (es) in a lesson's part: the bar says
     * so in the window's language, and the same refusal's message is the English line.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusals")
    void aPartsMemberIsRefusedInTheWindowsLanguage(
            String language, String name, String key, String part, String bar, String english, FxRobot robot)
            throws Exception {
        UiLocale.set(Locale.forLanguageTag(language));
        MainWindow window = windows.openMain(dir.resolve("data"));
        Path file = session(name, key, part);

        assertEquals(bar, opened(robot, window, file));
        assertEquals(english, refusal(window, file).getMessage());
    }

    /** A good session of a 1×1×2 tensor, but for the part {@code key}. */
    private Path session(String name, String key, String part) throws Exception {
        Path file = dir.resolve(name);
        Tensor3 x = Tensor3.zeros(new Shape(1, 1, 2));
        Map<String, JsonElement> parts = Map.of(key, JsonParser.parseString(part));
        SessionFiles.write(
                file, new Session(TensorData.of(x), TensorData.of(x), "relu", GradientAtZero.ZERO, parts, null));
        return file;
    }

    /** Opens {@code file} as File ▸ Open does; returns the bar's text, once nothing has changed. */
    private static String opened(FxRobot robot, MainWindow window, Path file) throws Exception {
        Tensor3 before = window.state().x();
        Task<?> task = LabWindows.onFx(() -> window.keep().openSession(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, window.state().x(), "nothing changed");
        return robot.lookup(".message-bar .bar-text")
                .<Label>tryQuery()
                .map(Label::getText)
                .orElse("");
    }

    /** The refusal the window said, as the program has it: its message is for the command line and the log. */
    private static IllegalArgumentException refusal(MainWindow window, Path file) throws Exception {
        Session session = SessionFiles.read(file);
        return assertThrows(
                IllegalArgumentException.class,
                () -> LabWindows.onFx(() -> window.keep().mapping().prepare(session)));
    }
}
