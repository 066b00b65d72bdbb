package relulab.ui.shared.text;

/**
 * Pseudo-localisation: {@code "Open {0} files"} becomes {@code "[Öþéñ {0} ƒîļéš ·····]"}.
 *
 * <p>Every ASCII letter of the message's own text is replaced by an accented look-alike, the
 * text is bracketed, and dots lengthen it by about 40% (the growth of a typical translation from
 * English). So in the pseudo-locale a plain ASCII word on screen did not come from a bundle, and
 * a missing closing bracket shows where a label cuts its text.
 *
 * <p>{@code MessageFormat} syntax survives: an argument's number and type ({@code {0}},
 * {@code {1,number,#.##}}) and quoted literals are kept as they are, and the texts inside a
 * {@code choice} argument are accented like the rest, so the pattern still formats.
 */
public final class PseudoText {

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "áƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";

    private PseudoText() {}

    /** A plain text (no {@code MessageFormat} syntax) in the pseudo-locale. */
    public static String ofText(String text) {
        return bracket(accent(text), text.length());
    }

    /** A {@code MessageFormat} pattern in the pseudo-locale; it formats the same arguments. */
    public static String ofPattern(String pattern) {
        StringBuilder out = new StringBuilder();
        accentPattern(pattern, 0, pattern.length(), out);
        return bracket(out.toString(), pattern.length());
    }

    private static String bracket(String accented, int length) {
        int extra = (int) Math.ceil(length * 0.4);
        return "[" + accented + (extra > 0 ? " " + "·".repeat(extra) : "") + "]";
    }

    /** Accents one character if it is an ASCII letter. */
    private static char accent(char c) {
        int i = PLAIN.indexOf(c);
        return i < 0 ? c : ACCENTED.charAt(i);
    }

    private static String accent(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            b.append(accent(text.charAt(i)));
        }
        return b.toString();
    }

    /** Accents pattern[from, to) into out, keeping quotes and argument headers intact. */
    private static void accentPattern(String p, int from, int to, StringBuilder out) {
        int i = from;
        while (i < to) {
            char c = p.charAt(i);
            if (c == '\'') {
                int end = p.indexOf('\'', i + 1);
                end = end < 0 || end >= to ? to - 1 : end;
                out.append(p, i, end + 1);
                i = end + 1;
            } else if (c == '{') {
                int end = matchingBrace(p, i, to);
                argument(p, i, end, out);
                i = end + 1;
            } else {
                out.append(accent(c));
                i++;
            }
        }
    }

    /** Copies the argument {@code p[open..close]}; the texts of a choice are accented. */
    private static void argument(String p, int open, int close, StringBuilder out) {
        int firstComma = p.indexOf(',', open);
        if (firstComma < 0 || firstComma > close) {
            out.append(p, open, close + 1);
            return;
        }
        int secondComma = p.indexOf(',', firstComma + 1);
        String type = p.substring(firstComma + 1, secondComma < 0 || secondComma > close ? close : secondComma)
                .trim();
        if (!type.equals("choice") || secondComma < 0 || secondComma > close) {
            out.append(p, open, close + 1);
            return;
        }
        out.append(p, open, secondComma + 1);
        int i = secondComma + 1;
        while (i < close) {
            // a choice is limit#text|limit<text|...: copy the limit, accent the text
            int mark = i;
            while (mark < close && p.charAt(mark) != '#' && p.charAt(mark) != '<' && p.charAt(mark) != '\u2264') {
                mark++;
            }
            out.append(p, i, Math.min(mark + 1, close));
            int end = mark + 1;
            int depth = 0;
            while (end < close && (depth > 0 || p.charAt(end) != '|')) {
                if (p.charAt(end) == '{') {
                    depth++;
                } else if (p.charAt(end) == '}') {
                    depth--;
                }
                end++;
            }
            if (mark + 1 < end) {
                accentPattern(p, mark + 1, end, out);
            }
            if (end < close) {
                out.append('|');
            }
            i = end + 1;
        }
        out.append('}');
    }

    private static int matchingBrace(String p, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char c = p.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return to - 1;
    }
}
