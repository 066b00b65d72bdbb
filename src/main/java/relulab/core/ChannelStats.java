package relulab.core;

/**
 * What ReLU did to the cells of one depth slice (or of the whole tensor): how many negatives
 * it {@code zeroed}, how many positives {@code passed}, how many were {@code alreadyZero}
 * (±0, left as 0 with no gradient) and how many were {@code nan}. The four counts add up to
 * the number of cells.
 */
public record ChannelStats(int zeroed, int passed, int alreadyZero, int nan) {

    /** No cells: where sums of counts start. */
    public static final ChannelStats NONE = new ChannelStats(0, 0, 0, 0);

    public ChannelStats {
        if (zeroed < 0 || passed < 0 || alreadyZero < 0 || nan < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /**
     * Counts the cells of {@code values[from, to)} without a jump per cell (random signs would
     * make a branching loop mispredict every other cell): each test is a sign bit taken from
     * the raw bits {@code b} of the value. {@code m = b & ~sign} is the magnitude's bits:
     * {@code m > INF} is NaN, {@code 0 < m <= INF} a non-zero number whose sign is {@code b}'s.
     */
    static ChannelStats count(double[] values, int from, int to) {
        int zeroed = 0;
        int passed = 0;
        int nan = 0;
        for (int i = from; i < to; i++) {
            long b = Double.doubleToRawLongBits(values[i]);
            long m = b & Long.MAX_VALUE;
            long nonZeroNumber = ((m - ReluKernels.POSITIVE_INFINITY_BITS - 1) & ~(m - 1)) >>> 63;
            nan += (int) ((ReluKernels.POSITIVE_INFINITY_BITS - m) >>> 63);
            zeroed += (int) (nonZeroNumber & (b >>> 63));
            passed += (int) (nonZeroNumber & ~(b >>> 63));
        }
        return new ChannelStats(zeroed, passed, (to - from) - zeroed - passed - nan, nan);
    }

    /** Number of cells counted. */
    public int cells() {
        return zeroed + passed + alreadyZero + nan;
    }

    /** The sum of two counts. */
    public ChannelStats plus(ChannelStats other) {
        return new ChannelStats(
                zeroed + other.zeroed, passed + other.passed, alreadyZero + other.alreadyZero, nan + other.nan);
    }
}
