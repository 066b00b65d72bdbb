package relulab.train;

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
 * <p>Loops run {@code i, k, j} so the innermost loop is a contiguous {@code axpy} the JIT
 * vectorises. Inputs that are exactly 0 (about half of a ReLU layer's output) and gradients
 * that are exactly 0 (the units ReLU blocked) are skipped: their products are known to be 0.
 */
final class Backprop {

    private final int[] sizes;
    private final int n;
    private final Activation activation;

    /** Pre-activations of every layer, n × out; the last are the scores. */
    final double[][] z;
    /** Outputs f(z) of the hidden layers, n × out. */
    final double[][] h;
    /** Gradient of the loss with respect to each layer's z. */
    private final double[][] dz;
    /** Scratch: each layer's Wᵀ, and the gradient with respect to each hidden layer's output h. */
    private final double[][] transposed;
    private final double[][] dh;
    /** Gradients of the loss with respect to the weights and the biases. */
    final double[][] gradW;
    final double[][] gradB;
    private int correct;
    private final RowKernels kernel;

    Backprop(int[] sizes, int rows, Activation activation) {
        this.sizes = sizes.clone();
        this.n = rows;
        this.activation = activation;
        int layers = sizes.length - 1;
        int widest = java.util.Arrays.stream(sizes).max().orElse(1);
        kernel = new RowKernels(Math.max(widest, rows));
        z = new double[layers][];
        h = new double[layers - 1][];
        dz = new double[layers][];
        gradW = new double[layers][];
        gradB = new double[layers][];
        transposed = new double[layers][];
        dh = new double[layers - 1][];
        for (int l = 0; l < layers; l++) {
            z[l] = new double[n * sizes[l + 1]];
            dz[l] = new double[n * sizes[l + 1]];
            gradW[l] = new double[sizes[l] * sizes[l + 1]];
            gradB[l] = new double[sizes[l + 1]];
            transposed[l] = new double[sizes[l] * sizes[l + 1]];
            if (l < layers - 1) {
                h[l] = new double[n * sizes[l + 1]];
                dh[l] = new double[n * sizes[l + 1]];
            }
        }
    }

    /** The number of rows each pass works on. */
    int rows() {
        return n;
    }

    /**
     * Runs the forward pass of rows {@code x} (n × inputs) with labels {@code y} and returns
     * the mean loss, which is not finite when the parameters have blown up.
     */
    double forward(double[][] w, double[][] b, double[] x, int[] y) {
        int layers = z.length;
        double[] a = x;
        for (int l = 0; l < layers; l++) {
            affine(a, w[l], b[l], z[l], sizes[l], sizes[l + 1]);
            if (l < layers - 1) {
                activation.forward(z[l], h[l]);
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
    void backward(double[][] w, double[] x) {
        int layers = z.length;
        for (int l = layers - 1; l >= 0; l--) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double[] a = l == 0 ? x : h[l - 1];
            weightGradient(a, dz[l], gradW[l], gradB[l], in, out);
            if (l > 0) {
                backIntoHidden(dz[l], w[l], z[l - 1], dz[l - 1], in, out, transposed[l], dh[l - 1]);
            }
        }
    }

    /** {@code z = a·W + b} for n rows. */
    private void affine(double[] a, double[] w, double[] b, double[] z, int in, int out) {
        for (int i = 0; i < n; i++) {
            int zo = i * out;
            System.arraycopy(b, 0, z, zo, out);
            kernel.clear();
            for (int k = 0; k < in; k++) {
                kernel.term(a[i * in + k], k * out);
            }
            kernel.addTo(z, zo, w, out);
        }
    }

    /** Mean cross-entropy of the scores; leaves {@code ∂L/∂s} in the last dz. */
    private double softmaxLoss(double[] s, int[] y, int classes) {
        double[] ds = dz[dz.length - 1];
        double loss = 0;
        int right = 0;
        for (int i = 0; i < n; i++) {
            int o = i * classes;
            double max = s[o];
            int best = 0;
            for (int j = 1; j < classes; j++) {
                if (s[o + j] > max) {
                    max = s[o + j];
                    best = j;
                }
            }
            double sum = 0;
            for (int j = 0; j < classes; j++) {
                double e = Math.exp(s[o + j] - max);
                ds[o + j] = e;
                sum += e;
            }
            loss += Math.log(sum) - (s[o + y[i]] - max);
            for (int j = 0; j < classes; j++) {
                ds[o + j] = (ds[o + j] / sum - (j == y[i] ? 1 : 0)) / n;
            }
            if (best == y[i]) {
                right++;
            }
        }
        correct = right;
        return loss / n;
    }

    /** {@code ∂W = aᵀ·∂z}, {@code ∂b = Σᵢ ∂z}. */
    private void weightGradient(double[] a, double[] dzl, double[] gw, double[] gb, int in, int out) {
        java.util.Arrays.fill(gw, 0.0);
        java.util.Arrays.fill(gb, 0.0);
        for (int i = 0; i < n; i++) {
            int zo = i * out;
            for (int j = 0; j < out; j++) {
                gb[j] += dzl[zo + j];
            }
        }
        for (int k = 0; k < in; k++) {
            kernel.clear();
            for (int i = 0; i < n; i++) {
                kernel.term(a[i * in + k], i * out);
            }
            kernel.addTo(gw, k * out, dzl, out);
        }
    }

    /**
     * {@code ∂z_prev = f'(z_prev) ⊙ (∂z·Wᵀ)}. The product runs as row updates with Wᵀ
     * ({@code ∂h[i,:] += ∂z[i,j]·Wᵀ[j,:]}) rather than as dot products: the JIT vectorises the
     * contiguous update but not a floating-point sum, whose order it must keep. Zeros in ∂z
     * (the units ReLU blocked one layer up) are skipped.
     */
    private void backIntoHidden(double[] dzl, double[] w, double[] zPrev, double[] dzPrev, int in, int out,
                                double[] wt, double[] dh) {
        for (int k = 0; k < in; k++) {
            for (int j = 0; j < out; j++) {
                wt[j * in + k] = w[k * out + j];
            }
        }
        java.util.Arrays.fill(dh, 0.0);
        for (int i = 0; i < n; i++) {
            kernel.clear();
            for (int j = 0; j < out; j++) {
                kernel.term(dzl[i * out + j], j * in);
            }
            kernel.addTo(dh, i * in, wt, in);
        }
        activation.backward(zPrev, dh, dzPrev);
    }
}
