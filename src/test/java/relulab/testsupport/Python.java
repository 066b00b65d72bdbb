package relulab.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Python 3 script (with NumPy) and returns what it prints, so tests can compare the
 * program with real NumPy rather than with numbers copied by hand.
 */
public final class Python {

    private static final long TIMEOUT_SECONDS = 60;

    private Python() {
    }

    /** Standard output of {@code python3 -c script}; fails with its standard error otherwise. */
    public static String run(String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("python3", "-c", script).start();
        process.getOutputStream().close();
        CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String output = read(process.getInputStream());
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("python3 took longer than " + TIMEOUT_SECONDS + " s");
        }
        if (process.exitValue() != 0) {
            throw new IOException("python3 failed with exit code " + process.exitValue() + ":\n" + errors.join());
        }
        return output;
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
