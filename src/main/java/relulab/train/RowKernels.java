package relulab.train;

/**
 * The one loop all of the MLP's matrix products reduce to: add a linear combination of rows to
 * a row, {@code dst[0..len) += Σₘ cₘ · srcₘ[0..len)}, skipping the coefficients that are
 * exactly 0.
 *
 * <p>Forward {@code z[i,:] += a[i,k]·W[k,:]}, the weight gradient {@code ∂W[k,:] += a[i,k]·∂z[i,:]}
 * and the backward {@code ∂h[i,:] += ∂z[i,j]·Wᵀ[j,:]} are all of this form. Several rows are
 * added per pass, so the destination row is loaded and stored once for four products (eight
 * were measured slower on this project's machine).
 *
 * <p>Every row is its own array, indexed from 0: with rows at offsets inside one flat array the
 * JIT of Java 17 cannot prove the loads and the store independent and leaves the loop scalar;
 * with separate arrays it emits vector instructions: a micro-benchmark on this project's
 * machine measured about 2.5 and 8.5 billion multiply-adds per second. Zeros are skipped
 * because ReLU makes about half of every hidden layer's outputs and gradients exactly 0.
 *
 * <p>Terms are added in groups in the order given, so the result may differ from a plain sum
 * in the last bits; it is the same on every run.
 */
final class RowKernels {

    /** Rows added per pass over dst. */
    private static final int GROUP = 4;

    private final double[] coef;
    private final int[] index;
    /** Stands in for the missing rows of the last group of four, with coefficient 0. */
    private final double[] zeros;

    private double[][] rows;
    private int count;

    /** A kernel for up to {@code maxTerms} terms per combination, of rows up to {@code maxLength} long. */
    RowKernels(int maxTerms, int maxLength) {
        coef = new double[maxTerms + GROUP - 1];
        index = new int[maxTerms + GROUP - 1];
        zeros = new double[maxLength];
    }

    /** Starts a new combination of rows of {@code source}. */
    void clear(double[][] source) {
        rows = source;
        count = 0;
    }

    /**
     * Adds the term {@code c · source[row]} unless c is exactly 0. Branch-free: the term is
     * always written and only kept when c ≠ 0, because whether a ReLU output is 0 is a coin
     * toss the processor's branch predictor would lose half the time. Rows are kept by index,
     * not by reference: storing a reference costs a garbage-collector write barrier each time.
     */
    void term(double c, int row) {
        coef[count] = c;
        index[count] = row;
        count += c != 0.0 ? 1 : 0;
    }

    /**
     * Adds the terms {@code c[k] · source[k]} for {@code k < len}, those with c[k] ≠ 0, as
     * {@link #term} does one by one. The count is kept in a local variable here: through the
     * field, each term waited for the store of the one before, and gathering the terms of the
     * forward pass and of the backward product took three times as long.
     */
    void termsOf(double[] c, int len) {
        double[] co = coef;
        int[] ix = index;
        int kept = count;
        for (int k = 0; k < len; k++) {
            double v = c[k];
            co[kept] = v;
            ix[kept] = k;
            kept += v != 0.0 ? 1 : 0;
        }
        count = kept;
    }

    /** How many terms were kept since {@link #clear}: those with a coefficient that is not 0. */
    int terms() {
        return count;
    }

    /**
     * {@code dst[0..len) += Σ cₘ · rowₘ[0..len)} over the terms given since {@link #clear}. The
     * last group is filled up to four with {@code 0 · zeros}, which adds exactly nothing, rather
     * than finished one row at a time: every single row costs a whole load and store of dst,
     * and a remainder loop measured 9% of the lab's training time.
     */
    void addTo(double[] dst, int len) {
        for (int m = count; m < count + GROUP - 1; m++) {
            coef[m] = 0.0;
        }
        for (int m = 0; m < count; m += GROUP) {
            double c0 = coef[m];
            double c1 = coef[m + 1];
            double c2 = coef[m + 2];
            double c3 = coef[m + 3];
            double[] s0 = rows[index[m]];
            double[] s1 = source(m + 1);
            double[] s2 = source(m + 2);
            double[] s3 = source(m + 3);
            for (int j = 0; j < len; j++) {
                dst[j] += c0 * s0[j] + c1 * s1[j] + c2 * s2[j] + c3 * s3[j];
            }
        }
    }

    private double[] source(int m) {
        return m < count ? rows[index[m]] : zeros;
    }
}
