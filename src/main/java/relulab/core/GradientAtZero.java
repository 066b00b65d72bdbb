package relulab.core;

/**
 * The value chosen for ReLU'(0).
 *
 * <p>ReLU has a kink at 0, where the derivative is undefined; any value in [0, 1] is a valid
 * subgradient. PyTorch, TensorFlow and the cs231n notes use 0, which is the default here. The
 * lessons let a student pick ½ or 1 to see which cells change.
 */
public enum GradientAtZero {
    /** ReLU'(0) = 0: no gradient passes where x is exactly 0 (the usual convention). */
    ZERO("0"),
    /** ReLU'(0) = ½: the average of the left and right derivatives. */
    HALF("½"),
    /** ReLU'(0) = 1: zero is treated like a positive input. */
    ONE("1");

    private final String label;

    GradientAtZero(String label) {
        this.label = label;
    }

    /**
     * The gradient passed at x = 0 for an upstream {@code dout}. ZERO is a select, not a
     * multiply, so an infinite or NaN dout still gives exactly 0.
     */
    public double apply(double dout) {
        return switch (this) {
            case ZERO -> 0.0;
            case HALF -> 0.5 * dout;
            case ONE -> dout;
        };
    }

    /** The value of the derivative itself: 0, 0.5 or 1. */
    public double slope() {
        return switch (this) {
            case ZERO -> 0.0;
            case HALF -> 0.5;
            case ONE -> 1.0;
        };
    }

    /** "0", "½" or "1", as shown on screen. */
    public String label() {
        return label;
    }
}
