package relulab.io;

/**
 * Makes text from files, pastes and command lines safe to show in a one-line message.
 *
 * <p>A message may quote what the user gave, and that can be anything: a carriage return that
 * overwrites the terminal line, an escape sequence that clears the screen or sets the window
 * title, a line or paragraph separator that splits the "one line", a zero-width space that
 * makes {@code '2'} look like a number, or ten megabytes of one token. So every character that
 * is not visible on its own — controls (C0, DEL, C1), format characters (zero-width spaces,
 * bidirectional marks), line and paragraph separators, unpaired surrogates, private-use and
 * unassigned code points, and every space but the plain one — is written as {@code \}{@code uXXXX},
 * and quotes are cut to {@value #QUOTE_LIMIT} characters with an ellipsis.
 */
public final class MessageText {

    /** The longest quotation, in characters, before it is cut with "…". */
    public static final int QUOTE_LIMIT = 40;
    /** The longest whole message, in characters: a few lines of a terminal. */
    public static final int LINE_LIMIT = 400;

    private static final char ELLIPSIS = '\u2026';

    private MessageText() {}

    /** {@code 'text'}, cut to {@link #QUOTE_LIMIT} characters and {@linkplain #escape escaped}. */
    public static String quote(CharSequence text) {
        return "'" + escape(cut(text, QUOTE_LIMIT)) + "'";
    }

    /** A whole message made safe: escaped and cut to {@link #LINE_LIMIT} characters. */
    public static String line(CharSequence message) {
        return cut(escape(message), LINE_LIMIT);
    }

    /** {@code text} with every character that is not visible on its own written as {@code \}{@code uXXXX}. */
    public static String escape(CharSequence text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = isUnsafe(text, i);
            if (unsafe && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (unsafe) {
                sb.append(String.format("\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text.toString() : sb.toString();
    }

    /** The first {@code limit} characters of {@code text} and "…" when it is longer (never splitting a pair). */
    public static String cut(CharSequence text, int limit) {
        if (text.length() <= limit) {
            return text.toString();
        }
        int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
        return text.subSequence(0, end) + String.valueOf(ELLIPSIS);
    }

    private static boolean isUnsafe(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c == ' ') {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length()
                    || !Character.isLowSurrogate(text.charAt(i + 1))
                    || isInvisible(Character.toCodePoint(c, text.charAt(i + 1)));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0
                    || !Character.isHighSurrogate(text.charAt(i - 1))
                    || isInvisible(Character.toCodePoint(text.charAt(i - 1), c));
        }
        return isInvisible(c);
    }

    private static boolean isInvisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED -> true;
            default -> false;
        };
    }
}
