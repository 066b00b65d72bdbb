package relulab.train;

import java.util.Random;

/**
 * Minibatches drawn without replacement: the points are shuffled (Fisher–Yates), cut into
 * consecutive batches, and reshuffled when too few remain for a whole batch — the usual
 * epoch loop, so every point is seen about equally often.
 */
final class Minibatches {

    private final Dataset data;
    private final int size;
    private final Random random;
    private final int[] order;
    private int next;
    private final double[] x;
    private final int[] y;

    Minibatches(Dataset data, int size, Random random) {
        this.data = data;
        this.size = size;
        this.random = random;
        this.order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.next = order.length;
        this.x = new double[size * Dataset.FEATURES];
        this.y = new int[size];
    }

    /** Moves to the next batch, whose rows {@link #x()} and labels {@link #y()} then hold. */
    void next() {
        if (next + size > order.length) {
            shuffle();
            next = 0;
        }
        double[] points = data.pointsView();
        int[] labels = data.labelsView();
        for (int r = 0; r < size; r++) {
            int i = order[next + r];
            x[r * Dataset.FEATURES] = points[i * Dataset.FEATURES];
            x[r * Dataset.FEATURES + 1] = points[i * Dataset.FEATURES + 1];
            y[r] = labels[i];
        }
        next += size;
    }

    double[] x() {
        return x;
    }

    int[] y() {
        return y;
    }

    private void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
