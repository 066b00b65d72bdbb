package relulab.train;

import relulab.core.Activation;

/**
 * One step's work on the whole training set — the evaluation (loss, accuracy, each hidden
 * unit's largest pre-activation) and, when asked, the gradient — done as two {@link Backprop}
 * blocks, the first half of the rows and the second, whose shares are added:
 * {@code L = L_first + L_second}, {@code ∇L = ∇L_first + ∇L_second}.
 *
 * <p>The rows of a forward and backward pass are independent, so the two blocks can run on two
 * cores at once; only the sums need both. The blocks are the same on one thread or two, and
 * added in the same order, so a run is bit for bit the same whether it had a helper or not:
 * the sweep runs each block after the other on its own thread, the lesson's single run hands
 * the second block to a {@link StepPartner} on another core.
 */
final class FullBatch {

    private final Backprop[] blocks;
    private final StepPartner partner;
    private final double[] x;
    private final int[] y;
    /** The sums over the blocks: weight and bias gradients, and each hidden unit's largest z. */
    final double[][] gradW;

    final double[][] gradB;
    final double[][] zMax;
    private int correct;

    /**
     * @param partner runs the second block while the caller does the first; {@code null} to do
     *                both on the calling thread
     */
    FullBatch(int[] sizes, Dataset data, Activation activation, StepPartner partner) {
        int n = data.size();
        int half = (n + 1) / 2;
        blocks = new Backprop[] {
            new Backprop(sizes, 0, half, n, activation), new Backprop(sizes, half, n - half, n, activation)
        };
        this.partner = partner;
        x = data.pointsView();
        y = data.labelsView();
        gradW = Mlp.zerosLike(blocks[0].gradW);
        gradB = Mlp.zerosLike(blocks[0].gradB);
        zMax = Mlp.zerosLike(blocks[0].zMax);
    }

    /**
     * Evaluates the parameters on every row and returns the mean loss (not finite when they
     * have blown up); with {@code gradient}, also fills {@link #gradW} and {@link #gradB}.
     */
    double evaluate(double[][] w, double[][] b, boolean gradient) {
        double[] loss = new double[blocks.length];
        Runnable second = () -> loss[1] = pass(blocks[1], w, b, gradient);
        if (partner == null) {
            loss[0] = pass(blocks[0], w, b, gradient);
            second.run();
        } else {
            partner.runBeside(() -> loss[0] = pass(blocks[0], w, b, gradient), second);
        }
        correct = blocks[0].correct() + blocks[1].correct();
        for (int l = 0; l < zMax.length; l++) {
            for (int j = 0; j < zMax[l].length; j++) {
                zMax[l][j] = Math.max(blocks[0].zMax[l][j], blocks[1].zMax[l][j]);
            }
        }
        if (gradient) {
            sum(blocks[0].gradW, blocks[1].gradW, gradW);
            sum(blocks[0].gradB, blocks[1].gradB, gradB);
        }
        return loss[0] + loss[1];
    }

    /** How many rows the last evaluation classified correctly. */
    int correct() {
        return correct;
    }

    private double pass(Backprop block, double[][] w, double[][] b, boolean gradient) {
        double loss = block.forward(w, b, x, y);
        if (gradient) {
            block.backward();
        }
        return loss;
    }

    private static void sum(double[][] first, double[][] second, double[][] into) {
        for (int l = 0; l < into.length; l++) {
            for (int i = 0; i < into[l].length; i++) {
                into[l][i] = first[l][i] + second[l][i];
            }
        }
    }
}
