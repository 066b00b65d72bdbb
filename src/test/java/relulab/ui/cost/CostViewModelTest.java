package relulab.ui.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import relulab.cost.BenchKernel;
import relulab.cost.BenchReport;
import relulab.cost.BenchResult;
import relulab.cost.BenchRunner;

/** The tab's state, driven step by step without a toolkit: runs, stale results, errors, metrics. */
class CostViewModelTest {

    private static final double EXACT = 0.0;

    /** copy at 32 GB/s; ReLU at memory speed; sigmoid and tanh far behind. */
    private static final BenchReport REPORT = new BenchReport(
            1024,
            List.of(
                    new BenchResult("copy", 0.5, 32.0),
                    new BenchResult("relu-forward", 0.5, 32.0),
                    new BenchResult("relu-backward", 0.8, 30.0),
                    new BenchResult("leaky-relu-forward", 0.6, 16.0 / 0.6),
                    new BenchResult("leaky-relu-backward", 0.9, 24.0 / 0.9),
                    new BenchResult("sigmoid-forward", 5.0, 3.2),
                    new BenchResult("sigmoid-backward", 8.0, 3.0),
                    new BenchResult("tanh-forward", 40.0, 0.4),
                    new BenchResult("tanh-backward", 48.0, 0.5)));

    private final Remembered memory = new Remembered();
    private final CostViewModel model = new CostViewModel(Runnable::run, Runnable::run, new BenchRunner(0, 1), memory);

    /** A memory that keeps the report in a field. */
    private static final class Remembered implements ReportMemory {
        private BenchReport last;

        @Override
        public Optional<BenchReport> recall() {
            return Optional.ofNullable(last);
        }

        @Override
        public void remember(BenchReport report) {
            last = report;
        }
    }

    @Test
    void startsIdleWithTheDefaultSizeAndNoBars() {
        assertEquals(BenchRunner.DEFAULT_ELEMENTS, model.sizeProperty().get());
        assertTrue(CostViewModel.SIZES.contains(model.sizeProperty().get()));
        assertFalse(model.runningProperty().get());
        assertTrue(model.bars().isEmpty());
        assertEquals("", model.ratiosProperty().get());
    }

    @Test
    void aSuccessfulRunGivesTheChaptersBarsCopyFirstAndTheRatioSentence() {
        long id = model.begin(1024);
        assertTrue(model.runningProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Measuring 1,024 elements"));
        model.succeeded(id, REPORT);
        assertFalse(model.runningProperty().get());
        assertEquals(
                List.of(
                        "copy",
                        "ReLU forward",
                        "ReLU backward",
                        "Sigmoid forward",
                        "Sigmoid backward",
                        "tanh forward",
                        "tanh backward"),
                model.bars().stream().map(CostBar::title).toList(),
                "the chapter's three at first, named by the activation words");
        CostBar copy = model.bars().get(0);
        assertEquals(new CostBar(BenchKernel.COPY, "copy", "a load and a store", 1.0, 1.0, 1.0, 1.0), copy);
        assertEquals(CostMetric.RATIO_TO_COPY, model.metricProperty().get(), "speed relative to copy by default");
        assertEquals("a comparison", model.bars().get(1).work());
        assertEquals("an exp, a division", model.bars().get(3).work());
        assertEquals("bar-comparison", model.bars().get(2).styleClass());
        assertEquals("bar-exp", model.bars().get(3).styleClass());
        assertEquals(
                "bar-multiplication",
                model.bars().get(4).styleClass(),
                "sigmoid's backward is timed from the kept output: multiplications, no exp");
        assertEquals("bar-multiplication", model.bars().get(6).styleClass());

        model.shownProperty("leaky").set(true);

        assertEquals(9, model.bars().size());
        assertEquals(
                "Leaky ReLU forward",
                model.bars().get(3).title(),
                "the short name: the chart's categories have little room, and the slope does not change the cost");
        assertEquals("bar-multiplication", model.bars().get(3).styleClass());
        assertEquals(
                "ReLU forward runs at 1\u00D7 the speed of copying the same bytes: it keeps up with the copy. "
                        + "Sigmoid forward, with an exp per element: 0.1\u00D7; tanh forward: 0.013\u00D7. "
                        + "Backward: ReLU backward 0.94\u00D7; Sigmoid backward 0.094\u00D7, tanh backward 0.016\u00D7, "
                        + "from their kept outputs. "
                        + "Leaky ReLU (a comparison, a multiplication): forward 0.83\u00D7, backward 0.83\u00D7 "
                        + "the speed of a copy.",
                model.ratiosProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Measured on 1,024 elements per tensor"));
    }

    @Test
    void switchingTheMetricRevaluesTheBarsInGigabytesPerSecond() {
        model.succeeded(model.begin(1024), REPORT);
        model.metricProperty().set(CostMetric.GBPS);
        assertEquals(30.0, model.bars().get(2).value(), EXACT);
        assertEquals("30 GB/s", CostChartData.valueText(model.bars().get(2), CostMetric.GBPS));
        model.metricProperty().set(CostMetric.NS_PER_ELEMENT);
        assertEquals(0.8, model.bars().get(2).value(), EXACT);
        assertEquals("0.8 ns", CostChartData.valueText(model.bars().get(2), CostMetric.NS_PER_ELEMENT));
        model.metricProperty().set(CostMetric.RATIO_TO_COPY);
        assertEquals(30.0 / 32.0, model.bars().get(2).value(), 1e-15);
        assertEquals("0.94\u00D7", CostChartData.valueText(model.bars().get(2), CostMetric.RATIO_TO_COPY));
    }

    @Test
    void onlyTheNewestRunMayChangeTheResult() {
        long older = model.begin(1024);
        long newer = model.begin(2048);
        model.succeeded(older, REPORT);
        assertNull(model.reportProperty().get());
        assertTrue(model.runningProperty().get());
        model.progressed(older, 0.9);
        assertEquals(0.0, model.progressProperty().get(), EXACT);
        model.progressed(newer, 0.5);
        assertEquals(0.5, model.progressProperty().get(), EXACT);
        model.succeeded(newer, REPORT);
        assertSame(REPORT, model.reportProperty().get());
    }

    @Test
    void aFailureShowsItsMessageAndKeepsThePreviousChart() {
        model.succeeded(model.begin(1024), REPORT);
        model.failed(
                model.begin(1 << 24),
                new IllegalArgumentException(
                        "16,777,216 elements need 384 MiB for three arrays, but only 100 MiB of memory are free; choose fewer elements"));
        assertTrue(model.failedProperty().get());
        assertFalse(model.runningProperty().get());
        assertEquals(
                "Could not measure: 16,777,216 elements need 384 MiB for three arrays, but only 100 MiB "
                        + "of memory are free; choose fewer elements.",
                model.statusProperty().get());
        assertSame(REPORT, model.reportProperty().get());
        assertEquals(7, model.bars().size());
    }

    @Test
    void runningOutOfMemoryIsSaidInWords() {
        model.failed(model.begin(1 << 24), new OutOfMemoryError("Java heap space"));
        assertEquals(
                "Could not measure: not enough memory for this size; choose a smaller one.",
                model.statusProperty().get());
    }

    @Test
    void aCancelledRunStopsAndSaysTheChartIsThePreviousOne() {
        model.succeeded(model.begin(1024), REPORT);
        long id = model.begin(2048);
        model.failed(id, new CancellationException("benchmark cancelled"));
        assertFalse(model.runningProperty().get());
        assertFalse(model.failedProperty().get());
        assertEquals(
                "Cancelled. The chart shows the previous measurement.",
                model.statusProperty().get());
    }

    /** Whiskers: tanh forward's rounds took 36 to 60 ns (median 40), so its bandwidth ran 16/60 to 16/36 GB/s. */
    @Test
    void whiskersRunFromTheSlowestToTheFastestRoundInEveryMetric() {
        BenchReport spread = withTanh(new BenchResult("tanh-forward", 40.0, 0.4, 36.0, 60.0));
        model.succeeded(model.begin(1024), spread);
        CostBar tanh = model.bars().get(5);
        assertEquals(0.4 / 32 * 40 / 60, tanh.low(), 1e-15);
        assertEquals(0.4 / 32 * 40 / 36, tanh.high(), 1e-15);
        model.metricProperty().set(CostMetric.NS_PER_ELEMENT);
        assertEquals(36.0, model.bars().get(5).low(), EXACT);
        assertEquals(60.0, model.bars().get(5).high(), EXACT);
    }

    @Test
    void roundsThatDifferByMoreThanAFifthSayTheMachineIsBusyInsteadOfRanking() {
        model.succeeded(model.begin(1024), withTanh(new BenchResult("tanh-forward", 40.0, 0.4, 36.0, 50.0)));
        assertTrue(model.busyProperty().get());
        assertEquals(
                "The machine was busy: the rounds of tanh forward differed by 35% of their median "
                        + "(more than 20%), so the ranking may be false. Close other programs and run again.",
                model.ratiosProperty().get());
        model.succeeded(model.begin(1024), withTanh(new BenchResult("tanh-forward", 40.0, 0.4, 36.0, 43.0)));
        assertFalse(model.busyProperty().get(), "17.5% is steady enough");
        assertTrue(model.ratiosProperty().get().startsWith("ReLU forward runs at "));
    }

    @Test
    void theTabOpensOnTheLastMeasurementAndRemembersEachNewOne() {
        model.succeeded(model.begin(1024), REPORT);
        assertSame(REPORT, memory.last);

        CostViewModel reopened = new CostViewModel(Runnable::run, Runnable::run, new BenchRunner(0, 1), memory);
        assertSame(REPORT, reopened.reportProperty().get());
        assertEquals(7, reopened.bars().size());
        assertTrue(
                reopened.statusProperty().get().startsWith("The last measurement, on 1,024 elements"),
                reopened.statusProperty().get());
        assertFalse(reopened.runningProperty().get());
    }

    private static BenchReport withTanh(BenchResult tanh) {
        List<BenchResult> results = new java.util.ArrayList<>(REPORT.results());
        results.set(7, tanh);
        return new BenchReport(REPORT.elements(), results);
    }

    @Test
    void theLastReportIsReadAndWrittenOnTheBackgroundThreadNotTheCallers() {
        List<Runnable> background = new java.util.ArrayList<>();
        memory.last = REPORT;
        CostViewModel reopened = new CostViewModel(background::add, Runnable::run, new BenchRunner(0, 1), memory);
        assertEquals(null, reopened.reportProperty().get(), "nothing read yet");

        background.remove(0).run();

        assertSame(REPORT, reopened.reportProperty().get());
        memory.last = null;
        reopened.succeeded(reopened.begin(1024), REPORT);
        assertEquals(null, memory.last, "not written yet");
        background.remove(0).run();
        assertSame(REPORT, memory.last);
    }

    @Test
    void aFamilyMemberShownGetsItsBarsAndASentenceWithItsRatios() {
        List<BenchResult> results = new java.util.ArrayList<>(REPORT.results());
        results.add(new BenchResult("gelu-forward", 2.0, 8.0));
        results.add(new BenchResult("gelu-backward", 4.0, 6.0));
        model.succeeded(model.begin(1024), new BenchReport(1024, results));
        assertFalse(model.ratiosProperty().get().contains("GELU"));

        model.shownProperty("gelu").set(true);

        assertEquals("bar-erf", model.bars().get(model.bars().size() - 1).styleClass());
        assertTrue(
                model.ratiosProperty()
                        .get()
                        .endsWith(" GELU (an erf): forward 0.25\u00D7, backward 0.19\u00D7 the speed of a copy."),
                model.ratiosProperty().get());
    }
}
