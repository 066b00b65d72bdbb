package relulab.train;

import java.util.Arrays;

/**
 * The weight gradient of one layer of a {@link Backprop} pass, {@code ∂W = aᵀ·∂z}, summed over
 * the live rows of ∂z only (the rows that are not all zero), in one of two orders chosen by the
 * layer's shape: by input for a wide layer, by unit for a narrow one.
 *
 * <p>Both write the gradient twice: as rows of the longer side (the work space {@code gradRows})
 * and flat, {@code in × out}, as the trainer reads it ({@code gradW}).
 */
final class WeightGradient {

    private WeightGradient() {}

    /**
     * {@code ∂W = aᵀ·∂z} for a wide layer: row k of ∂W sums the live rows of ∂z weighted by
     * column k of a, taken four rows at a time so that the coefficients are read along rows of
     * a rather than gathered down a column; a group of four zeros (a silent input) is skipped.
     *
     * @param rows  the live rows of dz, of which the first {@code count} count
     * @param gw    work space, in rows of out
     */
    static void byInput(
            double[][] a, double[][] dz, int[] rows, int count, double[][] gw, double[] gradW, int in, int out) {
        for (int k = 0; k < in; k++) {
            Arrays.fill(gw[k], 0.0);
        }
        int m = 0;
        for (; m + 4 <= count; m += 4) {
            double[] a0 = a[rows[m]];
            double[] a1 = a[rows[m + 1]];
            double[] a2 = a[rows[m + 2]];
            double[] a3 = a[rows[m + 3]];
            double[] d0 = dz[rows[m]];
            double[] d1 = dz[rows[m + 1]];
            double[] d2 = dz[rows[m + 2]];
            double[] d3 = dz[rows[m + 3]];
            for (int k = 0; k < in; k++) {
                double c0 = a0[k];
                double c1 = a1[k];
                double c2 = a2[k];
                double c3 = a3[k];
                if (c0 == 0.0 && c1 == 0.0 && c2 == 0.0 && c3 == 0.0) {
                    continue;
                }
                double[] dst = gw[k];
                for (int j = 0; j < out; j++) {
                    dst[j] += c0 * d0[j] + c1 * d1[j] + c2 * d2[j] + c3 * d3[j];
                }
            }
        }
        for (; m < count; m++) {
            double[] ai = a[rows[m]];
            double[] di = dz[rows[m]];
            for (int k = 0; k < in; k++) {
                double c = ai[k];
                double[] dst = gw[k];
                for (int j = 0; j < out; j++) {
                    dst[j] += c * di[j];
                }
            }
        }
        for (int k = 0; k < in; k++) {
            System.arraycopy(gw[k], 0, gradW, k * out, out);
        }
    }

    /**
     * {@code ∂W = aᵀ·∂z} for a narrow layer, a column of ∂W at a time: column j sums the live
     * rows of a weighted by column j of ∂z, so the rows added are long (in numbers) rather
     * than a few numbers each.
     *
     * @param rows  the live rows of dz, of which the first {@code count} count
     * @param gwt   work space, in rows of in (the columns of ∂W)
     */
    static void byUnit(
            RowKernels kernel,
            double[][] a,
            double[][] dz,
            int[] rows,
            int count,
            double[][] gwt,
            double[] gradW,
            int in,
            int out) {
        for (int j = 0; j < out; j++) {
            double[] col = gwt[j];
            Arrays.fill(col, 0.0);
            kernel.clear(a);
            for (int m = 0; m < count; m++) {
                int i = rows[m];
                kernel.term(dz[i][j], i);
            }
            kernel.addTo(col, in);
            for (int k = 0; k < in; k++) {
                gradW[k * out + j] = col[k];
            }
        }
    }
}
