package relulab.train.vanishing;

import java.util.Arrays;

/**
 * What one activation does to a gradient on its way down the stack, layer l = 1 (next to the
 * data) … depth:
 * <ul>
 *   <li>{@code norm(l)} — {@code ‖∂L/∂h_{l−1}‖₂}, the norm of the gradient at the input of layer l;</li>
 *   <li>{@code slopes(l)} — {@code f′(z_l)} of each of the layer's units: the factor the
 *       activation applies to the gradient there;</li>
 *   <li>{@code saturatedShare(l)} — the share of those slopes below {@value #SATURATED_SLOPE}:
 *       saturated sigmoid or tanh units, or ReLU units that are off (f′ = 0) for this input.</li>
 * </ul>
 */
public record GradientProfile(String activation, Initialisation init, double[] norms, double[][] slopes) {

    /** A unit whose slope is below this passes less than a tenth of its gradient: saturated. */
    public static final double SATURATED_SLOPE = 0.1;
    /** Bins of the slope histogram, each 0.1 wide, from 0 to 1. */
    public static final int HISTOGRAM_BINS = 10;

    public GradientProfile {
        if (norms.length != slopes.length) {
            throw new IllegalArgumentException(norms.length + " norms but " + slopes.length + " layers of slopes");
        }
        norms = norms.clone();
        slopes = Arrays.stream(slopes).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public double[] norms() {
        return norms.clone();
    }

    @Override
    public double[][] slopes() {
        return Arrays.stream(slopes).map(double[]::clone).toArray(double[][]::new);
    }

    /** The norm at the input of layer {@code layer}, counted from 1. */
    public double norm(int layer) {
        return norms[layer - 1];
    }

    /** {@code f′(z)} of every unit of layer {@code layer}, counted from 1. */
    public double[] slopes(int layer) {
        return slopes[layer - 1].clone();
    }

    /** The share of layer {@code layer}'s units whose slope is below {@link #SATURATED_SLOPE}. */
    public double saturatedShare(int layer) {
        double[] s = slopes[layer - 1];
        int saturated = 0;
        for (double v : s) {
            if (v < SATURATED_SLOPE) {
                saturated++;
            }
        }
        return (double) saturated / s.length;
    }

    /** {@link #saturatedShare(int)} of every layer, layer 1 first. */
    public double[] saturatedShareByLayer() {
        double[] share = new double[depth()];
        for (int l = 1; l <= share.length; l++) {
            share[l - 1] = saturatedShare(l);
        }
        return share;
    }

    /**
     * How many of layer {@code layer}'s slopes fall in each of {@value #HISTOGRAM_BINS} bins of
     * width 0.1: bin b holds {@code b/10 ≤ f′ < (b+1)/10}, and the last bin also holds f′ = 1.
     */
    public int[] slopeHistogram(int layer) {
        int[] counts = new int[HISTOGRAM_BINS];
        for (double v : slopes[layer - 1]) {
            int bin = (int) Math.floor(v * HISTOGRAM_BINS);
            counts[Math.max(0, Math.min(HISTOGRAM_BINS - 1, bin))]++;
        }
        return counts;
    }

    public int depth() {
        return norms.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GradientProfile p
                && activation.equals(p.activation)
                && init == p.init
                && Arrays.equals(norms, p.norms)
                && Arrays.deepEquals(slopes, p.slopes);
    }

    @Override
    public int hashCode() {
        return 31 * activation.hashCode() + Arrays.hashCode(norms);
    }

    @Override
    public String toString() {
        return activation + " (" + init + ") " + Arrays.toString(norms);
    }
}
