package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import relulab.testsupport.ChildJava;

/**
 * The program's real start, in a process of its own, with a bad {@code preferences.json} in its
 * data folder: a FIFO (never opened, so nothing waits for a writer that never comes), a
 * {@code null} among the recent files, a recent path with a NUL. Each time the window shows, its
 * FX thread answers, and stderr holds no stack trace — a bad entry is one line that names it.
 */
class StartPathTest {

    @TempDir
    Path data;

    /** Makes the bad {@code preferences.json}. */
    interface Preferences {
        void make(Path file) throws Exception;
    }

    static Stream<Arguments> badPreferences() {
        return Stream.of(
                Arguments.of(
                        "a FIFO",
                        (Preferences) file -> new ProcessBuilder("mkfifo", file.toString())
                                .start()
                                .waitFor(),
                        null),
                Arguments.of(
                        "a null recent file",
                        (Preferences) file -> Files.writeString(file, "{\"recent\":[null]}"),
                        "recent[0]"),
                Arguments.of(
                        "a NUL in a recent path",
                        (Preferences) file -> Files.writeString(file, "{\"recent\":[\"/tmp/a\\u0000b.npy\"]}"),
                        "recent[0]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPreferences")
    void theWindowStartsWithBadPreferences(String what, Preferences preferences, String named) throws Exception {
        preferences.make(data.resolve("preferences.json"));
        Path out = data.resolve("out.txt");
        List<String> options = new ArrayList<>(ChildJava.HEADLESS_WINDOW);
        options.add("-D" + DataFolder.PROPERTY + "=" + data);
        Process child = new ProcessBuilder(ChildJava.command(options, StartChild.class.getName()))
                .redirectOutput(out.toFile())
                .redirectError(data.resolve("err.txt").toFile())
                .start();
        boolean ended;
        try {
            ended = child.waitFor(120, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        String err = read("err.txt");
        assertTrue(ended, () -> "the window did not start in 120 s: " + err);
        assertEquals(StartChild.STARTED, read("out.txt").strip(), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), () -> "a stack trace: " + err);
        assertFalse(err.contains("cannot open the window"), err);
        if (named != null) {
            assertEquals(
                    1, err.lines().filter(l -> l.contains('"' + named + '"')).count(), () -> "one line: " + err);
            assertTrue(
                    err.lines().filter(l -> !l.isBlank()).allMatch(l -> l.startsWith("relu-lab: ")),
                    () -> "every line the program's own, with no logger header: " + err);
        }
    }

    private String read(String name) {
        try {
            return Files.readString(data.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
