package relulab.train.vanishing;

import java.util.Random;
import relulab.core.Activation;

/**
 * A stack of fully connected layers without biases, {@code h_l = f(W_l · h_{l−1})}, used to watch
 * a gradient travel backwards through depth.
 *
 * <p>Backward, with {@code g_l} the gradient of the loss with respect to {@code h_l}:
 * {@code g_{l−1} = W_lᵀ · (f′(z_l) ⊙ g_l)} where {@code z_l = W_l · h_{l−1}}. Each layer multiplies
 * the gradient by {@code f′(z_l)} element-wise and by {@code W_lᵀ}; the sigmoid's
 * {@code f′ ≤ ¼} makes the product shrink geometrically with depth, ReLU's {@code f′ = 1} on its
 * active units does not. {@link #trace} records {@code ‖g_{l−1}‖₂}, the norm of the gradient
 * with respect to the INPUT of each layer l, and every unit's slope {@code f′(z_l)}.
 *
 * <p>Immutable; the weights are copied in.
 */
public final class DeepStack {

    private final Activation activation;
    /** weights[l][o][i]: layer l's weight from input i to output o. */
    private final double[][][] weights;

    private DeepStack(Activation activation, double[][][] weights) {
        this.activation = activation;
        this.weights = weights;
    }

    /**
     * A stack with the given weights, one {@code [outputs][inputs]} matrix per layer, from the
     * input side up; each layer's input count must equal the previous layer's output count.
     */
    public static DeepStack of(Activation activation, double[][]... layers) {
        if (layers.length == 0) {
            throw new IllegalArgumentException("a stack needs at least one layer");
        }
        double[][][] copy = new double[layers.length][][];
        for (int l = 0; l < layers.length; l++) {
            int inputs = layers[l][0].length;
            int expected = l == 0 ? inputs : copy[l - 1].length;
            copy[l] = new double[layers[l].length][];
            for (int o = 0; o < layers[l].length; o++) {
                if (layers[l][o].length != expected) {
                    throw new IllegalArgumentException("layer " + (l + 1) + " row " + o + " has " + layers[l][o].length
                            + " weights, expected " + expected);
                }
                copy[l][o] = layers[l][o].clone();
            }
        }
        return new DeepStack(activation, copy);
    }

    /**
     * {@code depth} square layers of {@code width} units with standard Gaussian weights drawn
     * from {@code random} layer by layer and row by row; {@link #scaledBy} gives them the
     * standard deviation an {@link Initialisation} prescribes.
     */
    public static DeepStack standardNormal(Activation activation, int depth, int width, Random random) {
        if (depth < 1 || width < 1) {
            throw new IllegalArgumentException("depth and width must be at least 1, got " + depth + " and " + width);
        }
        double[][][] w = new double[depth][width][width];
        for (double[][] layer : w) {
            for (double[] row : layer) {
                for (int i = 0; i < width; i++) {
                    row[i] = random.nextGaussian();
                }
            }
        }
        return new DeepStack(activation, w);
    }

    /** The same stack with every weight multiplied by {@code factor}, e.g. a standard deviation. */
    public DeepStack scaledBy(double factor) {
        double[][][] w = new double[weights.length][][];
        for (int l = 0; l < w.length; l++) {
            w[l] = new double[weights[l].length][];
            for (int o = 0; o < w[l].length; o++) {
                double[] row = weights[l][o];
                w[l][o] = new double[row.length];
                for (int i = 0; i < row.length; i++) {
                    w[l][o][i] = row[i] * factor;
                }
            }
        }
        return new DeepStack(activation, w);
    }

    /** The fan-in of the first layer: the length of the input. */
    public int inputs() {
        return weights[0][0].length;
    }

    /** The number of layers. */
    public int depth() {
        return weights.length;
    }

    /** The same weights with another activation: the fair comparison of activations. */
    public DeepStack withActivation(Activation other) {
        return new DeepStack(other, weights);
    }

    public Activation activation() {
        return activation;
    }

    /**
     * Runs {@code input} forward, sends {@code upstream} (the gradient with respect to the last
     * layer's output) back, and returns {@code norms[l] = ‖∂L/∂h_l‖₂} for l = 0 … depth−1: the
     * norm of the gradient with respect to the input of layer l+1. Index 0 is the network's input.
     */
    public double[] inputGradientNorms(double[] input, double[] upstream) {
        return trace(input, upstream).norms();
    }

    /** The gradient norms of {@link #inputGradientNorms} and every unit's slope {@code f′(z)}. */
    StackTrace trace(double[] input, double[] upstream) {
        requireLength(input.length, weights[0][0].length, "input");
        requireLength(upstream.length, weights[weights.length - 1].length, "upstream gradient");
        double[][] preActivations = new double[weights.length][];
        double[] h = input;
        for (int l = 0; l < weights.length; l++) {
            double[] z = multiply(weights[l], h);
            preActivations[l] = z;
            double[] next = new double[z.length];
            activation.forward(z, next);
            h = next;
        }
        double[] norms = new double[weights.length];
        double[][] slopes = new double[weights.length][];
        double[] g = upstream;
        for (int l = weights.length - 1; l >= 0; l--) {
            double[] z = preActivations[l];
            double[] dz = new double[g.length];
            activation.backward(z, g, dz);
            slopes[l] = new double[z.length];
            for (int u = 0; u < z.length; u++) {
                slopes[l][u] = activation.backward(z[u], 1.0);
            }
            g = multiplyTransposed(weights[l], dz);
            norms[l] = norm(g);
        }
        return new StackTrace(norms, slopes);
    }

    private static double[] multiply(double[][] w, double[] v) {
        double[] out = new double[w.length];
        for (int o = 0; o < w.length; o++) {
            double sum = 0;
            double[] row = w[o];
            for (int i = 0; i < v.length; i++) {
                sum += row[i] * v[i];
            }
            out[o] = sum;
        }
        return out;
    }

    private static double[] multiplyTransposed(double[][] w, double[] v) {
        double[] out = new double[w[0].length];
        for (int o = 0; o < w.length; o++) {
            double[] row = w[o];
            double vo = v[o];
            for (int i = 0; i < out.length; i++) {
                out[i] += row[i] * vo;
            }
        }
        return out;
    }

    /** The Euclidean norm {@code sqrt(Σ vᵢ²)}. */
    static double norm(double[] v) {
        double sum = 0;
        for (double value : v) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }

    private static void requireLength(int actual, int expected, String what) {
        if (actual != expected) {
            throw new IllegalArgumentException(what + " has " + actual + " values, the stack needs " + expected);
        }
    }
}
