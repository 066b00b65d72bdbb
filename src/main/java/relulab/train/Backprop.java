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
 * maximum so that exp cannot overflow ({@link SoftmaxLoss}).
 *
 * <p>Backward: {@code ∂L/∂s = (softmax(s) − onehot(y)) / n}; for each layer from the top,
 * {@code ∂W_l = aᵀ·∂z_l}, {@code ∂b_l = Σᵢ ∂z_l}, and {@code ∂z_{l−1} = f'(z_{l−1}) ⊙ (∂z_l·W_lᵀ)}
 * — the activation's backward, so a ReLU unit with {@code z ≤ 0} passes no gradient at all.
 *
 * <p>Matrices are kept as arrays of rows, and every product of a wide layer is a sum of scaled
 * rows ({@link RowKernels}); the flat parameter arrays the trainer updates are copied into rows
 * (and the rows of Wᵀ) at each pass, which costs a few thousand numbers against a few million
 * multiply-adds. The weight gradient ({@link WeightGradient}) takes four rows of a and ∂z at a
 * time, so its coefficients are read along rows rather than gathered down a column of n separate
 * arrays; it skips a group
 * of four zeros (a dead unit) and computes the rest densely: measured 15% less CPU for the
 * lab's sweep than gathering.
 *
 * <p>A narrow layer (fewer than {@value #NARROW} outputs: the class scores) has rows too short
 * for vector instructions, so its forward pass is one dot product per output and its weight
 * gradient is built a column at a time from the long rows of a. Rows of ∂z that are all zero
 * (a point that silences a whole layer, common at high rates) are skipped by every backward
 * product, and the dead-unit detector's largest pre-activation per unit is folded in during the
 * forward pass. Together these took about 10% off the CPU time of the lab's 75 runs on one
 * thread, with the same results but for the last bits of sums taken in another order.
 */
final class Backprop {

    /** A layer with fewer outputs than this is computed as dot products (see the class comment). */
    private static final int NARROW = 8;

    private final int[] sizes;
    /** The first row of x this pass reads, and how many it reads. */
    private final int first;

    private final int n;
    private final Activation activation;
    private final RowKernels kernel;
    private final SoftmaxLoss loss;

    /** The input rows, n × inputs. */
    private final double[][] input;
    /** Pre-activations of every layer, n rows of out; the last are the scores. */
    final double[][][] z;
    /** The largest pre-activation of each hidden unit over the rows of the last forward pass. */
    final double[][] zMax;
    /** Outputs f(z) of the hidden layers. */
    private final double[][][] h;
    /** Gradient of the loss with respect to each layer's z, and each hidden layer's h. */
    private final double[][][] dz;

    private final double[][][] dh;
    /** The rows of each layer's dz that are not all zero, in order, and how many there are. */
    private final int[][] live;

    private final int[] liveCount;
    /** Each layer's W as rows (in × out), its Wᵀ (out × in) and its gradient as rows of the longer side. */
    private final double[][][] wRows;

    private final double[][][] wtRows;
    private final double[][][] gradRows;
    /** Gradients of the loss with respect to the weights (flat, in × out) and the biases. */
    final double[][] gradW;

    final double[][] gradB;

    /** A pass over all {@code rows} rows of the x it is given. */
    Backprop(int[] sizes, int rows, Activation activation) {
        this(sizes, 0, rows, rows, activation);
    }

    /**
     * A pass over rows {@code first .. first + rows − 1} of the x it is given, one block of a
     * set of {@code total} rows: its loss and gradients are its rows' share of the mean over
     * all of them, so the blocks' results add up to the whole set's.
     */
    Backprop(int[] sizes, int first, int rows, int total, Activation activation) {
        this.sizes = sizes.clone();
        this.first = first;
        this.n = rows;
        this.activation = activation;
        int layers = sizes.length - 1;
        int widest = Arrays.stream(sizes).max().orElse(1);
        kernel = new RowKernels(Math.max(widest, rows), widest);
        loss = new SoftmaxLoss(first, rows, total);
        input = new double[n][sizes[0]];
        z = new double[layers][][];
        dz = new double[layers][][];
        live = new int[layers][n];
        liveCount = new int[layers];
        h = new double[layers - 1][][];
        dh = new double[layers - 1][][];
        zMax = new double[layers - 1][];
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
            gradRows[l] = narrow(l) ? new double[out][in] : new double[in][out];
            gradW[l] = new double[in * out];
            gradB[l] = new double[out];
            if (l < layers - 1) {
                h[l] = new double[n][out];
                dh[l] = new double[n][out];
                zMax[l] = new double[out];
            }
        }
    }

    /**
     * Runs the forward pass of this pass's rows of {@code x} (rows × inputs, flat) with labels
     * {@code y} and returns their share of the mean loss, {@code Σᵢ lossᵢ / total}, which is not
     * finite when the parameters have blown up.
     */
    double forward(double[][] w, double[][] b, double[] x, int[] y) {
        int inputs = sizes[0];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, (first + i) * inputs, input[i], 0, inputs);
        }
        int layers = z.length;
        double[][] a = input;
        for (int l = 0; l < layers; l++) {
            toRows(w[l], wRows[l], wtRows[l]);
            if (narrow(l)) {
                dots(a, wtRows[l], b[l], z[l]);
            } else {
                affine(a, wRows[l], b[l], z[l], sizes[l], sizes[l + 1]);
            }
            if (l < layers - 1) {
                activate(z[l], h[l], zMax[l]);
                a = h[l];
            }
        }
        return loss.of(z[layers - 1], y, sizes[layers], dz[layers - 1]);
    }

    /** How many rows the last forward pass classified correctly (highest score = label). */
    int correct() {
        return loss.correct();
    }

    /** Fills {@link #gradW} and {@link #gradB} for the last forward pass. */
    void backward() {
        for (int l = z.length - 1; l >= 0; l--) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double[][] a = l == 0 ? input : h[l - 1];
            if (l > 0) {
                backIntoHidden(l, in, out);
            } else {
                allLive(l);
            }
            biasGradient(l);
            if (narrow(l)) {
                WeightGradient.byUnit(kernel, a, dz[l], live[l], liveCount[l], gradRows[l], gradW[l], in, out);
            } else {
                WeightGradient.byInput(a, dz[l], live[l], liveCount[l], gradRows[l], gradW[l], in, out);
            }
        }
    }

    /** Whether layer l has so few outputs that a row of them is too short for vector instructions. */
    private boolean narrow(int l) {
        return sizes[l + 1] < NARROW;
    }

    /** {@code z = a·W + b}, row by row, as sums of the rows of W. */
    private void affine(double[][] a, double[][] w, double[] b, double[][] z, int in, int out) {
        for (int i = 0; i < n; i++) {
            double[] zi = z[i];
            double[] ai = a[i];
            System.arraycopy(b, 0, zi, 0, out);
            kernel.clear(w);
            kernel.termsOf(ai, in);
            kernel.addTo(zi, out);
        }
    }

    /** {@code z[i][j] = b[j] + a[i]·Wᵀ[j]}: for a narrow layer, one dot product per output. */
    private void dots(double[][] a, double[][] wt, double[] b, double[][] z) {
        for (int i = 0; i < n; i++) {
            double[] ai = a[i];
            double[] zi = z[i];
            for (int j = 0; j < zi.length; j++) {
                zi[j] = b[j] + dot(ai, wt[j]);
            }
        }
    }

    /** {@code Σₖ u[k]·v[k]} in four interleaved partial sums, so the additions overlap. */
    private static double dot(double[] u, double[] v) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 4 <= u.length; k += 4) {
            s0 += u[k] * v[k];
            s1 += u[k + 1] * v[k + 1];
            s2 += u[k + 2] * v[k + 2];
            s3 += u[k + 3] * v[k + 3];
        }
        for (; k < u.length; k++) {
            s0 += u[k] * v[k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * {@code h = f(z)} row by row, and the largest z of each unit, the dead-unit detector's
     * input: folded here, with vector max instructions, while the row is in cache.
     */
    private void activate(double[][] z, double[][] h, double[] max) {
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            double[] zi = z[i];
            activation.forward(zi, h[i]);
            for (int j = 0; j < max.length; j++) {
                max[j] = Math.max(max[j], zi[j]);
            }
        }
    }

    /**
     * Counts every row of layer l's dz as live: for the first layer, whose ∂z no product into
     * the inputs reads (that product is never needed), so no pass has found its zero rows.
     */
    private void allLive(int l) {
        for (int i = 0; i < n; i++) {
            live[l][i] = i;
        }
        liveCount[l] = n;
    }

    /** {@code ∂b = Σᵢ ∂z[i]} over the live rows. */
    private void biasGradient(int l) {
        double[] gb = gradB[l];
        Arrays.fill(gb, 0.0);
        kernel.clear(dz[l]);
        for (int m = 0; m < liveCount[l]; m++) {
            kernel.term(1.0, live[l][m]);
        }
        kernel.addTo(gb, gb.length);
    }

    /**
     * {@code ∂z_{l−1} = f'(z_{l−1}) ⊙ (∂z_l·W_lᵀ)}, as sums of the rows of Wᵀ. On the way it
     * lists the live rows of ∂z_l, those with a number that is not 0: under ReLU a row is all
     * zero when the point silences every unit of the layer, or reaches none above it. Such a
     * row gives a row of zeros here without a product, and the weight and bias gradients leave
     * it out.
     */
    private void backIntoHidden(int l, int in, int out) {
        double[][] wt = wtRows[l];
        int[] rows = live[l];
        int count = 0;
        for (int i = 0; i < n; i++) {
            double[] dzi = dz[l][i];
            double[] below = dz[l - 1][i];
            kernel.clear(wt);
            kernel.termsOf(dzi, out);
            if (kernel.terms() == 0) {
                Arrays.fill(below, 0.0);
                continue;
            }
            rows[count++] = i;
            double[] dhi = dh[l - 1][i];
            Arrays.fill(dhi, 0.0);
            kernel.addTo(dhi, in);
            activation.backward(z[l - 1][i], dhi, below);
        }
        liveCount[l] = count;
    }

    /** Copies flat {@code in × out} weights into rows and into the rows of their transpose. */
    private static void toRows(double[] flat, double[][] rows, double[][] transposed) {
        int out = rows[0].length;
        for (int k = 0; k < rows.length; k++) {
            System.arraycopy(flat, k * out, rows[k], 0, out);
            for (int j = 0; j < out; j++) {
                transposed[j][k] = flat[k * out + j];
            }
        }
    }
}
