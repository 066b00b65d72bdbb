package relulab.ui.shared.grid;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How a number is written inside a cell of a fixed width: the grid picks one font size from the
 * cell size, and each number then takes the most precise form that fits — as many significant
 * digits as it has (Java's shortest form that reads back as the same double, so −7777 stays
 * −7777 where it fits), then one fewer, down to 1, each as a plain decimal or in scientific
 * notation, whichever is shorter. So a long number loses digits, never the font size of its
 * neighbours; the hover story always has the whole value.
 *
 * <p>Widths are estimated from typical advance widths of a proportional font, in em
 * ({@link #width}), so that choosing a form costs no text layout. Zero of either sign is written
 * {@code 0}: in a cell the sign of zero is noise (the hover story still tells −0 from 0).
 */
final class CellText {

    /** The reference number every font size is chosen for: five characters such as −0.55. */
    static final String REFERENCE = "\u22120.55";

    /** The shortest number a cell must hold to print numbers at all: four characters such as −0.5. */
    static final String SHORT_REFERENCE = "\u22120.5";

    /**
     * How much wider than its room a text may be: the grid draws it squeezed to the room, and a
     * squeeze of up to 15% keeps the digits readable while saving a digit of precision.
     */
    static final double MAX_SQUEEZE = 1.15;
    /**
     * The squeeze allowed for the last resort, one digit in scientific notation: enough for the
     * six characters of 5e−324 in a cell chosen for five, rather than no number at all.
     */
    static final double LAST_RESORT_SQUEEZE = 1.4;

    /** The advance width of a digit, in em. */
    private static final double DIGIT_WIDTH = 0.6;

    private CellText() {}

    /**
     * The most precise text for {@code value} whose estimated width, at {@code fontSize}, is at
     * most {@code room} pixels (give or take {@link #MAX_SQUEEZE}); {@code "…"} when not even one
     * significant digit fits.
     */
    static String fit(double value, double fontSize, double room) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+\u221E" : "\u2212\u221E";
        }
        if (value == 0) {
            return "0";
        }
        double abs = Math.abs(value);
        boolean plainFirst = abs >= 1e-3 && abs < 1e5;
        // A digit is 0.6 em wide: no form with more digits than this can fit.
        int widest = (int) Math.floor(room * MAX_SQUEEZE / (fontSize * DIGIT_WIDTH));
        for (int digits = Math.min(significantDigits(value), widest); digits >= 1; digits--) {
            BigDecimal rounded = rounded(value, digits);
            String plain = plainOf(rounded);
            String sci = scientificOf(rounded);
            String first = plainFirst || plain.length() <= sci.length() ? plain : sci;
            String second = first == plain ? sci : plain;
            if (width(first) * fontSize <= room * MAX_SQUEEZE) {
                return first;
            }
            if (width(second) * fontSize <= room * MAX_SQUEEZE) {
                return second;
            }
        }
        String shortest = scientific(value, 1);
        return width(shortest) * fontSize <= room * LAST_RESORT_SQUEEZE ? shortest : "\u2026";
    }

    /**
     * How many significant digits it takes to write {@code value} so that it reads back as the
     * same double (Java's shortest form): more would print noise such as 0.30000000000000004.
     */
    static int significantDigits(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().precision();
    }

    /** {@code digits} significant digits as a plain decimal, trailing zeros dropped. */
    static String plain(double value, int digits) {
        return plainOf(rounded(value, digits));
    }

    /** {@code digits} significant digits as mantissa and exponent, e.g. {@code 2.7e−3}, {@code 1e308}. */
    static String scientific(double value, int digits) {
        return scientificOf(rounded(value, digits));
    }

    /**
     * The exact value of {@code value} rounded half up to {@code digits} significant digits,
     * trailing zeros dropped: the plain and the scientific form are both written from it, so
     * they never disagree on the last digit.
     */
    private static BigDecimal rounded(double value, int digits) {
        return new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros();
    }

    private static String plainOf(BigDecimal rounded) {
        String s = rounded.signum() == 0 ? "0" : rounded.toPlainString();
        return s.replace('-', '\u2212');
    }

    private static String scientificOf(BigDecimal rounded) {
        String significant = rounded.unscaledValue().abs().toString();
        String mantissa =
                significant.length() == 1 ? significant : significant.charAt(0) + "." + significant.substring(1);
        int exponent = rounded.precision() - rounded.scale() - 1;
        return ((rounded.signum() < 0 ? "-" : "") + mantissa + "e" + exponent).replace('-', '\u2212');
    }

    /** Estimated width of {@code text} in em (multiply by the font size for pixels). */
    static double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            w += switch (ch) {
                case '.', ',' -> 0.3;
                case '\u2212', '+' -> 0.62;
                case 'e' -> 0.58;
                case '\u221E' -> 0.8;
                case 'N' -> 0.75;
                case 'a' -> 0.58;
                default -> DIGIT_WIDTH;
            };
        }
        return w;
    }
}
