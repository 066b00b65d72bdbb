package relulab.core;

/**
 * The rectified linear unit, {@code f(x) = max(0, x)}.
 *
 * <p>Forward: {@code out = max(0, x)}; NaN propagates, {@code -0.0} gives {@code +0.0},
 * {@code +Inf} stays and {@code -Inf} gives 0 (the same as {@code np.maximum(x, 0)}).
 *
 * <p>Backward: {@code dx = x > 0 ? dout : 0} — a select, never {@code dout * mask}, which
 * would turn an infinite dout at a blocked cell into NaN. A NaN x blocks the gradient (NaN is
 * not greater than 0). At exactly {@code x = 0} the gradient is {@link GradientAtZero#ZERO}
 * by default, as in PyTorch and the course notes; {@link #withGradientAtZero} picks another.
 */
public final class Relu implements Activation {

    /** ReLU with ReLU'(0) = 0. */
    public static final Relu STANDARD = new Relu(GradientAtZero.ZERO);

    private static final Relu HALF = new Relu(GradientAtZero.HALF);
    private static final Relu ONE = new Relu(GradientAtZero.ONE);

    private final GradientAtZero atZero;

    private Relu(GradientAtZero atZero) {
        this.atZero = atZero;
    }

    /** ReLU whose derivative at exactly 0 is the given convention. */
    public static Relu of(GradientAtZero atZero) {
        return switch (atZero) {
            case ZERO -> STANDARD;
            case HALF -> HALF;
            case ONE -> ONE;
        };
    }

    public GradientAtZero gradientAtZero() {
        return atZero;
    }

    @Override
    public String id() {
        return "relu";
    }

    @Override
    public double slope(double x) {
        if (x > 0) {
            return 1.0;
        }
        return x == 0 ? atZero.slope() : 0.0;
    }

    @Override
    public boolean hasChoiceAtZero() {
        return true;
    }

    @Override
    public Relu withGradientAtZero(GradientAtZero choice) {
        return choice == atZero ? this : of(choice);
    }

    @Override
    public String name() {
        return "relu";
    }

    @Override
    public double forward(double x) {
        return Math.max(0.0, x);
    }

    @Override
    public double backward(double x, double dout) {
        if (x > 0) {
            return dout;
        }
        return x == 0 ? atZero.apply(dout) : 0.0;
    }

    @Override
    public void forward(double[] x, double[] out) {
        ReluKernels.forward(x, out);
    }

    @Override
    public void backward(double[] x, double[] dout, double[] dx) {
        if (atZero == GradientAtZero.ZERO) {
            ReluKernels.backward(x, dout, dx);
        } else {
            Activation.super.backward(x, dout, dx);
        }
    }

    @Override
    public String toString() {
        return "ReLU";
    }
}
