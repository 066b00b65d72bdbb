package relulab.io.code;

import relulab.core.Activation;
import relulab.core.ActivationCode;
import relulab.core.Tensor3;

/**
 * The layer's forward and backward pass as a program to paste, in Python/NumPy or MATLAB/Octave:
 * the activation's own {@link Activation#code() code} in functions (Python) or script lines
 * (MATLAB), the current tensors as literals with ReLU Lab's answers, and lines that check the
 * pasted code against those answers.
 *
 * <p>For an activation whose code is {@link ActivationCode#bitExact() bit-exact} the check asks
 * for the same numbers, NaN for NaN; otherwise ({@code exp}, {@code tanh}, whose last bit differs
 * between Java and NumPy or Octave) it allows {@link #RELATIVE_ROUNDING} of each value, and for dx
 * also {@link #SLOPE_ROUNDING} of dout, the error of a slope such as {@code 1 - t*t} near 0.
 */
public final class ChapterCode {

    /** The relative difference a check of a non-exact activation allows: a few thousand ulps. */
    static final String RELATIVE_ROUNDING = "1e-12";
    /** The difference of slopes a check of a non-exact activation allows, times |dout|. */
    static final String SLOPE_ROUNDING = "1e-15";

    private ChapterCode() {}

    /** The forward and backward pass; in Python as functions, in MATLAB as script lines. */
    public static String code(LiteralLanguage language, Activation activation) {
        ActivationCode code = activation.code();
        return switch (language) {
            case PYTHON ->
                "import numpy as np\n\n"
                        + "def " + activation.id() + "_forward(x):\n"
                        + indented(code.numpyForward())
                        + "    cache = x\n"
                        + "    return out, cache\n\n"
                        + "def " + activation.id() + "_backward(dout, cache):\n"
                        + "    x = cache\n"
                        + indented(code.numpyBackward())
                        + "    return dx\n";
            case MATLAB -> code.octaveForward() + "\n" + code.octaveBackward();
        };
    }

    private static String indented(String lines) {
        return lines.lines().map(line -> "    " + line + "\n").reduce("", String::concat);
    }

    /**
     * The current tensors as literals: x and dout, then ReLU Lab's own out and dx under
     * {@code out_lab} and {@code dx_lab} to compare with.
     *
     * @throws IllegalArgumentException when x is too large to print ({@link LiteralLanguage#fits})
     */
    public static String data(LiteralLanguage language, Tensor3 x, Tensor3 dout, Activation activation) {
        return language.assign("x", x)
                + language.assign("dout", dout)
                + language.comment("ReLU Lab's answers, to compare with yours:")
                + language.assign("out_lab", activation.forward(x))
                + language.assign("dx_lab", activation.backward(x, dout));
    }

    /** Lines that run the code on the data and print whether the answers equal ReLU Lab's. */
    public static String check(LiteralLanguage language, Activation activation) {
        boolean exact = activation.code().bitExact();
        return switch (language) {
            case PYTHON ->
                "out, cache = " + activation.id() + "_forward(x)\n"
                        + "dx = " + activation.id() + "_backward(dout, cache)\n"
                        + (exact
                                ? """
                    print("out equals ReLU Lab's:", np.array_equal(out, out_lab, equal_nan=True))
                    print("dx equals ReLU Lab's:", np.array_equal(dx, dx_lab, equal_nan=True))
                    """
                                : "print(\"out equals ReLU Lab's to rounding:\", np.allclose(out, out_lab, rtol="
                                        + RELATIVE_ROUNDING + ", atol=0, equal_nan=True))\n"
                                        + "print(\"dx equals ReLU Lab's to rounding:\", np.allclose(dx, dx_lab, rtol="
                                        + RELATIVE_ROUNDING + ", atol=" + SLOPE_ROUNDING
                                        + " * np.abs(dout), equal_nan=True))\n");
            case MATLAB ->
                exact
                        ? """
                    fprintf("out equals ReLU Lab's: %s\\n", mat2str(isequaln(out, out_lab)));
                    fprintf("dx equals ReLU Lab's: %s\\n", mat2str(isequaln(dx, dx_lab)));
                    """
                        : "near = @(a, b, tol) all(a(:) == b(:) | (isnan(a(:)) & isnan(b(:))) | abs(a(:) - b(:)) <= tol(:));\n"
                                + "fprintf(\"out equals ReLU Lab's to rounding: %s\\n\", mat2str(near(out, out_lab, "
                                + RELATIVE_ROUNDING + " * abs(out_lab))));\n"
                                + "fprintf(\"dx equals ReLU Lab's to rounding: %s\\n\", mat2str(near(dx, dx_lab, "
                                + RELATIVE_ROUNDING + " * abs(dx_lab) + " + SLOPE_ROUNDING + " * abs(dout))));\n";
        };
    }

    /**
     * A whole program to paste: in Python the functions, the data, then the check; in MATLAB
     * the data first, because its code is script lines that read x and dout.
     */
    public static String script(LiteralLanguage language, Tensor3 x, Tensor3 dout, Activation activation) {
        String code = code(language, activation);
        String data = data(language, x, dout, activation);
        return switch (language) {
            case PYTHON -> code + "\n" + data + "\n" + check(language, activation);
            case MATLAB -> data + "\n" + code + "\n" + check(language, activation);
        };
    }
}
