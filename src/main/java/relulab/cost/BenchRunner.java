package relulab.cost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Measures every {@link BenchKernel} on the same random tensors, in one run.
 *
 * <p>The rounds go round-robin over the kernels — copy, relu-forward, …, tanh-backward, then
 * again — so that a burst of load from other programs slows them all alike and the ratios stay
 * fair. The first rounds are warm-up (the JIT compiles the loops); each kernel's time is the
 * median of the timed rounds, which ignores a stray slow round, reported with the fastest and
 * the slowest round so that a reader sees how much the machine disturbed the measurement. A small tensor is timed over
 * several calls per round, so that every timed sample covers at least
 * {@value #MIN_ELEMENTS_PER_SAMPLE} elements and lasts well above the clock's resolution.
 *
 * <p>Pure Java: no JavaFX, no printing; the command line and the window show the report.
 */
public final class BenchRunner {

    /** 8 Mi doubles: 64 MiB per array, twice the last-level cache, so the loops meet memory. */
    public static final int DEFAULT_ELEMENTS = 8 * 1024 * 1024;
    /** Rounds run before timing starts, so that the loops are compiled. */
    public static final int DEFAULT_WARMUP_ROUNDS = 3;
    /** Rounds whose median is reported. */
    public static final int DEFAULT_MEASURED_ROUNDS = 7;

    static final long MIN_ELEMENTS_PER_SAMPLE = 1L << 20;

    private final int warmupRounds;
    private final int measuredRounds;

    /** A runner with the default rounds, for real measurements. */
    public BenchRunner() {
        this(DEFAULT_WARMUP_ROUNDS, DEFAULT_MEASURED_ROUNDS);
    }

    /** A runner with the given rounds (tests use few). */
    public BenchRunner(int warmupRounds, int measuredRounds) {
        if (warmupRounds < 0 || measuredRounds < 1) {
            throw new IllegalArgumentException("need at least one measured round and no negative warm-up, got "
                    + warmupRounds + " and " + measuredRounds);
        }
        this.warmupRounds = warmupRounds;
        this.measuredRounds = measuredRounds;
    }

    /**
     * Refuses an element count the runner cannot measure, before any work starts.
     *
     * @throws IllegalArgumentException with a message fit for the user
     */
    public static void requireValidElements(long elements) {
        BenchData.requireValid(elements);
    }

    /**
     * Runs every kernel on {@code elements} doubles and returns their median costs, copy first.
     *
     * @throws IllegalArgumentException when the count is not positive or the arrays do not fit
     * @throws CancellationException when {@code progress} says the run was cancelled
     */
    public BenchReport run(long elements, BenchProgress progress) {
        BenchData data = BenchData.allocate(elements, progress);
        int n = data.x.length;
        int calls = (int) Math.max(1, (MIN_ELEMENTS_PER_SAMPLE + n - 1) / n);
        BenchKernel[] kernels = BenchKernel.values();
        long[][] samples = new long[kernels.length][measuredRounds];
        int rounds = warmupRounds + measuredRounds;
        long total = (long) rounds * kernels.length;
        long done = 0;
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < kernels.length; k++) {
                if (progress.isCancelled()) {
                    throw new CancellationException("benchmark cancelled");
                }
                long nanos = time(kernels[k], data, calls);
                if (round >= warmupRounds) {
                    samples[k][round - warmupRounds] = nanos;
                }
                progress.update(++done, total);
            }
        }
        List<BenchResult> results = new ArrayList<>(kernels.length);
        double elementsPerSample = (double) calls * n;
        for (int k = 0; k < kernels.length; k++) {
            long[] sorted = samples[k].clone();
            Arrays.sort(sorted);
            results.add(BenchResult.of(
                    kernels[k],
                    median(sorted) / elementsPerSample,
                    sorted[0] / elementsPerSample,
                    sorted[sorted.length - 1] / elementsPerSample));
        }
        return new BenchReport(n, results);
    }

    private static long time(BenchKernel kernel, BenchData data, int calls) {
        long start = System.nanoTime();
        for (int c = 0; c < calls; c++) {
            kernel.run(data.x, data.dout, data.out);
        }
        // a clock tick of 0 ns would make an infinite bandwidth; a tiny run still takes > 0 ns
        return Math.max(1, System.nanoTime() - start);
    }

    private static double median(long[] sorted) {
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
