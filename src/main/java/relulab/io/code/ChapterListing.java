package relulab.io.code;

/**
 * The ReLU layer's code as the chapter prints it, character for character: the NumPy forward
 * {@code out = np.maximum(0, x)} and backward {@code dx = dout * (x > 0)} in cs231n's function
 * frame, and the Matlab {@code out = max(0, x);} and {@code dx = dout .* (x > 0);} — one line
 * each. It is shown beside {@link ChapterCode#code ReLU Lab's exact form}, which differs where
 * the chapter's one-liners give other numbers (−0, NaN, an infinite dout, the choice of ReLU′(0));
 * the lesson names each difference.
 */
public final class ChapterListing {

    private static final String PYTHON = """
            def relu_forward(x):
                out = np.maximum(0, x)
                cache = x
                return out, cache

            def relu_backward(dout, cache):
                x = cache
                dx = dout * (x > 0)
                return dx
            """;
    private static final String MATLAB = """
            out = max(0, x);
            dx = dout .* (x > 0);
            """;

    private ChapterListing() {}

    /** The chapter's code in {@code language}. */
    public static String code(LiteralLanguage language) {
        return switch (language) {
            case PYTHON -> PYTHON;
            case MATLAB -> MATLAB;
        };
    }
}
