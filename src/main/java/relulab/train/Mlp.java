package relulab.train;

import java.util.Arrays;
import java.util.Random;
import relulab.core.Activation;

/**
 * The parameters of a multilayer perceptron: for each layer {@code l} a weight matrix
 * {@code W_l} of {@code in × out} numbers (flat, row-major: {@code W[k*out + j]} joins input
 * {@code k} to unit {@code j}) and a bias vector {@code b_l} of {@code out} numbers.
 *
 * <p>Layer {@code l} computes the pre-activation {@code z = a·W_l + b_l} of its input rows
 * {@code a}; the hidden layers then apply the activation, the last layer's {@code z} are the
 * class scores. An {@code Mlp} never changes: the trainer works on its own copy of the arrays.
 */
public final class Mlp {

    private final int[] sizes;
    private final double[][] w;
    private final double[][] b;

    private Mlp(int[] sizes, double[][] w, double[][] b) {
        this.sizes = sizes;
        this.w = w;
        this.b = b;
    }

    /**
     * A network with the given layer sizes (inputs first, classes last) whose weights are
     * drawn from He's normal distribution, {@code W ~ N(0, 2 / fan_in)}, and whose biases are 0.
     * He's scale keeps the variance of the pre-activations about constant from layer to layer
     * when half of each layer's inputs are zeroed by ReLU.
     */
    public static Mlp heNormal(int[] sizes, Random random) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("a network needs at least an input and an output size");
        }
        double[][] w = new double[sizes.length - 1][];
        double[][] b = new double[sizes.length - 1][];
        for (int l = 0; l < w.length; l++) {
            requirePositive(sizes[l]);
            requirePositive(sizes[l + 1]);
            double std = Math.sqrt(2.0 / sizes[l]);
            w[l] = new double[sizes[l] * sizes[l + 1]];
            for (int i = 0; i < w[l].length; i++) {
                w[l][i] = random.nextGaussian() * std;
            }
            b[l] = new double[sizes[l + 1]];
        }
        return new Mlp(sizes.clone(), w, b);
    }

    /**
     * A network with the given parameters (copied), e.g. one built by hand in a test or read
     * back from a file. {@code weights[l]} is {@code in × out} row-major, {@code biases[l]} has
     * {@code out} numbers; the sizes must chain from {@code inputs}.
     */
    public static Mlp of(int inputs, double[][] weights, double[][] biases) {
        if (weights.length == 0 || weights.length != biases.length) {
            throw new IllegalArgumentException("expected as many bias vectors as weight matrices, got " + weights.length
                    + " and " + biases.length);
        }
        requirePositive(inputs);
        int[] sizes = new int[weights.length + 1];
        sizes[0] = inputs;
        double[][] w = new double[weights.length][];
        double[][] b = new double[weights.length][];
        for (int l = 0; l < weights.length; l++) {
            int out = biases[l].length;
            requirePositive(out);
            if (weights[l].length != sizes[l] * out) {
                throw new IllegalArgumentException("layer " + l + ": expected a " + sizes[l] + "×" + out
                        + " weight matrix (" + sizes[l] * out + " numbers), got " + weights[l].length);
            }
            sizes[l + 1] = out;
            w[l] = requireFinite(weights[l].clone());
            b[l] = requireFinite(biases[l].clone());
        }
        return new Mlp(sizes, w, b);
    }

    /** The layer sizes, inputs first, classes last. */
    public int[] sizes() {
        return sizes.clone();
    }

    /** The number of layers with parameters (hidden layers plus the output layer). */
    public int layers() {
        return w.length;
    }

    /** The number of hidden layers. */
    public int hiddenLayers() {
        return w.length - 1;
    }

    /** The width of hidden layer {@code h} (0 is the first). */
    public int hiddenWidth(int h) {
        if (h < 0 || h >= hiddenLayers()) {
            throw new IndexOutOfBoundsException("hidden layer " + h + " of " + hiddenLayers());
        }
        return sizes[h + 1];
    }

    /** A copy of layer {@code l}'s weights, {@code in × out} row-major. */
    public double[] weights(int l) {
        return w[l].clone();
    }

    /** A copy of layer {@code l}'s biases. */
    public double[] biases(int l) {
        return b[l].clone();
    }

    /** The weight from input {@code k} to unit {@code j} of layer {@code l}. */
    public double weight(int l, int k, int j) {
        return w[l][k * sizes[l + 1] + j];
    }

    /**
     * The class each point gets: the highest score of the network with hidden activation
     * {@code f}. {@code xy} holds the points flat, {@code (x[2i], x[2i+1])}.
     */
    public int[] predict(Activation f, double[] xy) {
        double[][] scores = layerOutputs(f, xy)[layers() - 1];
        int[] classes = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            int best = 0;
            for (int j = 1; j < scores[i].length; j++) {
                if (scores[i][j] > scores[i][best]) {
                    best = j;
                }
            }
            classes[i] = best;
        }
        return classes;
    }

    /**
     * The range of every hidden unit's pre-activation {@code z = a·w + b} over the points:
     * {@code ranges[h][unit] = {min z, max z}} for hidden layer h. A unit whose max is ≤ 0 is
     * silent on every point.
     */
    public double[][][] preActivationRanges(Activation f, double[] xy) {
        double[][][] z = layerOutputs(f, xy);
        double[][][] ranges = new double[hiddenLayers()][][];
        for (int h = 0; h < ranges.length; h++) {
            int units = sizes[h + 1];
            ranges[h] = new double[units][];
            for (int u = 0; u < units; u++) {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (double[] row : z[h]) {
                    min = Math.min(min, row[u]);
                    max = Math.max(max, row[u]);
                }
                ranges[h][u] = new double[] {min, max};
            }
        }
        return ranges;
    }

    /**
     * Every layer's pre-activations z for the points, {@code z[l][point][unit]}, a point at a
     * time: each z row is a sum of the rows of W scaled by the point's non-zero inputs, as in
     * training ({@link RowKernels}), which is what makes the decision regions' 5184 points
     * quick to classify.
     */
    private double[][][] layerOutputs(Activation f, double[] xy) {
        if (xy.length % sizes[0] != 0 || xy.length == 0) {
            throw new IllegalArgumentException(
                    "expected points of " + sizes[0] + " coordinates, got " + xy.length + " numbers");
        }
        int n = xy.length / sizes[0];
        int widest = Arrays.stream(sizes).max().orElse(1);
        RowKernels kernel = new RowKernels(widest, widest);
        double[][][] rows = new double[w.length][][];
        for (int l = 0; l < w.length; l++) {
            int out = sizes[l + 1];
            rows[l] = new double[sizes[l]][];
            for (int k = 0; k < sizes[l]; k++) {
                rows[l][k] = Arrays.copyOfRange(w[l], k * out, (k + 1) * out);
            }
        }
        double[][][] z = new double[w.length][n][];
        for (int i = 0; i < n; i++) {
            double[] a = Arrays.copyOfRange(xy, i * sizes[0], (i + 1) * sizes[0]);
            for (int l = 0; l < w.length; l++) {
                int out = sizes[l + 1];
                double[] zl = b[l].clone();
                kernel.clear(rows[l]);
                kernel.termsOf(a, a.length);
                kernel.addTo(zl, out);
                z[l][i] = zl;
                if (l < w.length - 1) {
                    a = new double[out];
                    f.forward(zl, a);
                }
            }
        }
        return z;
    }

    /** A deep copy of the weights, for the trainer to update in place. */
    double[][] copyWeights() {
        return deepCopy(w);
    }

    /** A deep copy of the biases, for the trainer to update in place. */
    double[][] copyBiases() {
        return deepCopy(b);
    }

    /** Wraps arrays the caller hands over and will not touch again. */
    static Mlp adopt(int[] sizes, double[][] w, double[][] b) {
        return new Mlp(sizes.clone(), w, b);
    }

    static double[][] deepCopy(double[][] arrays) {
        double[][] copy = new double[arrays.length][];
        for (int i = 0; i < arrays.length; i++) {
            copy[i] = arrays[i].clone();
        }
        return copy;
    }

    /** Arrays of zeros of the same lengths. */
    static double[][] zerosLike(double[][] arrays) {
        double[][] z = new double[arrays.length][];
        for (int i = 0; i < arrays.length; i++) {
            z[i] = new double[arrays[i].length];
        }
        return z;
    }

    private static void requirePositive(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a layer needs at least one unit, got " + size);
        }
    }

    private static double[] requireFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("a parameter is not finite: " + v);
            }
        }
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mlp m
                && Arrays.equals(sizes, m.sizes)
                && Arrays.deepEquals(w, m.w)
                && Arrays.deepEquals(b, m.b);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(sizes) + Arrays.deepHashCode(w);
    }

    @Override
    public String toString() {
        return "Mlp" + Arrays.toString(sizes);
    }
}
