package relulab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void parsesSpecialValuesInAnyCase() {
        assertEquals(Double.NaN, NumberText.parse("NaN"));
        assertEquals(Double.POSITIVE_INFINITY, NumberText.parse("inf"));
        assertEquals(Double.NEGATIVE_INFINITY, NumberText.parse(" -Inf "));
    }

    @Test
    void parsesScientificNotationAndTypographicMinus() {
        assertEquals(-2.5e-3, NumberText.parse("-2.5e-3"));
        assertEquals(-0.7, NumberText.parse("\u22120.7"));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(NumberText.parse("-0")));
    }

    @Test
    void refusesWordsAndJavaSuffixes() {
        assertEquals("'abc' is not a number",
                assertThrows(NumberFormatException.class, () -> NumberText.parse("abc")).getMessage());
        assertThrows(NumberFormatException.class, () -> NumberText.parse("1d"));
        assertThrows(NumberFormatException.class, () -> NumberText.parse("0x10"));
        assertThrows(NumberFormatException.class, () -> NumberText.parse(""));
        assertThrows(NumberFormatException.class, () -> NumberText.parse("1e"));
    }

    @Test
    void displaysWithAMinusThatCannotBeMissed() {
        assertEquals("\u22120.7", NumberText.forDisplay(-0.7, 3));
        assertEquals("0.333", NumberText.forDisplay(1.0 / 3, 3));
        assertEquals("NaN", NumberText.forDisplay(Double.NaN, 3));
        assertEquals("\u2212\u221E", NumberText.forDisplay(Double.NEGATIVE_INFINITY, 3));
        assertEquals("1.50e+06", NumberText.forDisplay(1.5e6, 3));
    }
}
