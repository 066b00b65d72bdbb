package relulab.io.code;

import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.NumberText;

/**
 * A tensor written as source code that rebuilds it exactly, in Python/NumPy or MATLAB/Octave.
 *
 * <p>Numbers are written with {@link NumberText#forFile}, the shortest decimal that reads back
 * to the same double in any correctly rounding parser (Python's and MATLAB's are), so the
 * pasted tensor has the program's bits; NaN and ±Inf get each language's spelling.
 *
 * <p>Layouts. NumPy keeps ReLU Lab's order: {@code x[d, r, c]}, shape {@code (D, H, W)}, written
 * as nested lists. MATLAB puts the slice index last: {@code x(r+1, c+1, d+1)} is ReLU Lab's
 * {@code x[d, r, c]}, size {@code [H W D]}, written one {@code x(:, :, d+1)} slice at a time.
 */
public enum LiteralLanguage {

    /** Python with NumPy imported as {@code np}. */
    PYTHON("#", "np.nan", "np.inf") {
        @Override
        public String assign(String name, Tensor3 t) {
            requireFits(t);
            Shape s = t.shape();
            StringBuilder b = new StringBuilder();
            b.append(name)
                    .append(" = np.array([  # shape (D, H, W) = ")
                    .append(s)
                    .append('\n');
            for (int d = 0; d < s.depth(); d++) {
                for (int r = 0; r < s.height(); r++) {
                    b.append(r == 0 ? "    [[" : "     [");
                    row(b, t, d, r);
                    b.append(r == s.height() - 1 ? "]],\n" : "],\n");
                }
            }
            return b.append("])\n").toString();
        }
    },

    /** MATLAB or GNU Octave: the same text runs in both. */
    MATLAB("%", "NaN", "Inf") {
        @Override
        public String assign(String name, Tensor3 t) {
            requireFits(t);
            Shape s = t.shape();
            StringBuilder b = new StringBuilder();
            b.append("% ")
                    .append(name)
                    .append("(r, c, d) is ReLU Lab's ")
                    .append(name)
                    .append("[d-1, r-1, c-1]; size [H W D]\n");
            b.append(name)
                    .append(" = zeros(")
                    .append(s.height())
                    .append(", ")
                    .append(s.width())
                    .append(", ")
                    .append(s.depth())
                    .append(");\n");
            for (int d = 0; d < s.depth(); d++) {
                b.append(name).append("(:, :, ").append(d + 1).append(") = [\n");
                for (int r = 0; r < s.height(); r++) {
                    b.append("    ");
                    row(b, t, d, r);
                    b.append('\n');
                }
                b.append("];\n");
            }
            return b.toString();
        }
    };

    /** The largest tensor written as a literal; beyond it the text is too long to read or paste. */
    public static final int MAX_ELEMENTS = 4096;

    private final String commentMark;
    private final String nan;
    private final String infinity;

    LiteralLanguage(String commentMark, String nan, String infinity) {
        this.commentMark = commentMark;
        this.nan = nan;
        this.infinity = infinity;
    }

    /**
     * Source code that sets variable {@code name} to tensor {@code t}.
     *
     * @throws IllegalArgumentException when the tensor has more than {@link #MAX_ELEMENTS}
     */
    public abstract String assign(String name, Tensor3 t);

    /** Whether {@link #assign} will write this tensor. */
    public static boolean fits(Tensor3 t) {
        return t.size() <= MAX_ELEMENTS;
    }

    /** What starts a comment that runs to the end of the line: {@code #} or {@code %}. */
    public String commentMark() {
        return commentMark;
    }

    /** A whole-line comment, {@code # text} or {@code % text}. */
    public String comment(String text) {
        return commentMark + " " + text + "\n";
    }

    /** One number as a literal of this language. */
    public String number(double value) {
        if (Double.isNaN(value)) {
            return nan;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? infinity : "-" + infinity;
        }
        return NumberText.forFile(value);
    }

    /** Refuses a tensor too large to print, naming its shape and size. */
    static void requireFits(Tensor3 t) {
        if (!fits(t)) {
            throw new IllegalArgumentException("a tensor of shape " + t.shape() + " has " + t.size()
                    + " values, too many to print (at most " + MAX_ELEMENTS + ")");
        }
    }

    /** Row r of slice d, numbers separated by commas. */
    void row(StringBuilder b, Tensor3 t, int d, int r) {
        for (int c = 0; c < t.shape().width(); c++) {
            if (c > 0) {
                b.append(", ");
            }
            b.append(number(t.get(d, r, c)));
        }
    }
}
