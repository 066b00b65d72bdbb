package relulab.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a program written by a test with an outside interpreter ({@code python3}, {@code octave-cli})
 * and returns the lines it printed, so tests check ReLU Lab against the real NumPy and Octave
 * rather than against numbers copied by hand.
 *
 * <p>The program goes to a file (a pasted tensor can exceed the 128 KiB limit of one command-line
 * argument), and both output streams go to files, so a chatty interpreter can never block on a
 * full pipe and the timeout always holds.
 */
public final class ScriptRunner {

    private final Path dir;
    private final Duration timeout;
    private final List<String> command;

    /**
     * @param dir     where the program and its output are written (a {@code @TempDir})
     * @param timeout how long the interpreter may take before it is killed and the test fails
     * @param command the interpreter and its options; the program file is appended
     */
    public ScriptRunner(Path dir, Duration timeout, String... command) {
        this.dir = dir;
        this.timeout = timeout;
        this.command = List.of(command);
    }

    /**
     * Skips the calling test when {@code program} is not on the PATH, unless the environment
     * variable {@code CI} is {@code true}: CI installs it (see .ci/run), so there a missing
     * interpreter is a broken build, not a reason to pass silently.
     */
    public static void requireInstalled(String program) {
        if (onPath(program)) {
            return;
        }
        String missing = program + " is not on the PATH";
        if ("true".equals(System.getenv("CI"))) {
            fail(missing + ", but CI=true: .ci/run should have installed it");
        }
        assumeTrue(false, missing + "; skipped (install it to run this test)");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null
                && Stream.of(path.split(File.pathSeparator))
                        .anyMatch(folder -> !folder.isEmpty() && Files.isExecutable(Path.of(folder, program)));
    }

    /** Writes {@code program} to {@code fileName}, runs it, and returns its standard output by lines. */
    public List<String> run(String fileName, String program) throws IOException, InterruptedException {
        Path script = dir.resolve(fileName);
        Path out = dir.resolve(fileName + ".out");
        Path err = dir.resolve(fileName + ".err");
        Files.writeString(script, program, StandardCharsets.UTF_8);
        List<String> line = new ArrayList<>(command);
        line.add(script.toString());
        Process p = new ProcessBuilder(line)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        p.getOutputStream().close();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly().waitFor();
            fail(command.get(0) + " did not finish within " + timeout.toSeconds() + " s");
        }
        assertEquals(0, p.exitValue(), () -> command.get(0) + " failed:\n" + read(err) + read(out));
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(" + file + " unreadable: " + e.getMessage() + ")";
        }
    }
}
