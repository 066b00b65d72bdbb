package relulab.io;

import java.util.Locale;

/**
 * Numbers as people type them and as files write them, in {@link Locale#ROOT}.
 *
 * <p>Accepted: anything {@link Double#parseDouble} takes in decimal or scientific notation
 * ({@code -1.5}, {@code 2e-3}), plus {@code nan}, {@code inf}, {@code +inf}, {@code -inf},
 * {@code infinity} in any case, and the typographic minus {@code −} (U+2212) that the program
 * itself prints. Rejected: words, empty text, hexadecimal and Java's type suffixes
 * ({@code 1d}, {@code 2f}), which a student would not mean as numbers.
 */
public final class NumberText {

    /** The minus sign the program prints: wider than a hyphen, hard to miss on a projector. */
    public static final char MINUS = '\u2212';

    private NumberText() {
    }

    /**
     * The number written in {@code text}.
     *
     * @throws NumberFormatException with a message naming the text, fit for the user
     */
    public static double parse(String text) {
        String s = text.strip().replace(MINUS, '-');
        String lower = s.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "nan", "+nan", "-nan":
                return Double.NaN;
            case "inf", "+inf", "infinity", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        if (!isDecimal(lower)) {
            throw new NumberFormatException("'" + text.strip() + "' is not a number");
        }
        return Double.parseDouble(s);
    }

    /** True when {@code text} parses as a number. */
    public static boolean isNumber(String text) {
        try {
            parse(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** [sign] digits [. digits] [e [sign] digits], with at least one digit in the mantissa. */
    private static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && s.charAt(i) == 'e') {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n && s.chars().allMatch(ch -> ch < 128);
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
            s = new java.math.BigDecimal(value).round(new java.math.MathContext(digits))
                    .stripTrailingZeros().toPlainString();
            if (value == 0 && Double.doubleToRawLongBits(value) != 0) {
                s = "-0";
            }
        }
        return s.replace('-', MINUS);
    }
}
