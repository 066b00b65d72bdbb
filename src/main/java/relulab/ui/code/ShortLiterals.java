package relulab.ui.code;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The literals of the data box as a person reads them: every number with a decimal point or an
 * exponent rounded to {@value #DIGITS} significant digits ({@code 0.30000000000000004} reads
 * {@code 0.3}); integers, names and comments stay as they are. Only for the screen: the copy
 * buttons give the exact text, whose numbers read back to the very same doubles.
 */
final class ShortLiterals {

    static final int DIGITS = 6;
    private static final Pattern NUMBER =
            Pattern.compile("(?<![\\w.])-?(?:\\d+\\.\\d*(?:[eE][-+]?\\d+)?|\\d+[eE][-+]?\\d+)");

    private ShortLiterals() {}

    static String of(String exact) {
        Matcher m = NUMBER.matcher(exact);
        StringBuilder out = new StringBuilder(exact.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(shorten(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code text} rounded to {@value #DIGITS} significant digits, in plain or E notation as Java writes it. */
    static String shorten(String text) {
        BigDecimal rounded = new BigDecimal(text).round(new MathContext(DIGITS));
        double value = rounded.doubleValue();
        if (value == 0) {
            return text.startsWith("-") ? "-0.0" : "0.0";
        }
        double abs = Math.abs(value);
        if (abs >= 1e-3 && abs < 1e7) {
            String plain = rounded.stripTrailingZeros().toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String sci = rounded.stripTrailingZeros().toString().replace("E+", "e").replace("E", "e");
        return sci.contains(".") || sci.contains("e") ? sci : sci + ".0";
    }
}
