package relulab.ui.shared.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Numbers in cells: the most precise form that fits a fixed font, never a smaller font. */
class CellTextTest {

    private static final double FONT = 14;
    /** Room for the reference number −0.55 at this font, as the grid chooses it. */
    private static final double ROOM = CellText.width(CellText.REFERENCE) * FONT;

    @Test
    void shortNumbersKeepThreeSignificantDigits() {
        assertEquals("\u22120.27", CellText.fit(-0.2718, FONT, ROOM));
        assertEquals("1.5", CellText.fit(1.5, FONT, ROOM));
        assertEquals("2", CellText.fit(2.0, FONT, ROOM));
    }

    @Test
    void aLongNumberLosesDigitsOrTurnsScientificButStillFits() {
        String small = CellText.fit(-0.00268, FONT, ROOM);
        assertEquals("\u22123e\u22123", small);
        assertEquals("1e308", CellText.fit(1e308, FONT, ROOM));
        assertEquals("1.2e5", CellText.fit(123456, FONT, ROOM));
        for (double v : new double[] {-0.00268, 1e308, -1e308, 1e-300, 123456.789, -98765.4, 3.14159}) {
            String text = CellText.fit(v, FONT, ROOM);
            assertTrue(
                    CellText.width(text) * FONT <= ROOM * CellText.LAST_RESORT_SQUEEZE,
                    v + " as " + text + " must fit");
            assertTrue(!text.equals("\u2026"), v + " shows a digit");
        }
    }

    @Test
    void aNumberThatFitsWholeKeepsEveryDigit() {
        assertEquals("\u22127777", CellText.fit(-7777, FONT, ROOM), "not \u22127780");
        assertEquals("3.142", CellText.fit(3.14159, FONT, ROOM), "as many digits as the cell holds");
        assertEquals("0.3", CellText.fit(0.1 + 0.2, FONT, ROOM), "the shortest form, never rounding noise");
        assertEquals("123456789", CellText.fit(123456789, FONT, 2 * ROOM), "a wider cell holds more digits");
        assertEquals("1.2e8", CellText.fit(123456789, FONT, ROOM), "a narrow one fewer");
    }

    @Test
    void zeroOfEitherSignIsWrittenZero() {
        assertEquals("0", CellText.fit(-0.0, FONT, ROOM));
        assertEquals("0", CellText.fit(0.0, FONT, ROOM));
    }

    @Test
    void specialValuesHaveTheirSymbols() {
        assertEquals("NaN", CellText.fit(Double.NaN, FONT, ROOM));
        assertEquals("+\u221E", CellText.fit(Double.POSITIVE_INFINITY, FONT, ROOM));
        assertEquals("\u2212\u221E", CellText.fit(Double.NEGATIVE_INFINITY, FONT, ROOM));
    }

    @Test
    void theSmallestSubnormalStillShowsItsDigitSqueezedRatherThanNothing() {
        assertEquals("5e\u2212324", CellText.fit(4.9e-324, FONT, ROOM));
    }

    @Test
    void roomForNotEvenOneDigitGivesAnEllipsis() {
        assertEquals("\u2026", CellText.fit(-1.5e-300, FONT, FONT));
    }

    @Test
    void scientificFormsDropTrailingZerosAndUseTheTypographicMinus() {
        assertEquals("1e\u22125", CellText.scientific(1e-5, 3));
        assertEquals("\u22122.7e\u22123", CellText.scientific(-0.00268, 2));
        assertEquals("\u22120.00268", CellText.plain(-0.00268, 3));
        assertEquals("1e1", CellText.scientific(9.99, 2), "rounding up carries into the exponent");
        assertEquals("5e\u2212324", CellText.scientific(Double.MIN_VALUE, 1));
        assertEquals("1.8e308", CellText.scientific(Double.MAX_VALUE, 2));
    }

    @Test
    void plainAndScientificRoundTheSameExactValue() {
        // 2.675 is stored as 2.67499999999999982236431605997495353221893310546875: both forms
        // round that value, so a cell never shows 2.67 in one form and 2.68 in the other.
        assertEquals("2.67", CellText.plain(2.675, 3));
        assertEquals("2.67e0", CellText.scientific(2.675, 3));
    }
}
