package relulab.train;

import java.util.List;

/**
 * One learning rate of a sweep: the final silent share of each hidden layer, averaged over
 * {@code runs} seeds, and how many of those runs diverged (their share is the one of their
 * last finite step).
 *
 * @param learningRate       the rate
 * @param meanSilentFraction per hidden layer, the mean share of dead (ReLU) or inactive (Leaky) units
 * @param runs               the number of seeds averaged
 * @param diverged           how many of those runs diverged
 */
public record SweepPoint(double learningRate, double[] meanSilentFraction, int runs, int diverged) {

    public SweepPoint {
        meanSilentFraction = meanSilentFraction.clone();
    }

    /** The mean silent shares of {@code runs}, all at rate {@code lr}, and how many diverged. */
    public static SweepPoint of(double lr, List<SweepRun> runs) {
        double[] sum = new double[runs.get(0).silentFraction().length];
        int diverged = 0;
        for (SweepRun run : runs) {
            double[] f = run.silentFraction();
            for (int l = 0; l < sum.length; l++) {
                sum[l] += f[l];
            }
            diverged += run.diverged() ? 1 : 0;
        }
        for (int l = 0; l < sum.length; l++) {
            sum[l] /= runs.size();
        }
        return new SweepPoint(lr, sum, runs.size(), diverged);
    }

    @Override
    public double[] meanSilentFraction() {
        return meanSilentFraction.clone();
    }

    /** The mean silent share of hidden layer {@code layer}. */
    public double meanSilentFraction(int layer) {
        return meanSilentFraction[layer];
    }

    /** The number of hidden layers. */
    public int layers() {
        return meanSilentFraction.length;
    }
}
