package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
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
    void eachWindowHasItsOwnRecoveryFileNamedByARandomIdNotTheProcessId() {
        Path one = Autosave.recoveryFile(dir);
        Path two = Autosave.recoveryFile(dir);

        assertNotEquals(one, two, "two windows of one process (or two starts with one pid) never share a file");
        assertFalse(one.getFileName()
                .toString()
                .contains(Long.toString(ProcessHandle.current().pid())));
        assertEquals(dir.resolve(one.getFileName().toString().replace(".relulab", ".lock")), Recovery.lockOf(one));
    }

    @Test
    void onlyFilesWhoseWindowDiedAreClaimedAndAClaimKeepsOtherWindowsAway() throws Exception {
        Path live = Autosave.recoveryFile(dir);
        Files.writeString(live, "{}");
        try (RecoveryLock held = RecoveryLock.tryTake(Recovery.lockOf(live)).orElseThrow()) {
            Path dead = Autosave.recoveryFile(dir);
            Files.writeString(dead, "{}");
            Files.writeString(Recovery.lockOf(dead), ""); // a killed window leaves its lock file, unlocked
            // The name an older version gave, with this very process id: a crashed run's all the same.
            Path samePid = dir.resolve("recovery-" + ProcessHandle.current().pid() + ".relulab");
            Files.writeString(samePid, "{}");
            Files.writeString(dir.resolve("notes.relulab"), "{}");

            List<Recovery.LeftOver> claimed = Recovery.claim(dir);

            assertEquals(
                    Set.of(dead, samePid),
                    claimed.stream().map(Recovery.LeftOver::file).collect(Collectors.toSet()));
            assertEquals(List.of(), Recovery.claim(dir), "what one window offers, another does not");
            claimed.get(0).lock().close();
            assertEquals(
                    List.of(claimed.get(0).file()),
                    Recovery.claim(dir).stream().map(Recovery.LeftOver::file).toList(),
                    "let go of unanswered, it is offered again");
            claimed.get(1).settle();
            assertFalse(Files.exists(claimed.get(1).file()));
            assertFalse(Files.exists(Recovery.lockOf(claimed.get(1).file())));
            assertTrue(Files.exists(live), "a live window's file is never touched");
            assertTrue(Files.exists(claimed.get(0).file()), "nor one that was not answered");
        }
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
