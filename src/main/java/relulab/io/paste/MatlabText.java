package relulab.io.paste;

import static relulab.io.paste.PasteWords.reason;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A matrix as MATLAB (or Octave) writes it, the textbook's other language. Two forms:
 *
 * <ul>
 *   <li>a literal with semicolons between rows: {@code [1 -2; 3 4]}, optionally as
 *       {@code x = [1, -2; 3, 4];};</li>
 *   <li>the command window's display: a header {@code x =} (or {@code x(:,:,2) =} before each
 *       slice of a 3-D array) followed by the rows, with blank lines around them.</li>
 * </ul>
 *
 * Both are rewritten as plain rows (slices separated by one blank line) for {@link TableText},
 * so numbers and messages are the same as for a spreadsheet. MATLAB's display can pull out a
 * common scale factor ({@code 1.0e+03 *}) or split wide matrices into "Columns 1 through 8";
 * both are refused with the command that prints every number in full.
 */
final class MatlabText {

    private static final Pattern HEADER = Pattern.compile("\\s*[A-Za-z]\\w*(\\(:,\\s*:,\\s*\\d+\\))?\\s*=\\s*");
    private static final Pattern SCALE =
            Pattern.compile("\\s*[-+]?\\d+(\\.\\d*)?e[-+]?\\d+\\s*\\*\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern COLUMNS = Pattern.compile("\\s*Columns? \\d+.*", Pattern.CASE_INSENSITIVE);

    private MatlabText() {}

    /** Whether {@code text} is a MATLAB literal with rows separated by semicolons. */
    static boolean isLiteral(String text) {
        return literalBody(text) != null;
    }

    /**
     * What lies between the brackets of {@code [name =] [rows; rows] [;]}, or null when the
     * text is not such a literal (no semicolon inside, a nested or missing bracket, or anything
     * after the closing one). One pass over the text: a regular expression for this form
     * backtracks, and an unclosed {@code [1;1;…} of 160 KB took 47 s.
     */
    private static String literalBody(String text) {
        int i = skipBlanks(text, 0);
        int nameEnd = i;
        if (nameEnd < text.length() && isLetter(text.charAt(nameEnd))) {
            while (nameEnd < text.length()
                    && (isLetter(text.charAt(nameEnd))
                            || isDigit(text.charAt(nameEnd))
                            || text.charAt(nameEnd) == '_')) {
                nameEnd++;
            }
            int eq = skipBlanks(text, nameEnd);
            if (eq >= text.length() || text.charAt(eq) != '=') {
                return null;
            }
            i = skipBlanks(text, eq + 1);
        }
        if (i >= text.length() || text.charAt(i) != '[') {
            return null;
        }
        int open = i;
        int close = -1;
        boolean semicolon = false;
        for (int k = open + 1; k < text.length() && close < 0; k++) {
            char c = text.charAt(k);
            if (c == '[') {
                return null;
            }
            if (c == ']') {
                close = k;
            }
            semicolon |= c == ';';
        }
        if (close < 0 || !semicolon) {
            return null;
        }
        int end = skipBlanks(text, close + 1);
        if (end < text.length() && text.charAt(end) == ';') {
            end = skipBlanks(text, end + 1);
        }
        return end == text.length() ? text.substring(open + 1, close) : null;
    }

    /** Java's {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code text} is MATLAB's display of a variable: some line is a header such as {@code x =}. */
    static boolean isDisplay(String text) {
        return text.lines().anyMatch(line -> HEADER.matcher(line).matches());
    }

    /** The rows of a literal: semicolons and line breaks both end a row. */
    static PastedBlock parseLiteral(String text) throws PasteException {
        String body = literalBody(text);
        if (body == null) {
            throw new IllegalArgumentException("not a MATLAB literal");
        }
        List<String> rows = new ArrayList<>();
        for (String row : body.split("[;\n]")) {
            if (!row.isBlank()) {
                rows.add(row.strip());
            }
        }
        if (rows.isEmpty()) {
            throw new PasteException(reason("empty.matrix"));
        }
        return TableText.parse(String.join("\n", rows));
    }

    /** The slices of a displayed variable: a header {@code x(:,:,k) =} starts a new one. */
    static PastedBlock parseDisplay(String text) throws PasteException {
        List<List<String>> slices = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (SCALE.matcher(line).matches()) {
                throw new PasteException(reason("matlab.scale", line.strip()));
            }
            if (COLUMNS.matcher(line).matches()) {
                throw new PasteException(reason("matlab.columns", line.strip()));
            }
            if (HEADER.matcher(line).matches()) {
                slices.add(new ArrayList<>());
            } else if (!line.isBlank()) {
                if (slices.isEmpty()) {
                    slices.add(new ArrayList<>());
                }
                slices.get(slices.size() - 1).add(line.strip());
            }
        }
        slices.removeIf(List::isEmpty);
        if (slices.isEmpty()) {
            throw new PasteException(reason("empty.display"));
        }
        List<String> blocks = new ArrayList<>();
        for (List<String> slice : slices) {
            blocks.add(String.join("\n", slice));
        }
        return TableText.parse(String.join("\n\n", blocks));
    }
}
