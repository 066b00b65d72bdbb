package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.TensorData;
import relulab.io.TensorFiles;

/**
 * The commands that can run past two seconds (the README's promise) show their progress on
 * stderr when it is a terminal, wipe it at the end, and leave stdout as it is without one.
 */
class LongCommandProgressTest {

    private static final String[] SWEEP = {
        "dying", "--sweep", "--rates", "2", "--seeds", "1", "--steps", "20", "--width", "8"
    };
    private static final String[] VANISHING = {"vanishing", "--depth", "50", "--width", "512"};

    @AfterEach
    void backToTheSystemsTerminal() {
        TerminalProgress.terminal = TerminalProgress.Terminal.SYSTEM;
    }

    /** A terminal whose clock runs five seconds at every reading: the work is long at once. */
    private static void onASlowTerminal(boolean attached) {
        AtomicLong now = new AtomicLong();
        TerminalProgress.terminal = new TerminalProgress.Terminal(() -> attached, () -> now.addAndGet(5_000));
    }

    @Test
    void dyingSweepShowsTheShareOfItsTrainingStepsDone() {
        onASlowTerminal(false);
        CliRun plain = CliRun.of(SWEEP);
        onASlowTerminal(true);
        CliRun run = CliRun.of(SWEEP);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("\rdying --sweep: "), run.err());
        assertTrue(run.err().contains(" of 40 training steps)"), run.err());
        assertTrue(run.err().endsWith("\r"), "the line is wiped at the end");
        assertEquals(plain.out(), run.out());
        assertEquals("", plain.err());
    }

    @Test
    void renderShowsTheTimeItHasTakenSoFarAndStillWritesItsPicture(@TempDir Path dir) throws IOException {
        Path x = dir.resolve("x.npy");
        TensorFiles.write(x, TensorData.of(Tensor3.generate(new Shape(1, 2, 3), i -> i - 2.5)));
        onASlowTerminal(false);
        CliRun plain = CliRun.of(
                "render",
                "--input",
                x.toString(),
                "--scale",
                "1",
                "--out",
                dir.resolve("a.png").toString());
        onASlowTerminal(true);
        CliRun run = CliRun.of(
                "render",
                "--input",
                x.toString(),
                "--scale",
                "1",
                "--out",
                dir.resolve("b.png").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("\rrender: drawing 'x.npy' at scale 1.0, "), run.err());
        assertTrue(run.err().contains(" s so far"), run.err());
        assertTrue(run.err().endsWith("\r"), "the line is wiped at the end");
        assertEquals(plain.out().replace("a.png", "b.png"), run.out());
        assertEquals("", plain.err());
        assertEquals(Files.size(dir.resolve("a.png")), Files.size(dir.resolve("b.png")));
    }

    @Test
    void computeShowsTheShareOfItsCellsDone(@TempDir Path dir) throws IOException {
        Path x = dir.resolve("x.npy");
        TensorFiles.write(x, TensorData.of(Tensor3.generate(new Shape(2, 3, 4), i -> i - 11.5)));
        onASlowTerminal(false);
        CliRun plain = CliRun.of(
                "compute",
                "--input",
                x.toString(),
                "--out",
                dir.resolve("plain").toString());
        onASlowTerminal(true);
        CliRun run = CliRun.of(
                "compute",
                "--input",
                x.toString(),
                "--out",
                dir.resolve("shown").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("\rcompute: "), run.err());
        assertTrue(run.err().contains("100% (24 of 24 cells)"), run.err());
        assertTrue(run.err().endsWith("\r"), "the line is wiped at the end");
        assertEquals(plain.out().replace("plain", "shown"), run.out());
        assertEquals("", plain.err());
    }

    @Test
    void vanishingShowsTheTimeItHasTakenSoFar() {
        onASlowTerminal(false);
        CliRun plain = CliRun.of(VANISHING);
        onASlowTerminal(true);
        CliRun run = CliRun.of(VANISHING);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("\rvanishing: 50 layers of 512 units, "), run.err());
        assertTrue(run.err().contains(" s so far"), run.err());
        assertTrue(run.err().endsWith("\r"), "the line is wiped at the end");
        assertEquals(plain.out(), run.out());
        assertEquals("", plain.err());
    }
}
