package relulab.io.paste;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static relulab.io.paste.PasteAssertions.assertBlock;
import static relulab.io.paste.PasteAssertions.refusal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PastedTextTest {

    private static PastedBlock parse(String text) throws PasteException {
        return PastedText.parse(text);
    }

    // ---- rows from a spreadsheet or CSV ----

    @Test
    void readsTabSeparatedRowsFromASpreadsheet() throws PasteException {
        assertBlock(1, 2, 3, new double[] {1, -2, 3.5, 0, 4e-3, -6}, parse("1\t-2\t3.5\n0\t4e-3\t-6\n"));
    }

    @Test
    void ignoresTheTrailingTabAndNewlineSpreadsheetsAdd() throws PasteException {
        assertBlock(1, 2, 2, new double[] {1, 2, 3, 4}, parse("1\t2\t\n3\t4\t\n\n"));
    }

    @Test
    void readsWindowsLineEndings() throws PasteException {
        assertBlock(1, 2, 2, new double[] {1, 2, 3, 4}, parse("1\t2\r\n3\t4\r\n"));
    }

    @Test
    void readsCommaSeparatedRowsWithSpacesAroundValues() throws PasteException {
        assertBlock(1, 2, 2, new double[] {0.5, -1, 2, 3}, parse(" 0.5, -1\n2 ,3,\n"));
    }

    @Test
    void readsSemicolonSeparatedRowsFromCsvWithDecimalCommasRefusedHelpfully() throws PasteException {
        assertBlock(1, 2, 2, new double[] {1.5, -2, 3, 4}, parse("1.5;-2\n3;4;\n"));
        assertEquals("'1,5' at row 1, column 1 is not a number (write decimals with a point: 1.5)", refusal("1,5;2\n"));
    }

    @Test
    void readsSpaceSeparatedRowsWithRunsOfSpaces() throws PasteException {
        assertBlock(1, 2, 3, new double[] {1, 2, 3, 4, 5, 6}, parse("  1   2 3\n4 5    6  "));
    }

    @Test
    void readsOneNumberAsAOneByOneBlock() throws PasteException {
        assertBlock(1, 1, 1, new double[] {-0.25}, parse(" -0.25 \n"));
    }

    @Test
    void readsSpecialValuesAndTheTypographicMinus() throws PasteException {
        PastedBlock block = parse("nan\tinf\t-inf\t\u22122\t-0");
        assertEquals(Double.NaN, block.get(0, 0, 0));
        assertEquals(Double.POSITIVE_INFINITY, block.get(0, 0, 1));
        assertEquals(Double.NEGATIVE_INFINITY, block.get(0, 0, 2));
        assertEquals(-2.0, block.get(0, 0, 3));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(block.get(0, 0, 4)));
    }

    @Test
    void aBlankLineStartsANewDepthSliceAsInTheCsvFormat() throws PasteException {
        assertBlock(2, 2, 2, new double[] {1, 2, 3, 4, 5, 6, 7, 8}, parse("1,2\n3,4\n\n\n5,6\n7,8\n"));
    }

    @Test
    void skipsCommentLines() throws PasteException {
        assertBlock(1, 1, 2, new double[] {1, 2}, parse("# x, saved by ReLU Lab\n1,2\n"));
    }

    @Test
    void punctuationInACommentDoesNotChooseTheSeparator() throws PasteException {
        assertBlock(1, 2, 2, new double[] {1, 2, 3, 4}, parse("# x; saved, by hand\n1 2\n3 4\n"));
    }

    @Test
    void ignoresAByteOrderMark() throws PasteException {
        assertBlock(1, 1, 2, new double[] {1, 2}, parse("\uFEFF1,2"));
    }

    @Test
    void readsNonBreakingSpacesAsSpaces() throws PasteException {
        assertBlock(1, 1, 2, new double[] {1, 2}, parse("1\u00A02"));
    }

    @Test
    void refusesRaggedRowsNamingBothRows() {
        assertEquals("row 3 has 4 values, row 1 has 3", refusal("1 2 3\n4 5 6\n7 8 9 10"));
    }

    @Test
    void refusesARowOfOneValueInTheSingular() {
        assertEquals("row 2 has 1 value, row 1 has 2", refusal("1,2\n3"));
    }

    @Test
    void refusesSlicesOfDifferentHeights() {
        assertEquals(
                "slice 2 has 1 row, slice 1 has 2 (a blank line starts a new depth slice)",
                refusal("1,2\n3,4\n\n5,6\n"));
    }

    @Test
    void refusesRaggedRowsInALaterSliceNamingTheSlice() {
        assertEquals("slice 2, row 2 has 3 values, slice 1, row 1 has 2", refusal("1,2\n3,4\n\n5,6\n7,8,9\n"));
    }

    @Test
    void refusesAWordNamingItsRowAndColumn() {
        assertEquals("'abc' at row 2, column 3 is not a number", refusal("1\t2\t3\n4\t5\tabc\n"));
    }

    @Test
    void refusesAnEmptyCellBetweenValues() {
        assertEquals("row 1, column 2 is empty", refusal("1\t\t3"));
    }

    @Test
    void suggestsAPointWhenADecimalCommaIsPasted() {
        assertEquals("'0,5' at row 1, column 1 is not a number (write decimals with a point: 0.5)", refusal("0,5\t1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t\r\n"})
    void refusesEmptyText(String text) {
        assertEquals("there is nothing to paste: the text is empty", refusal(text));
    }

    @Test
    void refusesNull() {
        assertEquals("there is nothing to paste: the text is empty", refusal(null));
    }

    @Test
    void refusesTextOfOnlyComments() {
        assertEquals("there is nothing to paste: the text holds only comments", refusal("# nothing\n"));
    }

    // ---- NumPy's printed arrays ----

    @Test
    void readsATwoDimensionalPrintedArray() throws PasteException {
        assertBlock(1, 2, 2, new double[] {0.1, -0.2, 0.3, 0.4}, parse("[[ 0.1 -0.2]\n [ 0.3  0.4]]"));
    }

    @Test
    void readsTheReprFormWithCommasAndDtype() throws PasteException {
        assertBlock(
                1,
                2,
                2,
                new double[] {0.1, -0.2, 0.3, 0.4},
                parse("array([[ 0.1, -0.2],\n       [ 0.3,  0.4]], dtype=float32)"));
    }

    @Test
    void readsTheReprFormWithoutDtype() throws PasteException {
        assertBlock(1, 1, 3, new double[] {1, 2, 3}, parse("array([1., 2., 3.])"));
    }

    @Test
    void readsAOneDimensionalArrayAsOneRow() throws PasteException {
        assertBlock(1, 1, 3, new double[] {1, 2, 3}, parse("[1. 2. 3.]"));
    }

    @Test
    void readsAThreeDimensionalArrayWithBlankLinesBetweenSlices() throws PasteException {
        String text = "[[[ 0.  1.]\n  [ 2.  3.]]\n\n [[-4. -5.]\n  [ 6.  7.]]\n\n [[ 8.  9.]\n  [10. 11.]]]";
        assertBlock(3, 2, 2, new double[] {0, 1, 2, 3, -4, -5, 6, 7, 8, 9, 10, 11}, parse(text));
    }

    @Test
    void readsAFourDimensionalBatchOfOne() throws PasteException {
        assertBlock(2, 1, 2, new double[] {1, 2, 3, 4}, parse("[[[[1, 2]], [[3, 4]]]]"));
    }

    @Test
    void readsNumbersAsNumpyPrintsThem() throws PasteException {
        PastedBlock block = parse("[ 1. -0.  1.5e-03 nan inf -inf 1.e+300]");
        assertArrayEquals(
                new double[] {1, -0.0, 1.5e-3, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e300},
                block.values());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(block.get(0, 0, 1)));
    }

    @Test
    void readsRowsThatNumpyWrappedOntoSeveralLines() throws PasteException {
        String text = "[[ 1.  2.  3.\n   4.]\n [ 5.  6.  7.\n   8.]]";
        assertBlock(1, 2, 4, new double[] {1, 2, 3, 4, 5, 6, 7, 8}, parse(text));
    }

    @Test
    void readsPyTorchTensorsWithKeywordArguments() throws PasteException {
        assertBlock(1, 1, 2, new double[] {0.5, -1}, parse("tensor([[ 0.5000, -1.0000]], requires_grad=True)"));
    }

    @Test
    void readsAPythonListOfNumpyScalars() throws PasteException {
        assertBlock(
                1,
                1,
                3,
                new double[] {0.5, -1, Double.NaN},
                parse("[np.float64(0.5), np.float32(-1.0), np.float64(nan)]"));
    }

    @Test
    void readsANumpyArrayCopiedWithWindowsLineEndings() throws PasteException {
        assertBlock(1, 2, 1, new double[] {1, 2}, parse("[[1.]\r\n [2.]]\r\n"));
    }

    @Test
    void refusesSummarisedOutputExplainingHowToPrintAll() {
        assertEquals(
                "the array was printed with '...' (summarised); print it with "
                        + "np.set_printoptions(threshold=np.inf) or save it with np.save",
                refusal("[[   0    1    2 ...  997  998  999]]"));
    }

    @Test
    void refusesSummarisedOutputWhereverTheDotsStand() {
        assertEquals(PasteAssertions.SUMMARISED, refusal("[0. 1. ...]"));
        assertEquals(PasteAssertions.SUMMARISED, refusal("[[0. 1.]\n ...\n [8. 9.]]"));
        assertEquals(PasteAssertions.SUMMARISED, refusal("array([0, 1, \u2026, 9])"));
    }

    @Test
    void dotsInsideACommentAreNotTakenForNumpysSummary() throws PasteException {
        assertBlock(1, 1, 2, new double[] {1, 2}, parse("# the first values...\n1,2"));
    }

    @Test
    void refusesRaggedNumpyRows() {
        assertEquals("row 2 has 1 value, row 1 has 2", refusal("[[1, 2], [3]]"));
    }

    @Test
    void refusesRaggedRowsInsideASliceNamingTheSlice() {
        assertEquals("in slice 2, row 2 has 3 values, row 1 has 2", refusal("[[[1, 2], [3, 4]], [[5, 6], [7, 8, 9]]]"));
    }

    @Test
    void refusesALongerFirstRowInALaterSliceComparingItWithTheRowsBefore() {
        assertEquals(
                "in slice 2, row 1 has 3 values, the rows before it have 2",
                refusal("[[[1, 2], [3, 4]], [[5, 6, 7], [8, 9, 10]]]"));
    }

    @Test
    void refusesSlicesOfDifferentShapes() {
        assertEquals("slice 2 is 1\u00D72, slice 1 is 2\u00D72", refusal("[[[1, 2], [3, 4]], [[5, 6]]]"));
    }

    @Test
    void refusesAWordInsideBracketsNamingItsPlace() {
        assertEquals("'abc' at row 2, column 3 is not a number", refusal("[[1 2 3]\n [4 5 abc]]"));
        assertEquals("'x' at slice 2, row 1, column 1 is not a number", refusal("[[[1]], [[x]]]"));
    }

    @Test
    void refusesABracketThatIsNeverClosed() {
        assertEquals("unbalanced brackets: the '[' on line 1 is never closed", refusal("[[1, 2],\n [3, 4]"));
    }

    @Test
    void refusesAClosingBracketTooMany() {
        assertEquals("unbalanced brackets: there is a ']' after the array is closed", refusal("[1, 2]]"));
        assertEquals("unbalanced brackets: the ']' on line 1 closes no '['", refusal("1, 2]"));
    }

    @Test
    void refusesMoreThanFourLevelsOfBrackets() {
        assertEquals(
                "the array has more than 4 levels of brackets; the workbench takes 1-D to 3-D "
                        + "arrays, or 4-D with a leading 1",
                refusal("[[[[[1]]]]]"));
    }

    @Test
    void refusesAFourDimensionalArrayWhoseLeadingDimensionIsNotOne() {
        assertEquals(
                "a 4-D array of shape (2, 1, 1, 1) can be pasted only when its first dimension "
                        + "is 1 (a batch of one)",
                refusal("[[[[1]]], [[[2]]]]"));
    }

    @Test
    void refusesAnEmptyArray() {
        assertEquals("the array is empty: it has shape (0,) and holds no numbers", refusal("array([], dtype=float64)"));
        assertEquals("the array is empty: it has shape (1, 0) and holds no numbers", refusal("[[]]"));
    }

    @Test
    void refusesNumbersMixedWithLists() {
        assertEquals(
                "numbers and bracketed lists are mixed at the same level, as in [1, [2, 3]]; "
                        + "every level must hold only numbers or only lists",
                refusal("[1, [2, 3]]"));
    }

    @Test
    void refusesTwoArraysPastedTogether() {
        assertEquals(
                "unexpected text after the array's last ']': '[3 4]'; paste one array at a time",
                refusal("[1 2]\n[3 4]"));
    }

    @Test
    void refusesAnEmptyValueBetweenCommas() {
        assertEquals("a comma on line 1 has no value before it", refusal("[1, , 2]"));
    }

    @Test
    void refusesAnArrayCallThatIsNeverClosed() {
        assertEquals("'array(' is never closed with ')'", refusal("array([1, 2]"));
    }

    @Test
    void refusesTextBeforeTheFirstBracket() {
        assertEquals("expected '[' at the start of the array, found 'a' on line 1", refusal("a = [1, 2]"));
    }
}
