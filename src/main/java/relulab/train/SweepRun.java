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
 * @param deadFraction   per hidden layer, the final share of dead units (slope 0 on every point)
 * @param nearlyDeadFraction per hidden layer, the final share of nearly dead units ({@link GradientFloor})
 */
public record SweepRun(
        double learningRate,
        long seed,
        int divergedAt,
        double finalLoss,
        double trainAccuracy,
        double[] silentFraction,
        boolean silentMeansDead,
        double[] deadFraction,
        double[] nearlyDeadFraction) {

    public SweepRun {
        silentFraction = silentFraction.clone();
        deadFraction = deadFraction.clone();
        nearlyDeadFraction = nearlyDeadFraction.clone();
    }

    /** The final figures of {@code run}. */
    public static SweepRun of(TrainingRun run) {
        double[] silent = new double[run.hiddenLayers()];
        double[] dead = new double[silent.length];
        double[] nearly = new double[silent.length];
        for (int l = 0; l < silent.length; l++) {
            silent[l] = run.silentFraction(run.stepsRun(), l);
            dead[l] = run.deadFraction(l);
            nearly[l] = run.nearlyDeadFraction(l);
        }
        return new SweepRun(
                run.config().learningRate(),
                run.config().seed(),
                run.divergedAt().orElse(-1),
                run.finalLoss(),
                run.trainAccuracy(),
                silent,
                run.silentMeansDead(),
                dead,
                nearly);
    }

    public boolean diverged() {
        return divergedAt >= 0;
    }

    @Override
    public double[] silentFraction() {
        return silentFraction.clone();
    }

    /** The final share of dead units of each hidden layer: the silent share under ReLU, 0 under Leaky ReLU. */
    @Override
    public double[] deadFraction() {
        return deadFraction.clone();
    }

    /** The final share of nearly dead units of each hidden layer: 0 under ReLU and Leaky ReLU. */
    @Override
    public double[] nearlyDeadFraction() {
        return nearlyDeadFraction.clone();
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
                && silentMeansDead == r.silentMeansDead
                && Arrays.equals(deadFraction, r.deadFraction)
                && Arrays.equals(nearlyDeadFraction, r.nearlyDeadFraction);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(learningRate) * 31 + Long.hashCode(seed);
    }
}
