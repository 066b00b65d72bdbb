package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.TensorData;
import relulab.io.session.Session;
import relulab.io.session.SessionFiles;

/** The autosave writes the newest work at most once per period, and a normal close removes it. */
class AutosaveTest {

    private static final long PERIOD_MS = 400;

    @TempDir
    Path dir;

    private final AtomicInteger captures = new AtomicInteger();
    private volatile double value;

    private Session session() {
        captures.incrementAndGet();
        Tensor3 x = Tensor3.of(new Shape(1, 1, 1), new double[] {value});
        return new Session(TensorData.of(x), TensorData.of(x), "relu", GradientAtZero.ZERO, null, null);
    }

    @Test
    void manyChangesInOnePeriodMakeOneSaveOfTheNewestState() throws Exception {
        Path file = dir.resolve("recovery-1.relulab");
        try (Autosave autosave = new Autosave(file, this::session, Runnable::run, m -> {}, PERIOD_MS)) {
            value = 1;
            autosave.changed(); // the first change is saved at once
            waitFor(() -> Files.exists(file));
            for (int i = 2; i <= 20; i++) {
                value = i;
                autosave.changed();
            }
            Thread.sleep(PERIOD_MS / 4);
            assertEquals(1, captures.get(), "the next save waits for the period to end");
            waitFor(() -> captures.get() == 2);
            waitFor(() -> read(file) == 20.0);
            Thread.sleep(PERIOD_MS * 2);
            assertEquals(2, captures.get(), "no change, no save");
        }
        assertFalse(Files.exists(file), "closing removes the recovery file");
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "no temporary file is left either");
        }
    }

    @Test
    void recoveryFilesOfLiveProcessesAreNotOffered() throws Exception {
        Path mine = Autosave.recoveryFile(dir);
        Files.writeString(mine, "{}");
        Path dead = dir.resolve("recovery-" + Long.MAX_VALUE + ".relulab");
        Files.writeString(dead, "{}");
        Files.writeString(dir.resolve("notes.relulab"), "{}");

        assertEquals(List.of(dead), Recovery.leftOver(dir));
        Recovery.discardAll(dir);
        assertTrue(Files.exists(mine));
        assertFalse(Files.exists(dead));
    }

    @Test
    void theDataFolderFollowsEachSystemsConvention() {
        Path home = Path.of("/home/ada");
        assertEquals(Path.of("/home/ada/.local/share/relu-lab"), DataFolder.resolve(null, "Linux", Map.of(), home));
        assertEquals(
                Path.of("/xdg/relu-lab"), DataFolder.resolve(null, "Linux", Map.of("XDG_DATA_HOME", "/xdg"), home));
        assertEquals(
                Path.of("/home/ada/.local/share/relu-lab"),
                DataFolder.resolve(null, "Linux", Map.of("XDG_DATA_HOME", "relative"), home),
                "a relative XDG path is ignored");
        assertEquals(
                Path.of("/home/ada/Library/Application Support/ReLU Lab"),
                DataFolder.resolve(null, "Mac OS X", Map.of(), home));
        assertEquals(
                Path.of("/appdata/ReLU Lab"),
                DataFolder.resolve(null, "Windows 11", Map.of("APPDATA", "/appdata"), home));
        assertEquals(Path.of("/tmp/lab"), DataFolder.resolve("/tmp/lab", "Linux", Map.of(), home));
    }

    private static double read(Path file) {
        try {
            return SessionFiles.read(file).x().tensor().get(0);
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "timed out");
            Thread.sleep(10);
        }
    }
}
