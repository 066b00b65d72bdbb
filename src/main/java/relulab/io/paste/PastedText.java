package relulab.io.paste;

import static relulab.io.paste.PasteWords.reason;

/**
 * Reads a block of numbers from pasted text, in the three forms a student copies most.
 *
 * <ul>
 *   <li><b>Rows from a spreadsheet or a CSV file</b>: one row per line, values separated by
 *       tabs, semicolons, commas or spaces (see {@link TableText}). A blank line starts a new
 *       depth slice, as in the program's CSV files; without one the block has depth 1.</li>
 *   <li><b>NumPy's printed arrays</b>: {@code print(a)} ({@code [[ 0.1 -0.2]\n [ 0.3  0.4]]}) or
 *       {@code repr(a)} ({@code array([[0.1, -0.2], [0.3, 0.4]], dtype=float32)}), 1-D to 3-D,
 *       or 4-D with a leading 1 (see {@link NumpyText}).</li>
 *   <li><b>MATLAB's matrices</b>: a literal {@code [1 -2; 3 4]} or the command window's display
 *       {@code x =} followed by the rows, with {@code x(:,:,k) =} before each slice of a 3-D
 *       array (see {@link MatlabText}).</li>
 * </ul>
 *
 * <p>Every number goes through {@link relulab.io.NumberText}, so {@code nan}, {@code inf},
 * {@code -inf}, {@code 1.}, {@code -0.} and {@code 1.5e-03} are read as NumPy prints them.
 * Anything else is refused with a {@link PasteException} whose message says what and where.
 */
public final class PastedText {

    private PastedText() {}

    /**
     * The block written in {@code text}.
     *
     * @throws PasteException when the text is empty, not numbers, ragged, summarised by NumPy,
     *                        or has brackets that do not balance; the message is fit for the user
     */
    public static PastedBlock parse(String text) throws PasteException {
        if (text == null || text.isBlank()) {
            throw new PasteException(reason("empty.text"));
        }
        String normalised = normalise(text);
        if (isSummarised(normalised)) {
            throw new PasteException(reason("summarised"));
        }
        if (MatlabText.isLiteral(normalised)) {
            return MatlabText.parseLiteral(normalised);
        }
        if (normalised.indexOf('[') >= 0 || normalised.indexOf(']') >= 0) {
            return NumpyText.parse(normalised);
        }
        if (MatlabText.isDisplay(normalised)) {
            return MatlabText.parseDisplay(normalised);
        }
        return TableText.parse(normalised);
    }

    /**
     * Whether NumPy left values out: "..." (or "…") as a word of its own among numbers, brackets
     * and commas. Dots inside a word, such as the end of a sentence in a comment, do not count.
     * (Searched with indexOf: a regex over a pasted million numbers costs more than reading them.)
     */
    private static boolean isSummarised(String text) {
        return hasWord(text, "...") || hasWord(text, "\u2026");
    }

    private static boolean hasWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            if ((i == 0 || isBoundary(text.charAt(i - 1), '['))
                    && (end == text.length() || isBoundary(text.charAt(end), ']'))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBoundary(char ch, char bracket) {
        return Character.isWhitespace(ch) || ch == bracket || ch == ',';
    }

    /**
     * One line ending ({@code \n}) whatever the source (Windows CRLF, old Mac CR); no byte-order
     * mark; non-breaking spaces (which some spreadsheets and web pages copy) as plain spaces.
     */
    private static String normalise(String text) {
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace("\uFEFF", "")
                .replace('\u00A0', ' ')
                .replace('\u202F', ' ');
    }
}
