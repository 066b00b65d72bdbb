package relulab.train;

import java.util.Arrays;

/**
 * One run of a learning-rate sweep, reduced to its final figures: what {@code relu-lab dying
 * --sweep} prints for each run and what the tab's sweep averages. The per-step history of a
 * {@link TrainingRun} is dropped, so a sweep of many runs stays small.
 *
 * @param learningRate   the rate
 * @param seed           the seed of the data, the weights and the batches
 * @param divergedAt     the step whose loss was not finite, or −1; the figures are then those
 *                       of the last finite step
 * @param finalLoss      the final (finite) training loss
 * @param trainAccuracy  the final training accuracy
 * @param silentFraction per hidden layer, the final share of silent units (pre-activation ≤ 0
 *                       on every training point)
 * @param silentMeansDead true under ReLU, where a silent unit is dead; false under Leaky ReLU
 */
public record SweepRun(
        double learningRate,
        long seed,
        int divergedAt,
        double finalLoss,
        double trainAccuracy,
        double[] silentFraction,
        boolean silentMeansDead) {

    public SweepRun {
        silentFraction = silentFraction.clone();
    }

    /** The final figures of {@code run}. */
    public static SweepRun of(TrainingRun run) {
        double[] silent = new double[run.hiddenLayers()];
        for (int l = 0; l < silent.length; l++) {
            silent[l] = run.silentFraction(run.stepsRun(), l);
        }
        return new SweepRun(
                run.config().learningRate(),
                run.config().seed(),
                run.divergedAt().orElse(-1),
                run.finalLoss(),
                run.trainAccuracy(),
                silent,
                run.silentMeansDead());
    }

    public boolean diverged() {
        return divergedAt >= 0;
    }

    @Override
    public double[] silentFraction() {
        return silentFraction.clone();
    }

    /** The final share of dead units of each hidden layer: the silent share under ReLU, 0 under Leaky ReLU. */
    public double[] deadFraction() {
        return silentMeansDead ? silentFraction.clone() : new double[silentFraction.length];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SweepRun r
                && Double.compare(learningRate, r.learningRate) == 0
                && seed == r.seed
                && divergedAt == r.divergedAt
                && Double.compare(finalLoss, r.finalLoss) == 0
                && Double.compare(trainAccuracy, r.trainAccuracy) == 0
                && Arrays.equals(silentFraction, r.silentFraction)
                && silentMeansDead == r.silentMeansDead;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(learningRate) * 31 + Long.hashCode(seed);
    }
}
