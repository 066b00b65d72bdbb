package relulab.train;

import java.util.List;

/**
 * One learning rate of a sweep: the final silent, dead and nearly dead shares of each hidden
 * layer and the final training accuracy, averaged over {@code runs} seeds, and how many of those
 * runs diverged (their figures are the ones of their last finite step).
 *
 * @param learningRate           the rate
 * @param meanSilentFraction     per hidden layer, the mean share of silent units (dead under ReLU,
 *                               inactive under Leaky ReLU)
 * @param runs                   the number of seeds averaged
 * @param diverged               how many of those runs diverged
 * @param meanDeadFraction       per hidden layer, the mean share of dead units (slope 0 on every point)
 * @param meanNearlyDeadFraction per hidden layer, the mean share of nearly dead units ({@link GradientFloor})
 * @param meanAccuracy           the mean final training accuracy
 */
public record SweepPoint(
        double learningRate,
        double[] meanSilentFraction,
        int runs,
        int diverged,
        double[] meanDeadFraction,
        double[] meanNearlyDeadFraction,
        double meanAccuracy) {

    public SweepPoint {
        meanSilentFraction = meanSilentFraction.clone();
        meanDeadFraction = meanDeadFraction.clone();
        meanNearlyDeadFraction = meanNearlyDeadFraction.clone();
    }

    /** The mean shares of {@code runs}, all at rate {@code lr}, and how many diverged. */
    public static SweepPoint of(double lr, List<SweepRun> runs) {
        int layers = runs.get(0).silentFraction().length;
        double[] silent = new double[layers];
        double[] dead = new double[layers];
        double[] nearly = new double[layers];
        double accuracy = 0;
        int diverged = 0;
        for (SweepRun run : runs) {
            add(silent, run.silentFraction());
            add(dead, run.deadFraction());
            add(nearly, run.nearlyDeadFraction());
            accuracy += run.trainAccuracy();
            diverged += run.diverged() ? 1 : 0;
        }
        for (double[] sum : new double[][] {silent, dead, nearly}) {
            for (int l = 0; l < layers; l++) {
                sum[l] /= runs.size();
            }
        }
        return new SweepPoint(lr, silent, runs.size(), diverged, dead, nearly, accuracy / runs.size());
    }

    private static void add(double[] sum, double[] shares) {
        for (int l = 0; l < sum.length; l++) {
            sum[l] += shares[l];
        }
    }

    @Override
    public double[] meanSilentFraction() {
        return meanSilentFraction.clone();
    }

    @Override
    public double[] meanDeadFraction() {
        return meanDeadFraction.clone();
    }

    @Override
    public double[] meanNearlyDeadFraction() {
        return meanNearlyDeadFraction.clone();
    }

    /** The mean silent share of hidden layer {@code layer}. */
    public double meanSilentFraction(int layer) {
        return meanSilentFraction[layer];
    }

    /** The mean dead share of all hidden units (the layers have the same width). */
    public double deadShare() {
        return mean(meanDeadFraction);
    }

    /** The mean nearly dead share of all hidden units. */
    public double nearlyDeadShare() {
        return mean(meanNearlyDeadFraction);
    }

    /** The number of hidden layers. */
    public int layers() {
        return meanSilentFraction.length;
    }

    private static double mean(double[] shares) {
        double sum = 0;
        for (double s : shares) {
            sum += s;
        }
        return sum / shares.length;
    }
}
