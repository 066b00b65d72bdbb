package relulab.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The dead share as a function of the learning rate: for each of a set of rates, spaced evenly
 * on a log scale, train with several seeds and average the final silent share per layer.
 *
 * <p>{@code rates(min, max, n)[i] = 10^(log10 min + i·(log10 max − log10 min)/(n − 1))}, as
 * NumPy's {@code logspace}. Each run is computed on its own so a caller may spread the runs
 * over threads ({@link #runAll}) or show the rates as they arrive ({@link #measure}).
 */
public final class LearningRateSweep {

    /** The slider's and the sweep's lowest rate. */
    public static final double MIN_RATE = 1e-3;
    /** The slider's and the sweep's highest rate. */
    public static final double MAX_RATE = 10;
    /** Rates in the lab's sweep. */
    public static final int RATES = 25;
    /** Seeds averaged at each rate in the lab's sweep. */
    public static final int SEEDS = 3;

    private LearningRateSweep() {}

    /** {@code n} rates from {@code min} to {@code max}, evenly spaced in log10. */
    public static double[] rates(double min, double max, int n) {
        if (!(min > 0) || !(max >= min) || n < 1) {
            throw new IllegalArgumentException("need 0 < min ≤ max and at least one rate");
        }
        double lo = Math.log10(min);
        double hi = Math.log10(max);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = n == 1 ? min : Math.pow(10, lo + (hi - lo) * i / (n - 1));
        }
        r[n - 1] = n == 1 ? min : max;
        return r;
    }

    /** The lab's 25 rates from 1e-3 to 10. */
    public static double[] labRates() {
        return rates(MIN_RATE, MAX_RATE, RATES);
    }

    /**
     * Trains {@code base} at rate {@code lr} with seeds {@code base.seed() .. base.seed() + seeds − 1}
     * and averages the final silent shares.
     *
     * @throws CancellationException when {@code cancelled} answers true
     */
    public static SweepPoint measure(TrainingConfig base, double lr, int seeds, BooleanSupplier cancelled) {
        requireSeeds(seeds);
        List<SweepRun> runs = new ArrayList<>(seeds);
        for (int s = 0; s < seeds; s++) {
            runs.add(train(base, lr, base.seed() + s, cancelled));
        }
        return SweepPoint.of(lr, runs);
    }

    /**
     * Every run of a sweep — each rate of {@code rates} with seeds {@code base.seed() ..
     * base.seed() + seeds − 1} — spread over {@code pool} one run per task, and returned rate by
     * rate, seed by seed. Each run is the one {@link Trainer#train(TrainingConfig)} gives.
     *
     * <p>The data and the initial network depend on the seed only, so they are made once per
     * seed and shared by the runs of every rate (they never change). The runs are handed to
     * the pool from both ends of the rate range in turn, so that the first runs already show
     * the compiler the high rates' all-zero rows and early divergence as well as the low
     * rates' long training; otherwise code compiled on the low rates alone is thrown away and
     * compiled again when the high rates come. The first run is done alone, on the calling
     * thread, while the compiler has the other core: started together, two runs spend their
     * first few hundred milliseconds in slow code waiting for a compiler that has no core of
     * its own (measured: the first twelve runs took as long on two threads as on one).
     *
     * @throws CancellationException when {@code cancelled} answers true
     */
    public static List<SweepRun> runAll(
            TrainingConfig base, double[] rates, int seeds, Executor pool, BooleanSupplier cancelled) {
        requireSeeds(seeds);
        Dataset[] data = new Dataset[seeds];
        Mlp[] init = new Mlp[seeds];
        for (int s = 0; s < seeds; s++) {
            TrainingConfig config = base.withSeed(base.seed() + s);
            data[s] = config.dataset().generate(config.seed());
            init[s] = Trainer.initialModel(config, data[s]);
        }
        List<Supplier<SweepRun>> runs = new ArrayList<>(rates.length * seeds);
        for (double lr : rates) {
            for (int s = 0; s < seeds; s++) {
                TrainingConfig config = base.withLearningRate(lr).withSeed(base.seed() + s);
                Dataset d = data[s];
                Mlp m = init[s];
                runs.add(() -> SweepRun.of(Trainer.train(config, d, m, cancelled)));
            }
        }
        int[] order = fromBothEnds(rates.length);
        SweepRun[] done = new SweepRun[runs.size()];
        done[order[0] * seeds] = runs.get(order[0] * seeds).get();
        List<CompletableFuture<SweepRun>> futures = new ArrayList<>(Collections.nCopies(runs.size(), null));
        for (int r : order) {
            for (int s = 0; s < seeds; s++) {
                int i = r * seeds + s;
                futures.set(
                        i,
                        done[i] != null
                                ? CompletableFuture.completedFuture(done[i])
                                : CompletableFuture.supplyAsync(runs.get(i), pool));
            }
        }
        try {
            return futures.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            futures.forEach(f -> f.cancel(false));
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Indices 0..n−1 taken from the ends inwards: n−1, 0, n−2, 1, … */
    static int[] fromBothEnds(int n) {
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k % 2 == 0 ? n - 1 - k / 2 : k / 2;
        }
        return order;
    }

    private static SweepRun train(TrainingConfig base, double lr, long seed, BooleanSupplier cancelled) {
        TrainingConfig config = base.withLearningRate(lr).withSeed(seed);
        return SweepRun.of(Trainer.train(config, config.dataset().generate(config.seed()), cancelled));
    }

    private static void requireSeeds(int seeds) {
        if (seeds < 1) {
            throw new IllegalArgumentException("need at least one seed, got " + seeds);
        }
    }
}
