package relulab.io.code;

import relulab.core.GradientAtZero;
import relulab.core.Relu;
import relulab.core.Tensor3;

/**
 * The ReLU layer's forward and backward pass as the chapter writes them, in Python/NumPy and
 * MATLAB/Octave, in the exact form that reproduces ReLU Lab's numbers bit for bit.
 *
 * <p>The chapter writes {@code out = np.maximum(0, x)} and {@code dx = dout * (x > 0)}. Both
 * differ from the engine on corner cases, so the code shown keeps the chapter's form in a
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
 * The backward line follows the chosen ReLU'(0), so the pasted code agrees with the program.
 */
public final class ChapterCode {

    private ChapterCode() {
    }

    /** The forward and backward pass; in Python as functions, in MATLAB as script lines. */
    public static String code(LiteralLanguage language, GradientAtZero atZero) {
        return switch (language) {
            case PYTHON -> python(atZero);
            case MATLAB -> matlab(atZero);
        };
    }

    private static String python(GradientAtZero atZero) {
        String backward = switch (atZero) {
            case ZERO -> "np.where(x > 0, dout, 0.0)";
            case HALF -> "np.where(x > 0, dout, np.where(x == 0, 0.5 * dout, 0.0))";
            case ONE -> "np.where(x >= 0, dout, 0.0)";
        };
        return """
                import numpy as np

                def relu_forward(x):
                    # out = max(0, x) element by element, shape unchanged
                    out = np.maximum(x, 0)  # chapter: np.maximum(0, x)
                    cache = x
                    return out, cache

                def relu_backward(dout, cache):
                    # dx = dout where x > 0, else 0
                    x = cache
                """
                + "    dx = " + backward + (atZero == GradientAtZero.HALF ? "\n" : "  # chapter: dout * (x > 0)\n")
                + zeroNote(LiteralLanguage.PYTHON, atZero, "    ")
                + "    return dx\n";
    }

    private static String matlab(GradientAtZero atZero) {
        String pass = atZero == GradientAtZero.ONE ? "x >= 0" : "x > 0";
        StringBuilder b = new StringBuilder("""
                % forward: out = max(0, x) element by element
                out = x;
                out(x <= 0) = 0;  % chapter: max(0, x)

                % backward: dx = dout where x > 0, else 0
                dx = zeros(size(x));
                """);
        b.append("pass = ").append(pass).append(";\n");
        b.append("dx(pass) = dout(pass);  % chapter: dout .* (x > 0)\n");
        if (atZero == GradientAtZero.HALF) {
            b.append("kink = x == 0;\n");
            b.append("dx(kink) = 0.5 * dout(kink);\n");
        }
        b.append(zeroNote(LiteralLanguage.MATLAB, atZero, ""));
        return b.toString();
    }

    /** Why the code above differs from the chapter's words, in a few lines for the reader. */
    public static String differences(LiteralLanguage language) {
        return switch (language) {
            case PYTHON -> "Exact form: np.maximum(0, x) would keep \u22120.0 as \u22120.0; "
                    + "dout * (x > 0) would give nan where dout is \u00b1inf and x \u2264 0 (inf \u00b7 0).";
            case MATLAB -> "Exact form: max(0, x) would turn NaN into 0 (max skips NaN) "
                    + "and, in Octave, keep \u22120 as \u22120; "
                    + "dout .* (x > 0) would give NaN where dout is \u00b1Inf and x \u2264 0.";
        };
    }

    private static String zeroNote(LiteralLanguage language, GradientAtZero atZero, String indent) {
        return atZero == GradientAtZero.ZERO ? ""
                : indent + language.comment("ReLU'(0) = " + atZero.label()
                        + " as chosen in ReLU Lab; the chapter uses 0");
    }

    /**
     * The current tensors as literals: x and dout, then ReLU Lab's own out and dx under
     * {@code out_lab} and {@code dx_lab} to compare with.
     *
     * @throws IllegalArgumentException when x is too large to print ({@link LiteralLanguage#fits})
     */
    public static String data(LiteralLanguage language, Tensor3 x, Tensor3 dout, GradientAtZero atZero) {
        Relu relu = Relu.of(atZero);
        return language.assign("x", x) + language.assign("dout", dout)
                + language.comment("ReLU Lab's answers, to compare with yours:")
                + language.assign("out_lab", relu.forward(x))
                + language.assign("dx_lab", relu.backward(x, dout));
    }

    /** Lines that run the code on the data and print whether the answers equal ReLU Lab's. */
    public static String check(LiteralLanguage language) {
        return switch (language) {
            case PYTHON -> """
                    out, cache = relu_forward(x)
                    dx = relu_backward(dout, cache)
                    print("out equals ReLU Lab's:", np.array_equal(out, out_lab, equal_nan=True))
                    print("dx equals ReLU Lab's:", np.array_equal(dx, dx_lab, equal_nan=True))
                    """;
            case MATLAB -> """
                    fprintf("out equals ReLU Lab's: %s\\n", mat2str(isequaln(out, out_lab)));
                    fprintf("dx equals ReLU Lab's: %s\\n", mat2str(isequaln(dx, dx_lab)));
                    """;
        };
    }

    /**
     * A whole program to paste: in Python the functions, the data, then the check; in MATLAB
     * the data first, because its code is script lines that read x and dout.
     */
    public static String script(LiteralLanguage language, Tensor3 x, Tensor3 dout, GradientAtZero atZero) {
        String code = code(language, atZero);
        String data = data(language, x, dout, atZero);
        return switch (language) {
            case PYTHON -> code + "\n" + data + "\n" + check(language);
            case MATLAB -> data + "\n" + code + "\n" + check(language);
        };
    }
}
