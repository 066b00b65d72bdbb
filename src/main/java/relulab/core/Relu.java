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
 *
 * <p>The chapter writes {@code out = np.maximum(0, x)} and {@code dx = dout * (x > 0)}. Both
 * differ from the engine on corner cases, so {@link #code()} keeps the chapter's form in a
 * comment and uses the exact one:
 * <ul>
 *   <li>{@code np.maximum(0, x)} returns {@code -0.0} for {@code x = -0.0};
 *       {@code np.maximum(x, 0)} gives {@code +0.0}, as ReLU Lab does.</li>
 *   <li>{@code dout * (x > 0)} is {@code inf · 0 = nan} where dout is infinite and x ≤ 0;
 *       the select {@code np.where(x > 0, dout, 0.0)} gives 0.</li>
 *   <li>MATLAB's {@code max(0, NaN)} is 0 (max skips NaN), where NumPy and ReLU Lab keep the NaN;
 *       and GNU Octave's {@code max} returns {@code -0.0} for {@code -0.0} whichever argument
 *       comes first. The select {@code out = x; out(x <= 0) = 0} gives ReLU Lab's answer in
 *       both: NaN fails {@code x <= 0} and stays, {@code -0.0} passes it and becomes {@code +0.0}.</li>
 * </ul>
 * The backward lines follow the chosen ReLU'(0), so the pasted code agrees with the program.
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
    public ActivationCode code() {
        String numpyBackward = switch (atZero) {
            case ZERO -> "dx = np.where(x > 0, dout, 0.0)  # chapter: dout * (x > 0)\n";
            case HALF -> "dx = np.where(x > 0, dout, np.where(x == 0, 0.5 * dout, 0.0))\n";
            case ONE -> "dx = np.where(x >= 0, dout, 0.0)  # chapter: dout * (x > 0)\n";
        };
        String octaveBackward = "dx = zeros(size(x));\n"
                + "pass = " + (atZero == GradientAtZero.ONE ? "x >= 0" : "x > 0") + ";\n"
                + "dx(pass) = dout(pass);  % chapter: dout .* (x > 0)\n"
                + (atZero == GradientAtZero.HALF ? "kink = x == 0;\ndx(kink) = 0.5 * dout(kink);\n" : "");
        String zeroNote = atZero == GradientAtZero.ZERO
                ? ""
                : " ReLU'(0) = " + atZero.label() + " as chosen in ReLU Lab; the chapter uses 0\n";
        return new ActivationCode(
                """
                # out = max(0, x) element by element, shape unchanged
                out = np.maximum(x, 0)  # chapter: np.maximum(0, x)
                """,
                "# dx = dout where x > 0, else 0\n" + numpyBackward + (zeroNote.isEmpty() ? "" : "#" + zeroNote),
                """
                % forward: out = max(0, x) element by element
                out = x;
                out(x <= 0) = 0;  % chapter: max(0, x)
                """,
                "% backward: dx = dout where x > 0, else 0\n" + octaveBackward
                        + (zeroNote.isEmpty() ? "" : "%" + zeroNote),
                true);
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
