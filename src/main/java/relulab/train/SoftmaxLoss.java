package relulab.train;

/**
 * The loss of a {@link Backprop} pass: the mean softmax cross-entropy of the scores,
 * {@code L = (1/n) Σᵢ [log Σⱼ exp(sᵢⱼ) − s_{i,yᵢ}]}, and its gradient
 * {@code ∂L/∂s = (softmax(s) − onehot(y)) / n}.
 *
 * <p>Each row's maximum is subtracted before exp, so exp cannot overflow. A pass over one block
 * of rows of a larger set divides by the whole set's size, so the blocks' losses and gradients
 * add up to the whole set's. On the way it counts the rows whose highest score is their label.
 */
final class SoftmaxLoss {

    private final int first;
    private final int n;
    private final int total;
    private int correct;

    /** The loss of rows {@code first .. first + rows − 1} of a set of {@code total} rows. */
    SoftmaxLoss(int first, int rows, int total) {
        this.first = first;
        this.n = rows;
        this.total = total;
    }

    /**
     * This block's share of the mean cross-entropy of the scores {@code s} (rows × classes) for
     * the labels {@code y} of the whole set; leaves {@code ∂L/∂s} in {@code ds}.
     */
    double of(double[][] s, int[] y, int classes, double[][] ds) {
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
            int label = y[first + i];
            loss += Math.log(sum) - (si[label] - max);
            for (int j = 0; j < classes; j++) {
                gi[j] = (gi[j] / sum - (j == label ? 1 : 0)) / total;
            }
            if (best == label) {
                right++;
            }
        }
        correct = right;
        return loss / total;
    }

    /** How many rows the last call classified correctly (highest score = label). */
    int correct() {
        return correct;
    }
}
