package relulab.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import relulab.core.text.Explained;
import relulab.core.text.Reason;

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
 *
 * <p>A whole number (a count, a depth, a seed) is a number of the same grammar whose value is
 * whole ({@link #parseWhole}): {@code " 5"}, {@code 1e1} and {@code 10.0} are all ten or five,
 * as they would be for any other number; {@code 1.5} and {@code inf} are not whole.
 */
public final class NumberGrammar {

    /** The typographic minus sign, U+2212. */
    public static final char MINUS = '\u2212';

    private static final char INFINITY = '\u221E';

    private NumberGrammar() {}

    /**
     * Text that is not a number, or not the number asked for: a {@link NumberFormatException}
     * whose message is the English of its {@link Reason}, so a window can say it in its own
     * language. The grammar's own reasons do not repeat the text (callers quote it); a caller
     * that quotes it throws one of its own.
     */
    public static final class Unreadable extends NumberFormatException implements Explained {
        private static final long serialVersionUID = 1L;

        private final transient Reason reason;

        public Unreadable(Reason reason) {
            super(reason.english());
            this.reason = reason;
        }

        @Override
        public Reason reason() {
            return reason;
        }
    }

    /**
     * The number written in {@code text}.
     *
     * @throws NumberFormatException when the text is not a number of this grammar; the message
     *                               says so without repeating the text (callers quote it)
     */
    public static double parse(String text) {
        String number = strip(text);
        boolean negative = isNegative(number);
        String body = unsigned(number);
        double magnitude;
        if (body.equalsIgnoreCase("nan")) {
            return Double.NaN;
        } else if (body.equalsIgnoreCase("inf")
                || body.equalsIgnoreCase("infinity")
                || body.equals(String.valueOf(INFINITY))) {
            magnitude = Double.POSITIVE_INFINITY;
        } else if (isDecimal(body)) {
            magnitude = Double.parseDouble(body);
        } else {
            throw refusal("number.notANumber");
        }
        return negative ? -magnitude : magnitude;
    }

    /**
     * The whole number written in {@code text}: a number of this grammar whose value is whole,
     * read exactly (digits beyond a double's 53 bits are kept).
     *
     * @throws NumberFormatException "not a number", "not a whole number" (a fraction, NaN, an
     *                               infinity) or "too large" (beyond a {@code long}); the
     *                               message does not repeat the text (callers quote it)
     */
    public static long parseWhole(String text) {
        String number = strip(text);
        String body = unsigned(number);
        if (!isDecimal(body)) {
            parse(text);
            throw refusal("number.notWhole");
        }
        BigDecimal magnitude;
        try {
            magnitude = new BigDecimal(body);
        } catch (NumberFormatException e) {
            // Only an exponent beyond 32 bits gets here: zero, a tiny fraction or a huge number.
            String mantissa = body.split("[eE]")[0];
            if (mantissa.chars().allMatch(c -> c == '0' || c == '.')) {
                return 0;
            }
            throw refusal(body.matches(".*[eE]-.*") ? "number.notWhole" : "number.tooLarge");
        }
        BigDecimal value = isNegative(number) ? magnitude.negate() : magnitude;
        // Bound the integer digits first: 1e999999999 must not be expanded to find it too large.
        if (value.precision() - value.scale() > 19) {
            throw refusal("number.tooLarge");
        }
        BigInteger whole;
        try {
            whole = value.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw refusal("number.notWhole");
        }
        try {
            return whole.longValueExact();
        } catch (ArithmeticException e) {
            throw refusal("number.tooLarge");
        }
    }

    private static Unreadable refusal(String key) {
        return new Unreadable(Reason.of(NumberGrammar.class, key));
    }

    /** {@code text} without the {@linkplain #isBlank blanks} the grammar allows around a number. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isNegative(String number) {
        return !number.isEmpty() && isSign(number.charAt(0)) && number.charAt(0) != '+';
    }

    private static String unsigned(String number) {
        return !number.isEmpty() && isSign(number.charAt(0)) ? number.substring(1) : number;
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
