package relulab.train;

/**
 * The one loop all of the MLP's matrix products reduce to: add a linear combination of rows to
 * a row, {@code dst[0..len) += Σₘ cₘ · src[offₘ .. offₘ + len)}, skipping the coefficients that
 * are exactly 0.
 *
 * <p>Forward {@code z[i,:] += a[i,k]·W[k,:]}, the weight gradient {@code ∂W[k,:] += a[i,k]·∂z[i,:]}
 * and the backward {@code ∂h[i,:] += ∂z[i,j]·Wᵀ[j,:]} are all of this form. Four rows are
 * added per pass, so the destination row is loaded and stored once for four products: with
 * rows of 64 doubles that memory traffic, not the arithmetic, is what limits the loop. The
 * contiguous inner loop is what the JIT turns into vector instructions; zeros are skipped
 * because ReLU makes about half of every hidden layer's outputs and gradients exactly 0.
 *
 * <p>Terms are added in the order of {@code m} in groups of four, so the result may differ
 * from a plain sum in the last bits; it is the same on every run.
 */
final class RowKernels {

    private final double[] coef;
    private final int[] offset;
    private int count;

    /** A kernel that can hold up to {@code maxTerms} nonzero terms per combination. */
    RowKernels(int maxTerms) {
        coef = new double[maxTerms];
        offset = new int[maxTerms];
    }

    /** Starts a new combination. */
    void clear() {
        count = 0;
    }

    /**
     * Adds the term {@code c · src[off ..]} unless c is exactly 0. Branch-free: the term is
     * always written and only kept when c ≠ 0, because whether a ReLU output is 0 is a coin
     * toss the processor's branch predictor would lose half the time.
     */
    void term(double c, int off) {
        coef[count] = c;
        offset[count] = off;
        count += c != 0.0 ? 1 : 0;
    }

    /** {@code dst[d .. d+len) += Σ cₘ · src[offₘ .. offₘ+len)} over the terms given since {@link #clear}. */
    void addTo(double[] dst, int d, double[] src, int len) {
        int m = 0;
        for (; m + 8 <= count; m += 8) {
            double c0 = coef[m];
            double c1 = coef[m + 1];
            double c2 = coef[m + 2];
            double c3 = coef[m + 3];
            double c4 = coef[m + 4];
            double c5 = coef[m + 5];
            double c6 = coef[m + 6];
            double c7 = coef[m + 7];
            int o0 = offset[m];
            int o1 = offset[m + 1];
            int o2 = offset[m + 2];
            int o3 = offset[m + 3];
            int o4 = offset[m + 4];
            int o5 = offset[m + 5];
            int o6 = offset[m + 6];
            int o7 = offset[m + 7];
            for (int j = 0; j < len; j++) {
                dst[d + j] += c0 * src[o0 + j] + c1 * src[o1 + j] + c2 * src[o2 + j] + c3 * src[o3 + j]
                        + c4 * src[o4 + j] + c5 * src[o5 + j] + c6 * src[o6 + j] + c7 * src[o7 + j];
            }
        }
        for (; m + 4 <= count; m += 4) {
            double c0 = coef[m];
            double c1 = coef[m + 1];
            double c2 = coef[m + 2];
            double c3 = coef[m + 3];
            int o0 = offset[m];
            int o1 = offset[m + 1];
            int o2 = offset[m + 2];
            int o3 = offset[m + 3];
            for (int j = 0; j < len; j++) {
                dst[d + j] += c0 * src[o0 + j] + c1 * src[o1 + j] + c2 * src[o2 + j] + c3 * src[o3 + j];
            }
        }
        for (; m < count; m++) {
            double c = coef[m];
            int o = offset[m];
            for (int j = 0; j < len; j++) {
                dst[d + j] += c * src[o + j];
            }
        }
    }
}
