package relulab.train;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The dead share as a function of the learning rate: for each of a set of rates, spaced evenly
 * on a log scale, train with several seeds and average the final silent share per layer.
 *
 * <p>{@code rates(min, max, n)[i] = 10^(log10 min + i·(log10 max − log10 min)/(n − 1))}, as
 * NumPy's {@code logspace}. Each point is computed on its own so a caller may spread the rates
 * over threads and show them as they arrive.
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

    private LearningRateSweep() {
    }

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
        if (seeds < 1) {
            throw new IllegalArgumentException("need at least one seed, got " + seeds);
        }
        double[] sum = new double[base.hiddenLayers()];
        int diverged = 0;
        for (int s = 0; s < seeds; s++) {
            TrainingConfig config = base.withLearningRate(lr).withSeed(base.seed() + s);
            TrainingRun run = Trainer.train(config, config.dataset().generate(config.seed()), cancelled);
            for (int l = 0; l < sum.length; l++) {
                sum[l] += run.silentFraction(run.stepsRun(), l);
            }
            if (run.diverged()) {
                diverged++;
            }
        }
        for (int l = 0; l < sum.length; l++) {
            sum[l] /= seeds;
        }
        return new SweepPoint(lr, sum, seeds, diverged);
    }
}
