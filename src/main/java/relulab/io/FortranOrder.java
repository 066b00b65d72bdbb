package relulab.io;

/**
 * Reorders the values of a Fortran-order (column-major) array into row-major order.
 *
 * <p>In Fortran order the first index varies fastest: element {@code (i0, …, ik)} sits at
 * {@code i0 + n0*(i1 + n1*(i2 + …))}. Walking the row-major indices in order while keeping
 * that offset up to date (an odometer over the dimensions) copies each value once.
 */
final class FortranOrder {

    private FortranOrder() {}

    static double[] toRowMajor(double[] fortran, long[] shape) {
        int k = shape.length;
        long[] stride = new long[k];
        long s = 1;
        for (int j = 0; j < k; j++) {
            stride[j] = s;
            s *= shape[j];
        }
        double[] out = new double[fortran.length];
        long[] index = new long[k];
        long offset = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = fortran[(int) offset];
            // Advance the row-major index: the last dimension fastest, carrying leftwards.
            for (int j = k - 1; j >= 0; j--) {
                index[j]++;
                offset += stride[j];
                if (index[j] < shape[j]) {
                    break;
                }
                offset -= stride[j] * shape[j];
                index[j] = 0;
            }
        }
        return out;
    }
}
