package relulab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import relulab.io.code.LiteralLanguage;
import relulab.ui.code.CodeToken.Kind;

class CodeWrapTest {

    private static String text(List<CodeToken> tokens) {
        return tokens.stream().map(CodeToken::text).collect(Collectors.joining());
    }

    private static List<CodeToken> python(String source) {
        return CodeTokenizer.tokenize(LiteralLanguage.PYTHON, source);
    }

    @Test
    void linesThatFitAreLeftAsTheyAre() {
        List<CodeToken> tokens = python("def f(x):\n    return x\n");
        assertEquals(tokens, CodeWrap.wrap(tokens, 20));
    }

    @Test
    void aLongCommentBreaksAtItsLastSpaceThatFitsAndContinuesFourColumnsFurtherIn() {
        String source = "    dx = 1  # chapter: dout * (x > 0)\n    return dx";
        String wrapped = text(CodeWrap.wrap(python(source), 30));
        assertEquals("    dx = 1  # chapter: dout *\n        (x > 0)\n    return dx", wrapped);
    }

    @Test
    void everyRowFitsAndNoCharacterButTheBreakingSpacesIsLost() {
        String source = "    # out = max(0, x) element by element, shape unchanged, whatever the tensor's depth\nx = 1";
        for (int columns = CodeWrap.MIN_COLUMNS; columns <= 90; columns++) {
            String wrapped = text(CodeWrap.wrap(python(source), columns));
            for (String row : wrapped.split("\n")) {
                assertTrue(row.length() <= columns, columns + " columns: '" + row + "'");
            }
            assertEquals(
                    source.replace(" ", "").replace("\n", ""),
                    wrapped.replace(" ", "").replace("\n", ""),
                    columns + " columns");
            assertEquals(
                    2,
                    wrapped.lines().filter(row -> !row.startsWith("     ")).count(),
                    "only continuations start past the first line's indentation, at " + columns + " columns");
        }
    }

    @Test
    void aWordLongerThanARowIsCut() {
        String wrapped = text(CodeWrap.wrap(python("abcdefghijklmnopqrstuvwxyz"), 12));
        assertEquals("abcdefghijkl\n    mnopqrst\n    uvwxyz", wrapped);
    }

    @Test
    void aCommentCutInTwoStaysAComment() {
        List<CodeToken> wrapped = CodeWrap.wrap(python("x = 1  # a comment that is long"), 20);
        assertEquals(
                List.of(
                        new CodeToken(Kind.PLAIN, "x = "),
                        new CodeToken(Kind.NUMBER, "1"),
                        new CodeToken(Kind.PLAIN, "  "),
                        new CodeToken(Kind.COMMENT, "# a comment"),
                        new CodeToken(Kind.PLAIN, "\n    "),
                        new CodeToken(Kind.COMMENT, "that is long")),
                wrapped);
    }

    @Test
    void tooFewColumnsForAnIndentAreLeftToTheTextFlow() {
        List<CodeToken> tokens = python("a long line of code");
        assertEquals(tokens, CodeWrap.wrap(tokens, CodeWrap.MIN_COLUMNS - 1));
    }
}
