package relulab.core;

/**
 * What ReLU did to the cells of one depth slice (or of the whole tensor): how many negatives
 * it {@code zeroed}, how many positives {@code passed}, how many were {@code alreadyZero}
 * (±0, left as 0 with no gradient) and how many were {@code nan}. The four counts add up to
 * the number of cells.
 */
public record ChannelStats(int zeroed, int passed, int alreadyZero, int nan) {

    public ChannelStats {
        if (zeroed < 0 || passed < 0 || alreadyZero < 0 || nan < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** Counts the cells of {@code values[from, to)}. */
    static ChannelStats count(double[] values, int from, int to) {
        int zeroed = 0;
        int passed = 0;
        int zero = 0;
        int nan = 0;
        for (int i = from; i < to; i++) {
            double v = values[i];
            if (v > 0) {
                passed++;
            } else if (v < 0) {
                zeroed++;
            } else if (v == 0) {
                zero++;
            } else {
                nan++;
            }
        }
        return new ChannelStats(zeroed, passed, zero, nan);
    }

    /** Number of cells counted. */
    public int cells() {
        return zeroed + passed + alreadyZero + nan;
    }

    /** The sum of two counts. */
    public ChannelStats plus(ChannelStats other) {
        return new ChannelStats(zeroed + other.zeroed, passed + other.passed,
                alreadyZero + other.alreadyZero, nan + other.nan);
    }
}
