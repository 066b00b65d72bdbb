package relulab.ui.gradcheck;

/**
 * One cell of the gradient check: where it is, its inputs, the two gradients and how far they
 * disagree. {@code nearKink} marks {@code |x| < h}, where the numeric estimate is not to be trusted.
 */
public record GradientCheckRow(
        int depth,
        int row,
        int column,
        double x,
        double dout,
        double numeric,
        double analytic,
        double relativeError,
        boolean nearKink) {

    /** The cell's position as ReLU Lab writes it, {@code [d, r, c]}. */
    public String position() {
        return "[" + depth + ", " + row + ", " + column + "]";
    }

    /** Whether x and dout are finite and an estimate exists at this h, so that the check means something. */
    public boolean checkable() {
        return Double.isFinite(x) && Double.isFinite(dout) && !Double.isNaN(numeric);
    }
}
