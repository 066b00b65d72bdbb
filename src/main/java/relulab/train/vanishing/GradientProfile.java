package relulab.train.vanishing;

import java.util.Arrays;

/**
 * The gradient norms of one activation through the stack: {@code norm(l)} is
 * {@code ‖∂L/∂h_{l−1}‖₂}, the norm at the input of layer l, for l = 1 (next to the data) … depth.
 */
public record GradientProfile(String activation, double[] norms) {

    public GradientProfile {
        norms = norms.clone();
    }

    @Override
    public double[] norms() {
        return norms.clone();
    }

    /** The norm at the input of layer {@code layer}, counted from 1. */
    public double norm(int layer) {
        return norms[layer - 1];
    }

    public int depth() {
        return norms.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GradientProfile p && activation.equals(p.activation)
                && Arrays.equals(norms, p.norms);
    }

    @Override
    public int hashCode() {
        return 31 * activation.hashCode() + Arrays.hashCode(norms);
    }

    @Override
    public String toString() {
        return activation + Arrays.toString(norms);
    }
}
