package relulab.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import relulab.core.text.Reason;

/**
 * Reads the small subset of Python literals that a {@code .npy} header is written in:
 * a dict of strings, booleans, integers and tuples, e.g.
 * {@code {'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }}.
 *
 * <p>This is a parser of data, never an evaluator: anything else (calls, names, floats,
 * expressions) is a syntax error. Strings become {@link String}, {@code True}/{@code False}
 * {@link Boolean}, integers {@link Long}, tuples {@link Tuple}, lists {@link List}, dicts
 * {@link Map} (in order), {@code None} {@link #NONE}. As in Python, {@code (6)} is the integer
 * 6 and only {@code (6,)} a tuple. Outside strings the text is ASCII, as Python's grammar
 * wants it: full-width or Arabic digits and Unicode spaces are errors, not numbers and blanks.
 */
final class PyLiteral {

    /** Python's {@code None}. */
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    /** A syntax error at a character offset of the parsed text. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final int offset;

        private final transient Reason reason;

        SyntaxError(int offset, String key, Object... args) {
            this(offset, Reason.of(PyLiteral.class, key, args));
        }

        private SyntaxError(int offset, Reason reason) {
            super(reason.english());
            this.offset = offset;
            this.reason = reason;
        }

        int offset() {
            return offset;
        }

        /** What is wrong, in words any language can say. */
        Reason reason() {
            return reason;
        }
    }

    /** A Python tuple, told apart from a list: a .npy shape must be a tuple. */
    record Tuple(List<Object> items) {}

    /** Headers nest two levels deep; the cap keeps a hostile header from exhausting the stack. */
    static final int MAX_DEPTH = 16;

    private final String text;
    private int pos;
    private int depth;
    /** Whether the sequence just read had a comma after its last item: {@code (6,)} against {@code (6)}. */
    private boolean commaAfterLast;

    private PyLiteral(String text) {
        this.text = text;
    }

    /** The value written in {@code text}, which must hold one literal and nothing else. */
    static Object parse(String text) throws SyntaxError {
        PyLiteral p = new PyLiteral(text);
        Object value = p.value();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("py.after", p.describeHere());
        }
        return value;
    }

    private Object value() throws SyntaxError {
        skipSpace();
        if (pos >= text.length()) {
            throw error("py.ends");
        }
        char c = text.charAt(pos);
        if (c > 127) {
            throw error("py.notAscii", describeHere());
        }
        if ((c == '{' || c == '(' || c == '[') && ++depth > MAX_DEPTH) {
            throw error("py.depth", String.valueOf(MAX_DEPTH));
        }
        Object value = switch (c) {
            case '{' -> dict();
            case '(' -> parenthesised();
            case '[' -> sequence(']');
            case '\'', '"' -> string();
            default -> c == '-' || c == '+' || isDigit(c) ? integer() : word();
        };
        if (c == '{' || c == '(' || c == '[') {
            depth--;
        }
        return value;
    }

    private Map<String, Object> dict() throws SyntaxError {
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (peek('}')) {
                pos++;
                return map;
            }
            int keyAt = pos;
            Object key = value();
            if (!(key instanceof String k)) {
                throw new SyntaxError(
                        keyAt, "py.keyNotString", MessageText.cut(String.valueOf(key), MessageText.QUOTE_LIMIT));
            }
            skipSpace();
            expect(':');
            if (map.put(k, value()) != null) {
                throw new SyntaxError(keyAt, "py.keyTwice", MessageText.quote(k));
            }
            if (!separator('}')) {
                throw error("py.dictSeparator", "','", "'}'", describeHere());
            }
        }
    }

    /** {@code ()}, {@code (x,)} and {@code (x, y)} are tuples; {@code (x)} is x itself. */
    private Object parenthesised() throws SyntaxError {
        List<Object> items = sequence(')');
        return items.size() == 1 && !commaAfterLast ? items.get(0) : new Tuple(items);
    }

    private List<Object> sequence(char close) throws SyntaxError {
        pos++;
        List<Object> list = new ArrayList<>();
        commaAfterLast = false;
        while (true) {
            skipSpace();
            if (peek(close)) {
                pos++;
                return list;
            }
            list.add(value());
            commaAfterLast = separator(close) && text.charAt(pos - 1) == ',';
            if (!commaAfterLast && !peek(close)) {
                throw error("py.separator", "','", "'" + close + "'", describeHere());
            }
        }
    }

    /** Consumes a ',' (true) or sees the closing bracket without consuming it (true); else false. */
    private boolean separator(char close) {
        skipSpace();
        if (peek(',')) {
            pos++;
            return true;
        }
        return peek(close);
    }

    private String string() throws SyntaxError {
        char quote = text.charAt(pos);
        int start = pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                return sb.toString();
            }
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            sb.append(c);
        }
        throw new SyntaxError(start, "py.unclosed");
    }

    private Long integer() throws SyntaxError {
        int start = pos;
        if (peek('-') || peek('+')) {
            pos++;
        }
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        String digits = text.substring(start, pos);
        // Python 2 wrote long integers with an L suffix; old .npy files still carry it.
        if (peek('L')) {
            pos++;
        }
        if (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || peek('.'))) {
            throw new SyntaxError(start, "py.integer", token(start));
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new SyntaxError(start, "py.integer", token(start));
        }
    }

    private Object word() throws SyntaxError {
        int start = pos;
        String w = token(start);
        pos = start + w.length();
        return switch (w) {
            case "True" -> true;
            case "False" -> false;
            case "None" -> NONE;
            default -> throw new SyntaxError(start, "py.unexpected", w.isEmpty() ? describeHere() : "'" + w + "'");
        };
    }

    /** The run of letters, digits, '.', '_' and signs starting at {@code start}, for messages. */
    private String token(int start) {
        int end = start;
        while (end < text.length() && end - start < 20) {
            char c = text.charAt(end);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || ((c == '-' || c == '+') && end == start))) {
                break;
            }
            end++;
        }
        return text.substring(start, end);
    }

    private void expect(char c) throws SyntaxError {
        if (!peek(c)) {
            throw error("py.expected", "'" + c + "'", describeHere());
        }
        pos++;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    /** Python's blanks between tokens: space, tab, form feed, and line ends (inside brackets). */
    private void skipSpace() {
        while (pos < text.length() && " \t\f\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What the parser is looking at, for messages: a quoted character, or words. */
    private Object describeHere() {
        if (pos >= text.length()) {
            return Reason.of(PyLiteral.class, "py.end");
        }
        char c = text.charAt(pos);
        return c > ' ' && c < 127
                ? "'" + c + "'"
                : Reason.of(PyLiteral.class, "py.character", String.format(Locale.ROOT, "%04X", (int) c));
    }

    private SyntaxError error(String key, Object... args) {
        return new SyntaxError(pos, key, args);
    }
}
