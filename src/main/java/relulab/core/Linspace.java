package relulab.core;

/**
 * Evenly spaced numbers, computed exactly as NumPy's {@code np.linspace(start, stop, num)}.
 *
 * <p>NumPy computes {@code step = (stop - start) / (num - 1)}, then {@code y[i] = i*step + start}
 * (a multiply, then an add — two roundings, no fused multiply-add), and finally sets the last
 * element to {@code stop} exactly. Doing the same operations in the same order gives the same
 * doubles bit for bit, so the cs231n test case {@code np.linspace(-0.5, 0.5, 12)} matches.
 */
public final class Linspace {

    private Linspace() {}

    /** {@code num} values from {@code start} to {@code stop}, both included; {@code num >= 1}. */
    public static double[] values(double start, double stop, int num) {
        if (num < 1) {
            throw new IllegalArgumentException("linspace needs at least one value, got " + num);
        }
        double[] y = new double[num];
        if (num == 1) {
            y[0] = start;
            return y;
        }
        double step = (stop - start) / (num - 1);
        for (int i = 0; i < num; i++) {
            y[i] = i * step + start;
        }
        y[num - 1] = stop;
        return y;
    }
}
