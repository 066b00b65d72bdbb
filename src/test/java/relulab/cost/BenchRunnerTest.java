package relulab.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The runner's report: every kernel once, in order, with consistent positive figures (never speed). */
class BenchRunnerTest {

    private static final int SMALL = 1_000;
    private static final double RATIO_TOLERANCE = 1e-12;
    private static final List<String> NAMES = List.of(
            "copy",
            "relu-forward",
            "relu-backward",
            "leaky-relu-forward",
            "leaky-relu-backward",
            "elu-forward",
            "elu-backward",
            "gelu-forward",
            "gelu-backward",
            "gelu-tanh-forward",
            "gelu-tanh-backward",
            "silu-forward",
            "silu-backward",
            "softplus-forward",
            "softplus-backward",
            "sigmoid-forward",
            "sigmoid-backward",
            "tanh-forward",
            "tanh-backward");

    private final BenchRunner quick = new BenchRunner(1, 3);

    @Test
    void reportsEveryKernelOnceInOrderWithPositiveFigures() {
        BenchReport report = quick.run(SMALL, BenchProgress.NONE);
        assertEquals(SMALL, report.elements());
        assertEquals(NAMES, report.results().stream().map(BenchResult::name).toList());
        for (BenchResult r : report.results()) {
            assertTrue(r.nsPerElement() > 0 && Double.isFinite(r.nsPerElement()), r.toString());
            assertTrue(r.fastestNs() <= r.nsPerElement() && r.nsPerElement() <= r.slowestNs(), r.toString());
        }
    }

    @Test
    void bandwidthIsBytesPerElementOverTime() {
        BenchReport report = quick.run(SMALL, BenchProgress.NONE);
        BenchResult backward = report.result("relu-backward");
        assertEquals(24 / backward.nsPerElement(), backward.gbps(), RATIO_TOLERANCE);
        BenchResult forward = report.result("relu-forward");
        assertEquals(16 / forward.nsPerElement(), forward.gbps(), RATIO_TOLERANCE);
        assertEquals(1.0, report.ratioToCopy("copy"), RATIO_TOLERANCE);
    }

    @Test
    void progressCountsEveryTimedStepUpToTheTotal() {
        AtomicLong last = new AtomicLong();
        AtomicLong total = new AtomicLong();
        quick.run(SMALL, new BenchProgress() {
            @Override
            public void update(long done, long all) {
                assertEquals(last.get() + 1, done);
                last.set(done);
                total.set(all);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertEquals(4L * BenchKernel.values().length, total.get());
        assertEquals(total.get(), last.get());
    }

    @Test
    void aCancelledRunStopsWithCancellationException() {
        BenchProgress cancelled = new BenchProgress() {
            @Override
            public void update(long done, long all) {}

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class, () -> quick.run(SMALL, cancelled));
    }

    @Test
    void refusesCountsThatAreNotPositiveOrDoNotFit() {
        assertEquals(
                "the number of elements must be positive, got 0",
                assertThrows(IllegalArgumentException.class, () -> BenchRunner.requireValidElements(0))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchRunner.requireValidElements(5_000_000_000L))
                .getMessage()
                .contains("more than a Java array holds"));
        long tooManyForTheHeap =
                Math.min(BenchData.MAX_ELEMENTS, Runtime.getRuntime().maxMemory() / Double.BYTES);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> quick.run(tooManyForTheHeap, BenchProgress.NONE))
                .getMessage()
                .contains("choose fewer elements"));
    }

    @Test
    void aReportReadsBackExactlyFromItsLine() {
        BenchReport report = quick.run(SMALL, BenchProgress.NONE);
        assertEquals(report, BenchReportText.parse(BenchReportText.format(report)));
        assertThrows(IllegalArgumentException.class, () -> BenchReportText.parse("1000;copy,1,1,1"));
        assertThrows(
                IllegalArgumentException.class,
                () -> BenchReportText.parse(BenchReportText.format(report).replace("relu-forward", "relu-fwd")));
        assertThrows(
                IllegalArgumentException.class,
                () -> BenchReportText.parse(BenchReportText.format(report).replaceFirst(",[0-9.E-]+,", ",x,")));
    }

    @Test
    void theSpreadIsTheRoundsRangeOverTheMedian() {
        BenchResult r = new BenchResult("copy", 2.0, 8.0, 1.5, 2.5);
        assertEquals(0.5, r.spread(), RATIO_TOLERANCE);
        assertEquals(16 / 2.5, r.gbpsRange()[0], RATIO_TOLERANCE);
        assertEquals(16 / 1.5, r.gbpsRange()[1], RATIO_TOLERANCE);
        assertThrows(IllegalArgumentException.class, () -> new BenchResult("copy", 2.0, 8.0, 2.5, 3.0));
    }
}
