package relulab.train;

import java.util.Arrays;
import relulab.core.Activation;

/**
 * Forward and backward passes of an MLP over a fixed number of rows, with every buffer
 * allocated once: the hot loop of the dying-ReLU lab.
 *
 * <p>Forward, for each layer {@code l} with input rows {@code a} ({@code x} for the first):
 * {@code z_l = a·W_l + b_l}; hidden layers pass {@code h_l = f(z_l)} on. The last {@code z}
 * are the scores {@code s}; the loss is the mean softmax cross-entropy
 * {@code L = (1/n) Σᵢ [log Σⱼ exp(sᵢⱼ) − s_{i,yᵢ}]}, computed after subtracting each row's
 * maximum so that exp cannot overflow.
 *
 * <p>Backward: {@code ∂L/∂s = (softmax(s) − onehot(y)) / n}; for each layer from the top,
 * {@code ∂W_l = aᵀ·∂z_l}, {@code ∂b_l = Σᵢ ∂z_l}, and {@code ∂z_{l−1} = f'(z_{l−1}) ⊙ (∂z_l·W_lᵀ)}
 * — the activation's backward, so a ReLU unit with {@code z ≤ 0} passes no gradient at all.
 *
 * <p>Matrices are kept as arrays of rows, and every product is a sum of scaled rows
 * ({@link RowKernels}); the flat parameter arrays the trainer updates are copied into rows at
 * each pass, which costs a few thousand numbers against a few million multiply-adds. The weight
 * gradient takes four rows of a and ∂z at a time, so its coefficients are read along rows rather
 * than gathered down a column of n separate arrays; it skips a group of four zeros (a dead unit)
 * and computes the rest densely: measured 15% less CPU for the lab's sweep than gathering.
 */
final class Backprop {

    private final int[] sizes;
    private final int n;
    private final Activation activation;
    private final RowKernels kernel;

    /** The input rows, n × inputs. */
    private final double[][] input;
    /** Pre-activations of every layer, n rows of out; the last are the scores. */
    final double[][][] z;
    /** Outputs f(z) of the hidden layers. */
    private final double[][][] h;
    /** Gradient of the loss with respect to each layer's z, and each hidden layer's h. */
    private final double[][][] dz;
    private final double[][][] dh;
    /** Each layer's W as rows (in × out), its Wᵀ (out × in) and its gradient as rows. */
    private final double[][][] wRows;
    private final double[][][] wtRows;
    private final double[][][] gradRows;
    /** Gradients of the loss with respect to the weights (flat, in × out) and the biases. */
    final double[][] gradW;
    final double[][] gradB;
    private int correct;

    Backprop(int[] sizes, int rows, Activation activation) {
        this.sizes = sizes.clone();
        this.n = rows;
        this.activation = activation;
        int layers = sizes.length - 1;
        int widest = Arrays.stream(sizes).max().orElse(1);
        kernel = new RowKernels(Math.max(widest, rows));
        input = new double[n][sizes[0]];
        z = new double[layers][][];
        dz = new double[layers][][];
        h = new double[layers - 1][][];
        dh = new double[layers - 1][][];
        wRows = new double[layers][][];
        wtRows = new double[layers][][];
        gradRows = new double[layers][][];
        gradW = new double[layers][];
        gradB = new double[layers][];
        for (int l = 0; l < layers; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            z[l] = new double[n][out];
            dz[l] = new double[n][out];
            wRows[l] = new double[in][out];
            wtRows[l] = new double[out][in];
            gradRows[l] = new double[in][out];
            gradW[l] = new double[in * out];
            gradB[l] = new double[out];
            if (l < layers - 1) {
                h[l] = new double[n][out];
                dh[l] = new double[n][out];
            }
        }
    }

    /** The number of rows each pass works on. */
    int rows() {
        return n;
    }

    /**
     * Runs the forward pass of rows {@code x} (n × inputs, flat) with labels {@code y} and
     * returns the mean loss, which is not finite when the parameters have blown up.
     */
    double forward(double[][] w, double[][] b, double[] x, int[] y) {
        int inputs = sizes[0];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, i * inputs, input[i], 0, inputs);
        }
        int layers = z.length;
        double[][] a = input;
        for (int l = 0; l < layers; l++) {
            toRows(w[l], wRows[l]);
            affine(a, wRows[l], b[l], z[l], sizes[l], sizes[l + 1]);
            if (l < layers - 1) {
                for (int i = 0; i < n; i++) {
                    activation.forward(z[l][i], h[l][i]);
                }
                a = h[l];
            }
        }
        return softmaxLoss(z[layers - 1], y, sizes[layers]);
    }

    /** How many rows the last forward pass classified correctly (highest score = label). */
    int correct() {
        return correct;
    }

    /** Fills {@link #gradW} and {@link #gradB} for the last forward pass. */
    void backward() {
        for (int l = z.length - 1; l >= 0; l--) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double[][] a = l == 0 ? input : h[l - 1];
            weightGradient(a, dz[l], gradRows[l], gradB[l], in, out);
            for (int k = 0; k < in; k++) {
                System.arraycopy(gradRows[l][k], 0, gradW[l], k * out, out);
            }
            if (l > 0) {
                backIntoHidden(l, in, out);
            }
        }
    }

    /** {@code z = a·W + b}, row by row. */
    private void affine(double[][] a, double[][] w, double[] b, double[][] z, int in, int out) {
        for (int i = 0; i < n; i++) {
            double[] zi = z[i];
            double[] ai = a[i];
            System.arraycopy(b, 0, zi, 0, out);
            kernel.clear(w);
            for (int k = 0; k < in; k++) {
                kernel.term(ai[k], k);
            }
            kernel.addTo(zi, out);
        }
    }

    /** Mean cross-entropy of the scores; leaves {@code ∂L/∂s} in the last dz. */
    private double softmaxLoss(double[][] s, int[] y, int classes) {
        double[][] ds = dz[dz.length - 1];
        double loss = 0;
        int right = 0;
        for (int i = 0; i < n; i++) {
            double[] si = s[i];
            double[] gi = ds[i];
            double max = si[0];
            int best = 0;
            for (int j = 1; j < classes; j++) {
                if (si[j] > max) {
                    max = si[j];
                    best = j;
                }
            }
            double sum = 0;
            for (int j = 0; j < classes; j++) {
                gi[j] = Math.exp(si[j] - max);
                sum += gi[j];
            }
            loss += Math.log(sum) - (si[y[i]] - max);
            for (int j = 0; j < classes; j++) {
                gi[j] = (gi[j] / sum - (j == y[i] ? 1 : 0)) / n;
            }
            if (best == y[i]) {
                right++;
            }
        }
        correct = right;
        return loss / n;
    }

    /**
     * {@code ∂W = aᵀ·∂z}: row k of ∂W sums the rows of ∂z weighted by column k of a, taken four
     * rows i at a time; {@code ∂b = Σᵢ ∂z}.
     */
    private void weightGradient(double[][] a, double[][] dzl, double[][] gw, double[] gb, int in, int out) {
        Arrays.fill(gb, 0.0);
        kernel.clear(dzl);
        for (int i = 0; i < n; i++) {
            kernel.term(1.0, i);
        }
        kernel.addTo(gb, out);
        for (int k = 0; k < in; k++) {
            Arrays.fill(gw[k], 0.0);
        }
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            double[] a0 = a[i];
            double[] a1 = a[i + 1];
            double[] a2 = a[i + 2];
            double[] a3 = a[i + 3];
            double[] d0 = dzl[i];
            double[] d1 = dzl[i + 1];
            double[] d2 = dzl[i + 2];
            double[] d3 = dzl[i + 3];
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
        for (; i < n; i++) {
            double[] ai = a[i];
            double[] di = dzl[i];
            for (int k = 0; k < in; k++) {
                double c = ai[k];
                double[] dst = gw[k];
                for (int j = 0; j < out; j++) {
                    dst[j] += c * di[j];
                }
            }
        }
    }

    /** {@code ∂z_{l−1} = f'(z_{l−1}) ⊙ (∂z_l·W_lᵀ)}, as sums of the rows of Wᵀ. */
    private void backIntoHidden(int l, int in, int out) {
        double[][] w = wRows[l];
        double[][] wt = wtRows[l];
        for (int k = 0; k < in; k++) {
            for (int j = 0; j < out; j++) {
                wt[j][k] = w[k][j];
            }
        }
        for (int i = 0; i < n; i++) {
            double[] dhi = dh[l - 1][i];
            double[] dzi = dz[l][i];
            Arrays.fill(dhi, 0.0);
            kernel.clear(wt);
            for (int j = 0; j < out; j++) {
                kernel.term(dzi[j], j);
            }
            kernel.addTo(dhi, in);
            activation.backward(z[l - 1][i], dhi, dz[l - 1][i]);
        }
    }

    private static void toRows(double[] flat, double[][] rows) {
        int out = rows[0].length;
        for (int k = 0; k < rows.length; k++) {
            System.arraycopy(flat, k * out, rows[k], 0, out);
        }
    }
}
