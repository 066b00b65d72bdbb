package relulab.io.paste;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static relulab.io.paste.PasteAssertions.assertBlock;
import static relulab.io.paste.PasteAssertions.refusal;

import org.junit.jupiter.api.Test;

/** MATLAB's (and Octave's) ways of writing a matrix, as the textbook's MATLAB code shows them. */
class PastedMatlabTextTest {

    private static void assertPastes(int depth, int rows, int cols, double[] values, String text)
            throws PasteException {
        assertBlock(depth, rows, cols, values, PastedText.parse(text));
    }

    @Test
    void readsALiteralWithSemicolonsBetweenRows() throws PasteException {
        assertPastes(1, 2, 2, new double[] {1, -2, 3, 4}, "[1 -2; 3 4]");
    }

    @Test
    void readsALiteralWithCommasAnAssignmentAndLineBreaks() throws PasteException {
        assertPastes(1, 3, 2, new double[] {1, -2, 3, 4, 5, 6}, "x = [1, -2;\n     3, 4;\n     5, 6];");
    }

    @Test
    void refusesARaggedLiteralNamingTheRow() {
        assertEquals("row 2 has 1 value, row 1 has 2", refusal("[1 2; 3]"));
    }

    @Test
    void refusesAnEmptyLiteral() {
        assertEquals("the matrix is empty: there are no numbers between the brackets", refusal("[ ; ]"));
    }

    @Test
    void readsTheCommandWindowDisplayOfAMatrix() throws PasteException {
        String text = "x =\n\n    0.1000   -0.2000\n    0.3000    0.4000\n\n";
        assertPastes(1, 2, 2, new double[] {0.1, -0.2, 0.3, 0.4}, text);
    }

    @Test
    void readsTheDisplayOfAThreeDimensionalArraySliceBySlice() throws PasteException {
        String text = "x(:,:,1) =\n\n     1    -2\n     3     4\n\n\nx(:,:,2) =\n\n   NaN   Inf\n  -Inf     0\n";
        assertPastes(
                2,
                2,
                2,
                new double[] {1, -2, 3, 4, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0},
                text);
    }

    @Test
    void readsOctavesDisplayWithItsExtraHeader() throws PasteException {
        String text = "ans =\n\nans(:,:,1) =\n\n   1   2\n\nans(:,:,2) =\n\n   3   4\n\n";
        assertPastes(2, 1, 2, new double[] {1, 2, 3, 4}, text);
    }

    @Test
    void refusesACommonScaleFactorExplainingTheFix() {
        String text = "x =\n\n   1.0e+03 *\n\n    0.0010    2.0000\n";
        assertEquals(
                "MATLAB printed a common scale factor ('1.0e+03 *'); type 'format long g' and "
                        + "display the variable again",
                refusal(text));
    }

    @Test
    void refusesColumnsSplitAcrossBlocks() {
        String text = "x =\n\n  Columns 1 through 8\n\n     1     2     3     4     5     6     7     8\n";
        assertEquals(
                "MATLAB split the matrix into 'Columns 1 through 8'; type 'format long g' and "
                        + "widen the window, or save it with writematrix",
                refusal(text));
    }

    @Test
    void refusesADisplayWithoutNumbers() {
        assertEquals("there is nothing to paste: the variable shows no numbers", refusal("x =\n\n"));
    }

    @Test
    void refusesAWordInTheDisplayNamingRowAndColumn() {
        assertEquals("'abc' at row 2, column 1 is not a number", refusal("x =\n\n   1   2\n   abc   4\n"));
    }

    @Test
    void anUnclosedLiteralOfTwoMegabytesIsRefusedInOnePassNotInHours() {
        String unclosed = "[" + "1;".repeat(1_000_000);
        PasteException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(30),
                () -> org.junit.jupiter.api.Assertions.assertThrows(
                        PasteException.class, () -> PastedText.parse(unclosed)),
                "a backtracking pattern takes hours on this text");
        org.junit.jupiter.api.Assertions.assertTrue(
                e.getMessage().length() <= relulab.io.MessageText.LINE_LIMIT + 1,
                e.getMessage().length() + " characters");
    }

    @Test
    void aTenMegabyteTokenIsQuotedInAFewDozenCharacters() {
        PasteException e = org.junit.jupiter.api.Assertions.assertThrows(
                PasteException.class, () -> PastedText.parse("1 " + "x".repeat(10_000_000)));
        org.junit.jupiter.api.Assertions.assertTrue(
                e.getMessage().startsWith("'" + "x".repeat(40) + "\u2026' at "), e.getMessage());
    }
}
