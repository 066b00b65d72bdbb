package relulab.bench.dying;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.value.ChangeListener;
import relulab.train.LearningRateSweep;
import relulab.ui.dying.DyingViewModel;

/**
 * How long the dying lesson takes to show the run at a newly chosen rate: from the moment the
 * rate is set on the UI thread to the moment the run (loss, accuracy, unit grids) and then the
 * network at its last step (decision regions, layer-1 lines) are posted back to the UI thread
 * and set on the view model. Drawing them is not included: the clock stops when the results
 * are in the properties the view draws from.
 *
 * <p>The view model runs as in the program: its own single-thread workers, a pool with one
 * thread per core for the sweep (which also lends a core to each step of the single run), and a
 * single UI thread standing in for JavaFX's. The lesson's sweep is let finish first, and every
 * change waits for all background work of the one before (the remedies too), so each rate is
 * timed on an otherwise idle lesson; with {@code -Dslider.duringSweep=true}, each rate is chosen
 * instead while a sweep runs (a new seed started it). Rates cycle through the slider's snap
 * points from 0.01 to 5; medians and the slowest of the measured changes are printed.
 *
 * <p>Run: {@code mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * -Dmdep.includeScope=test && java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * relulab.bench.dying.SliderRunBench}
 */
public final class SliderRunBench {

    private static final double[] RATES = {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5};
    private static final int WARMUP = 2 * RATES.length;
    private static final int MEASURED = 3 * RATES.length;

    private final ExecutorService ui = Executors.newSingleThreadExecutor(daemon("ui"));
    private final ExecutorService pool =
            Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), daemon("sweep-pool"));
    private final DyingViewModel vm = new DyingViewModel(
            Executors.newSingleThreadExecutor(daemon("train")),
            Executors.newSingleThreadExecutor(daemon("step")),
            Executors.newSingleThreadExecutor(daemon("sweep")),
            pool,
            Executors.newSingleThreadExecutor(daemon("partner")),
            ui);
    /** With {@code -Dslider.duringSweep=true}: each rate is chosen while a sweep runs, as just after a new seed. */
    private static final boolean DURING_SWEEP = Boolean.getBoolean("slider.duringSweep");

    private SliderRunBench() {}

    public static void main(String[] args) throws Exception {
        SliderRunBench bench = new SliderRunBench();
        bench.startAndWaitForSweep();
        double[] run = new double[MEASURED];
        double[] shown = new double[MEASURED];
        for (int i = 0; i < WARMUP + MEASURED; i++) {
            double[] t = bench.chooseRate(RATES[i % RATES.length]);
            if (i >= WARMUP) {
                run[i - WARMUP] = t[0];
                shown[i - WARMUP] = t[1];
            }
        }
        System.out.printf(
                Locale.ROOT,
                "rate chosen -> run posted:           median %.1f ms, slowest %.1f ms%n",
                median(run),
                max(run));
        System.out.printf(
                Locale.ROOT,
                "rate chosen -> last step's network posted: median %.1f ms, slowest %.1f ms"
                        + " (%d changes, rates 0.01 to 5)%n",
                median(shown),
                max(shown),
                MEASURED);
    }

    private void startAndWaitForSweep() throws Exception {
        CountDownLatch swept = new CountDownLatch(1);
        ui.execute(() -> {
            vm.sweepProperty().addListener((o, was, now) -> {
                if (now.size() == LearningRateSweep.RATES) {
                    swept.countDown();
                }
            });
            vm.start();
        });
        if (!swept.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the sweep did not finish");
        }
        awaitIdle();
    }

    /** {ms to the run posted, ms to the last step's network posted} for one change of rate. */
    private double[] chooseRate(double lr) throws Exception {
        if (DURING_SWEEP) {
            startSweep();
        }
        AtomicLong start = new AtomicLong();
        AtomicLong runAt = new AtomicLong();
        AtomicLong shownAt = new AtomicLong();
        CountDownLatch shown = new CountDownLatch(1);
        CountDownLatch remedies = new CountDownLatch(1);
        ChangeListener<Object> onRun = (o, was, now) -> runAt.compareAndSet(0, System.nanoTime());
        ChangeListener<Object> onSnapshot = (o, was, now) -> {
            if (runAt.get() != 0 && shownAt.compareAndSet(0, System.nanoTime())) {
                shown.countDown();
            }
        };
        ChangeListener<Object> onRemedies = (o, was, now) -> remedies.countDown();
        ui.execute(() -> {
            vm.runProperty().addListener(onRun);
            vm.snapshotProperty().addListener(onSnapshot);
            vm.remediesProperty().addListener(onRemedies);
            start.set(System.nanoTime());
            vm.logLearningRateProperty().set(Math.log10(lr));
        });
        if (!shown.await(30, TimeUnit.SECONDS) || !remedies.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no result for lr " + lr);
        }
        awaitIdle(); // the sweep too, when one was started
        ui.submit(() -> {
                    vm.runProperty().removeListener(onRun);
                    vm.snapshotProperty().removeListener(onSnapshot);
                    vm.remediesProperty().removeListener(onRemedies);
                })
                .get();
        return new double[] {(runAt.get() - start.get()) / 1e6, (shownAt.get() - start.get()) / 1e6};
    }

    /**
     * Changes the seed, which trains again and then sweeps again, and returns once that sweep
     * has begun: the moment a student who has just changed a setting moves the slider.
     */
    private void startSweep() throws Exception {
        ui.submit(() -> vm.seedProperty().set(vm.seedProperty().get() == 1 ? 2 : 1))
                .get();
        while (!ui.submit(() ->
                        vm.sweepingProperty().get() && !vm.trainingProperty().get())
                .get()) {
            Thread.sleep(2);
        }
        Thread.sleep(200); // into the sweep, its runs under way on both cores
    }

    /** Waits until the lesson trains and sweeps nothing, then a little more for the last posts. */
    private void awaitIdle() throws Exception {
        while (ui.submit(() ->
                        vm.trainingProperty().get() || vm.sweepingProperty().get())
                .get()) {
            Thread.sleep(5);
        }
        Thread.sleep(50);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }
}
