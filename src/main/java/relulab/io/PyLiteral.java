package relulab.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

        SyntaxError(int offset, String message) {
            super(message);
            this.offset = offset;
        }

        int offset() {
            return offset;
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
            throw p.error("unexpected " + p.describeHere() + " after the end of the value");
        }
        return value;
    }

    private Object value() throws SyntaxError {
        skipSpace();
        if (pos >= text.length()) {
            throw error("the text ends where a value was expected");
        }
        char c = text.charAt(pos);
        if (c > 127) {
            throw error("unexpected " + describeHere() + "; outside strings a header is ASCII text");
        }
        if ((c == '{' || c == '(' || c == '[') && ++depth > MAX_DEPTH) {
            throw error("brackets nested more than " + MAX_DEPTH + " deep");
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
                        keyAt,
                        "a dict key must be a string, found "
                                + MessageText.cut(String.valueOf(key), MessageText.QUOTE_LIMIT));
            }
            skipSpace();
            expect(':');
            if (map.put(k, value()) != null) {
                throw new SyntaxError(keyAt, "the key " + MessageText.quote(k) + " appears twice");
            }
            if (!separator('}')) {
                throw error("expected ',' or '}' in the dict, found " + describeHere());
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
                throw error("expected ',' or '" + close + "', found " + describeHere());
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
        throw new SyntaxError(start, "a string is not closed");
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
            throw new SyntaxError(start, "expected an integer, found " + token(start));
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new SyntaxError(start, "expected an integer, found " + token(start));
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
            default -> throw new SyntaxError(start, "unexpected " + (w.isEmpty() ? describeHere() : "'" + w + "'"));
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
            throw error("expected '" + c + "', found " + describeHere());
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

    private String describeHere() {
        if (pos >= text.length()) {
            return "the end of the text";
        }
        char c = text.charAt(pos);
        return c > ' ' && c < 127 ? "'" + c + "'" : String.format("character U+%04X", (int) c);
    }

    private SyntaxError error(String message) {
        return new SyntaxError(pos, message);
    }
}
