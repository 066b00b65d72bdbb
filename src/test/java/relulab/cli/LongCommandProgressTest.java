package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
