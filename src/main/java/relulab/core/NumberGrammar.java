package relulab.core;

/**
 * The one grammar for numbers typed by a person or read from a text file, used everywhere the
 * program reads a number (cells, pasted text, CSV files, command-line options, the leaky slope).
 *
 * <pre>
 *   number   := blank* sign? body blank*
 *   blank    := a tab or any Unicode space separator (space, no-break space U+00A0, narrow
 *               no-break space U+202F, figure space, em space, ...)
 *   sign     := '+' | '-' | '−' (U+2212, the minus the program prints)
 *   body     := decimal | 'nan' | 'inf' | 'infinity' | '∞'      (the words in any case)
 *   decimal  := digits ['.' [digits]] [exponent] | '.' digits [exponent]
 *   exponent := ('e' | 'E') [sign] digits
 *   digits   := one or more of the ASCII digits 0-9
 * </pre>
 *
 * So {@code −0.5}, {@code +∞} and {@code −∞} (as the grid shows them), {@code 2e-3} and
 * {@code nan} are numbers. Not numbers: hexadecimal ({@code 0x1p-3}), Java's type suffixes
 * ({@code 1d}, {@code 2f}), underscores, digits of other scripts, thousands separators, a comma
 * as the decimal point, and any other character inside the number.
 */
public final class NumberGrammar {

    /** The typographic minus sign, U+2212. */
    public static final char MINUS = '\u2212';
    private static final char INFINITY = '\u221E';

    private NumberGrammar() {
    }

    /**
     * The number written in {@code text}.
     *
     * @throws NumberFormatException when the text is not a number of this grammar; the message
     *                               says so without repeating the text (callers quote it)
     */
    public static double parse(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        boolean negative = false;
        if (start < end && isSign(text.charAt(start))) {
            negative = text.charAt(start) != '+';
            start++;
        }
        String body = text.substring(start, end);
        double magnitude;
        if (body.equalsIgnoreCase("nan")) {
            return Double.NaN;
        } else if (body.equalsIgnoreCase("inf") || body.equalsIgnoreCase("infinity")
                || body.equals(String.valueOf(INFINITY))) {
            magnitude = Double.POSITIVE_INFINITY;
        } else if (isDecimal(body)) {
            magnitude = Double.parseDouble(body);
        } else {
            throw new NumberFormatException("not a number");
        }
        return negative ? -magnitude : magnitude;
    }

    /** True for the characters the grammar allows around a number: a tab or a Unicode space separator. */
    public static boolean isBlank(char c) {
        return c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** True when the text is empty or only {@linkplain #isBlank blanks}. */
    public static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isBlank(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSign(char c) {
        return c == '+' || c == '-' || c == MINUS;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }
}
