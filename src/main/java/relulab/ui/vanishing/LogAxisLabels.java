package relulab.ui.vanishing;

import javafx.util.StringConverter;

/**
 * Tick labels for an axis that plots {@code log10(value)}: the tick at 3 reads "10³", at −6
 * "10⁻⁶", at 0 "1". Non-integer ticks (never placed by the panel) keep one decimal exponent.
 */
final class LogAxisLabels extends StringConverter<Number> {

    private static final String SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
    private static final char SUPERSCRIPT_MINUS = '\u207b';

    @Override
    public String toString(Number exponent) {
        double e = exponent.doubleValue();
        if (e != Math.rint(e)) {
            return "1e" + Math.round(e * 10) / 10.0;
        }
        long n = Math.round(e);
        if (n == 0) {
            return "1";
        }
        StringBuilder b = new StringBuilder("10");
        if (n < 0) {
            b.append(SUPERSCRIPT_MINUS);
        }
        for (char digit : Long.toString(Math.abs(n)).toCharArray()) {
            b.append(SUPERSCRIPT_DIGITS.charAt(digit - '0'));
        }
        return b.toString();
    }

    @Override
    public Number fromString(String text) {
        throw new UnsupportedOperationException("axis labels are not parsed");
    }
}
