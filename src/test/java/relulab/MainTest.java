package relulab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One file argument opens the window on it; anything else is a command; no window, one line. */
class MainTest {

    @Test
    void aSingleFileTheWindowOpensGoesToTheWindowAndEverythingElseToTheCommandLine() {
        assertTrue(Main.opensInTheWindow(new String[] {"lesson.relulab"}));
        assertTrue(Main.opensInTheWindow(new String[] {"data/X.NPY"}));
        assertTrue(Main.opensInTheWindow(new String[] {"x.csv"}));
        assertFalse(Main.opensInTheWindow(new String[] {"compute"}));
        assertFalse(Main.opensInTheWindow(new String[] {"--help"}));
        assertFalse(Main.opensInTheWindow(new String[] {"-x.npy"}));
        assertFalse(Main.opensInTheWindow(new String[] {"render", "--input", "x.npy"}));
        assertFalse(Main.opensInTheWindow(new String[] {"notes.txt"}));
    }

    @Test
    void withoutADisplayTheProgramSaysSoInOneLineAndExitsTwo() throws Exception {
        ProcessBuilder b = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName());
        b.environment().remove("DISPLAY");
        b.environment().remove("WAYLAND_DISPLAY");
        b.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = b.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the program did not end");
        List<String> err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertEquals(2, p.exitValue(), String.join("\n", err));
        assertEquals(1, err.size(), String.join("\n", err));
        assertTrue(err.get(0).startsWith("relu-lab: cannot open the window: "), err.get(0));
    }
}
