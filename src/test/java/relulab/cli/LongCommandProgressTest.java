package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
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

    /** One command run twice, without a terminal and then on a slow one. */
    private record Runs(CliRun plain, CliRun shown) {}

    /**
     * Runs the command {@code args} gives (called with "a", then "b", for names that must differ
     * between the runs) without a terminal and on a slow one: both succeed, the plain run says
     * nothing on stderr, and the progress line is wiped at the end.
     */
    private static Runs plainThenOnATerminal(Function<String, String[]> args) {
        onASlowTerminal(false);
        CliRun plain = CliRun.of(args.apply("a"));
        onASlowTerminal(true);
        CliRun shown = CliRun.of(args.apply("b"));
        assertEquals(0, shown.exitCode(), shown.err());
        assertEquals("", plain.err());
        assertTrue(shown.err().endsWith("\r"), "the line is wiped at the end");
        return new Runs(plain, shown);
    }

    @Test
    void dyingSweepShowsTheShareOfItsTrainingStepsDone() {
        Runs runs = plainThenOnATerminal(name -> SWEEP);
        assertTrue(
                runs.shown().err().startsWith("\rdying --sweep: "), runs.shown().err());
        assertTrue(
                runs.shown().err().contains(" of 40 training steps)"),
                runs.shown().err());
        assertEquals(runs.plain().out(), runs.shown().out());
    }

    @Test
    void renderShowsTheTimeItHasTakenSoFarAndStillWritesItsPicture(@TempDir Path dir) throws IOException {
        Path x = dir.resolve("x.npy");
        TensorFiles.write(x, TensorData.of(Tensor3.generate(new Shape(1, 2, 3), i -> i - 2.5)));
        Runs runs = plainThenOnATerminal(name -> new String[] {
            "render",
            "--input",
            x.toString(),
            "--scale",
            "1",
            "--out",
            dir.resolve(name + ".png").toString()
        });
        assertTrue(
                runs.shown().err().startsWith("\rrender: drawing 'x.npy' at scale 1.0, "),
                runs.shown().err());
        assertTrue(runs.shown().err().contains(" s so far"), runs.shown().err());
        assertEquals(runs.plain().out().replace("a.png", "b.png"), runs.shown().out());
        assertEquals(Files.size(dir.resolve("a.png")), Files.size(dir.resolve("b.png")));
    }

    @Test
    void computeShowsTheShareOfItsCellsDone(@TempDir Path dir) throws IOException {
        Path x = dir.resolve("x.npy");
        TensorFiles.write(x, TensorData.of(Tensor3.generate(new Shape(2, 3, 4), i -> i - 11.5)));
        Runs runs = plainThenOnATerminal(name -> new String[] {
            "compute", "--input", x.toString(), "--out", dir.resolve(name).toString()
        });
        assertTrue(runs.shown().err().startsWith("\rcompute: "), runs.shown().err());
        assertTrue(
                runs.shown().err().contains("100% (24 of 24 cells)"),
                runs.shown().err());
        assertEquals(
                runs.plain()
                        .out()
                        .replace(dir.resolve("a").toString(), dir.resolve("b").toString()),
                runs.shown().out());
    }

    @Test
    void vanishingShowsTheTimeItHasTakenSoFar() {
        Runs runs = plainThenOnATerminal(name -> VANISHING);
        assertTrue(
                runs.shown().err().startsWith("\rvanishing: 50 layers of 512 units, "),
                runs.shown().err());
        assertTrue(runs.shown().err().contains(" s so far"), runs.shown().err());
        assertEquals(runs.plain().out(), runs.shown().out());
    }
}
