package relulab.ui.code;

import java.util.ArrayList;
import java.util.List;
import relulab.ui.code.CodeToken.Kind;

/**
 * Wraps highlighted code to a number of columns the way a code editor does, so that a wrapped
 * line cannot be read as a new one: a line too long for its panel (a trailing comment, on a
 * projector) breaks at its last space that fits, and its continuation starts
 * {@value #HANGING} columns further in than the line itself. Left to a text flow, the
 * continuation starts at column 0, where in Python it reads as a statement of its own.
 *
 * <p>The code is set in a monospace font, so a column is a character and the wrap is computed
 * on the text, not measured. The space a line breaks at is dropped; a word longer than a whole
 * line is cut. Colours stay with their characters: a token that spans a break becomes two.
 */
final class CodeWrap {

    /** How much further in than its line a continuation starts, in columns. */
    static final int HANGING = 4;
    /** Fewer columns than this are left to the text flow's own wrapping: no room for an indent. */
    static final int MIN_COLUMNS = 12;

    private CodeWrap() {}

    /**
     * {@code tokens} with breaks inserted so that no line is longer than {@code columns}; the
     * tokens as they are below {@link #MIN_COLUMNS}.
     */
    static List<CodeToken> wrap(List<CodeToken> tokens, int columns) {
        if (columns < MIN_COLUMNS) {
            return tokens;
        }
        StringBuilder text = new StringBuilder();
        List<Kind> kinds = new ArrayList<>();
        for (CodeToken token : tokens) {
            text.append(token.text());
            for (int i = 0; i < token.text().length(); i++) {
                kinds.add(token.kind());
            }
        }
        Output out = new Output();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf("\n", lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            wrapLine(text, kinds, lineStart, lineEnd, columns, out);
            if (lineEnd < text.length()) {
                out.add(Kind.PLAIN, "\n");
            }
            lineStart = lineEnd + 1;
        }
        return out.tokens;
    }

    /** Writes the characters [start, end) of one source line, broken into rows of at most columns. */
    private static void wrapLine(CharSequence text, List<Kind> kinds, int start, int end, int columns, Output out) {
        int indent = 0;
        while (start + indent < end && text.charAt(start + indent) == ' ') {
            indent++;
        }
        String continuation = " ".repeat(Math.min(indent + HANGING, columns / 2));
        int rowStart = start;
        int room = columns;
        while (end - rowStart > room) {
            int cut = lastSpace(text, rowStart, room, start + indent);
            int rowEnd = cut >= 0 ? cut : rowStart + room;
            copy(text, kinds, rowStart, rowEnd, out);
            out.add(Kind.PLAIN, "\n" + continuation);
            rowStart = rowEnd;
            while (rowStart < end && text.charAt(rowStart) == ' ') {
                rowStart++;
            }
            room = columns - continuation.length();
        }
        copy(text, kinds, rowStart, end, out);
    }

    /**
     * The last space at which the row starting at rowStart can end within room columns (a space
     * just after the row ends it exactly), not in the line's indentation (before firstText)
     * and not leaving the row empty; −1 if there is none.
     */
    private static int lastSpace(CharSequence text, int rowStart, int room, int firstText) {
        for (int i = rowStart + room; i > rowStart && i > firstText; i--) {
            if (text.charAt(i) == ' ') {
                return i;
            }
        }
        return -1;
    }

    private static void copy(CharSequence text, List<Kind> kinds, int from, int to, Output out) {
        int runStart = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || kinds.get(i) != kinds.get(runStart)) {
                out.add(kinds.get(runStart), text.subSequence(runStart, i).toString());
                runStart = i;
            }
        }
    }

    /** The tokens written so far; a run of the same kind as the last token joins it. */
    private static final class Output {
        final List<CodeToken> tokens = new ArrayList<>();

        void add(Kind kind, String text) {
            if (text.isEmpty()) {
                return;
            }
            int last = tokens.size() - 1;
            if (last >= 0 && tokens.get(last).kind() == kind) {
                tokens.set(last, new CodeToken(kind, tokens.get(last).text() + text));
            } else {
                tokens.add(new CodeToken(kind, text));
            }
        }
    }
}
