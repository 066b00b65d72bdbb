package relulab.train;

import java.util.BitSet;
import relulab.core.Activation;

/**
 * The dead-unit detector.
 *
 * <p>A hidden unit is <em>silent</em> when its pre-activation {@code z = a·w + b} is ≤ 0 on
 * every training point under the current parameters. For ReLU, {@code f'(z) = 0} there, so
 * the unit's output and every gradient flowing through it are 0 for every example: SGD never
 * changes its incoming weights again, and the unit is <em>dead</em>. For Leaky ReLU the slope
 * {@code a·dout} still reaches the weights, so a silent unit is only <em>inactive</em> and can
 * come back ({@link UnitState}).
 */
public final class DeadUnits {

    private DeadUnits() {}

    /** The silent units of every hidden layer of {@code model} on the points of {@code data}. */
    public static BitSet[] silentUnits(Mlp model, Activation activation, Dataset data) {
        requireInputs(model);
        Backprop pass = new Backprop(model.sizes(), data.size(), activation);
        pass.forward(model.copyWeights(), model.copyBiases(), data.pointsView(), labelsFor(model, data));
        return silentFromMaxima(pass.zMax);
    }

    /**
     * The silent units of each hidden layer from the largest pre-activation of each unit over
     * the points ({@code zMax[layer][unit]}), which the forward pass keeps as it goes: silent
     * unless it is &gt; 0. A NaN pre-activation makes the largest NaN, so the unit counts as
     * silent; the trainer never keeps such a step, because a NaN in a hidden layer makes the
     * loss NaN.
     */
    static BitSet[] silentFromMaxima(double[][] zMax) {
        BitSet[] silent = new BitSet[zMax.length];
        for (int l = 0; l < zMax.length; l++) {
            double[] max = zMax[l];
            silent[l] = new BitSet(max.length);
            for (int j = 0; j < max.length; j++) {
                if (!(max[j] > 0)) {
                    silent[l].set(j);
                }
            }
        }
        return silent;
    }

    /** True when a silent unit gets no gradient under this activation, i.e. it is dead, not inactive. */
    public static boolean silentMeansDead(Activation activation) {
        return activation.backward(-1.0, 1.0) == 0.0;
    }

    private static void requireInputs(Mlp model) {
        if (model.sizes()[0] != Dataset.FEATURES) {
            throw new IllegalArgumentException(
                    "the network takes " + model.sizes()[0] + " inputs but the points have " + Dataset.FEATURES);
        }
    }

    /** Labels the loss can index: the detector only needs z, so labels beyond the classes become 0. */
    private static int[] labelsFor(Mlp model, Dataset data) {
        int classes = model.sizes()[model.layers()];
        int[] y = data.labelsView().clone();
        for (int i = 0; i < y.length; i++) {
            if (y[i] >= classes) {
                y[i] = 0;
            }
        }
        return y;
    }
}
