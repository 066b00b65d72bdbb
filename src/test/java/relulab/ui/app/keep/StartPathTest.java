package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program's real start, in a process of its own, with a FIFO named {@code preferences.json}
 * in its data folder: the window shows and its FX thread answers (a FIFO is never opened, so
 * nothing waits for a writer that never comes).
 */
class StartPathTest {

    @TempDir
    Path data;

    @Test
    void theWindowStartsWithAFifoNamedPreferencesJson() throws Exception {
        new ProcessBuilder("mkfifo", data.resolve("preferences.json").toString())
                .start()
                .waitFor();
        Path out = data.resolve("out.txt");
        Process child = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dglass.platform=Monocle",
                        "-Dmonocle.platform=Headless",
                        "-Dprism.order=sw",
                        "-Dprism.text=t2k",
                        "-Djava.awt.headless=true",
                        "-Dheadless.geometry=1920x1200-32",
                        "-D" + DataFolder.PROPERTY + "=" + data,
                        StartChild.class.getName()))
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
        assertTrue(ended, () -> "the window did not start in 120 s: " + read("err.txt"));
        assertEquals(StartChild.STARTED, read("out.txt").strip(), () -> read("err.txt"));
    }

    private String read(String name) {
        try {
            return Files.readString(data.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
