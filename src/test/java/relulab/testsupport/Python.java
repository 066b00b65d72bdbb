package relulab.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;

/**
 * Runs a Python 3 script (with NumPy) and returns what it prints, so tests can compare the
 * program with real NumPy rather than with numbers copied by hand.
 */
public final class Python {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Python() {}

    /**
     * Standard output of {@code script} run by python3, one line per printed line; fails the test
     * with python's standard error when it exits non-zero. Fails rather than skips when python3 is
     * missing under CI (see {@link ScriptRunner#requireInstalled}).
     */
    public static String run(String script) throws IOException, InterruptedException {
        ScriptRunner.requireInstalled("python3");
        Path dir = Files.createTempDirectory("relulab-python");
        try {
            return String.join("\n", new ScriptRunner(dir, TIMEOUT, "python3").run("script.py", script)) + "\n";
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
