package relulab.io;

import java.util.Locale;
import relulab.core.NumberGrammar;
import relulab.core.text.Reason;

/**
 * Numbers as people type them and as files write them, in {@link Locale#ROOT}.
 *
 * <p>Reading follows {@link NumberGrammar}, the one grammar of the whole program: decimal or
 * scientific notation with ASCII digits, the signs {@code +}, {@code -} and {@code −} (U+2212),
 * {@code nan}, {@code inf}, {@code infinity} and {@code ∞} in any case (so {@code +∞} and
 * {@code −∞} as the grid shows them), with tabs and Unicode spaces (the no-break space and the
 * em space alike) allowed around the number. Hexadecimal and Java's type suffixes
 * ({@code 1d}, {@code 2f}) are refused.
 */
public final class NumberText {

    /** The minus sign the program prints: wider than a hyphen, hard to miss on a projector. */
    public static final char MINUS = NumberGrammar.MINUS;

    private NumberText() {}

    /**
     * The number written in {@code text}.
     *
     * @throws NumberGrammar.Unreadable with a message quoting the text (cut and escaped), fit for
     *                                   the user, and its reason for the window
     */
    public static double parse(String text) {
        try {
            return NumberGrammar.parse(text);
        } catch (NumberFormatException e) {
            throw new NumberGrammar.Unreadable(
                    Reason.of(NumberText.class, "number.not", MessageText.quote(NumberGrammar.strip(text))));
        }
    }

    /** True when {@code text} parses as a number. */
    public static boolean isNumber(String text) {
        try {
            NumberGrammar.parse(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The text a file gets for {@code value}: the shortest decimal that reads back to the same
     * double, and {@code nan}, {@code inf}, {@code -inf} for the special values (NumPy's spelling).
     */
    public static String forFile(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return Double.toString(value);
    }

    /**
     * The text a cell shows: {@code digits} significant digits, the typographic minus,
     * {@code NaN}, {@code +∞} and {@code −∞}. Negative zero shows as {@code −0}.
     */
    public static String forDisplay(double value, int digits) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+\u221E" : MINUS + "\u221E";
        }
        String s;
        double abs = Math.abs(value);
        if (abs != 0 && (abs >= 1e5 || abs < 1e-3)) {
            s = String.format(Locale.ROOT, "%." + Math.max(0, digits - 1) + "e", value);
        } else {
            s = new java.math.BigDecimal(value)
                    .round(new java.math.MathContext(digits))
                    .stripTrailingZeros()
                    .toPlainString();
            if (value == 0 && Double.doubleToRawLongBits(value) != 0) {
                s = "-0";
            }
        }
        return s.replace('-', MINUS);
    }
}
