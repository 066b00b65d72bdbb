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
        assertEquals(
                "'abc' is not a number",
                assertThrows(NumberFormatException.class, () -> NumberText.parse("abc"))
                        .getMessage());
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

    @Test
    void readsInfinityAsTheGridShowsIt() {
        assertEquals(Double.POSITIVE_INFINITY, NumberText.parse(NumberText.forDisplay(Double.POSITIVE_INFINITY, 3)));
        assertEquals(Double.NEGATIVE_INFINITY, NumberText.parse(NumberText.forDisplay(Double.NEGATIVE_INFINITY, 3)));
        assertEquals(Double.NEGATIVE_INFINITY, NumberText.parse("-\u221E"));
        assertEquals(-0.5, NumberText.parse(NumberText.forDisplay(-0.5, 3)));
    }

    @Test
    void treatsEveryUnicodeSpaceAroundANumberAlike() {
        for (String space : new String[] {" ", "\t", "\u00A0", "\u202F", "\u2007", "\u2003", "\u3000"}) {
            assertEquals(
                    1.5,
                    NumberText.parse(space + "1.5" + space),
                    () -> "space U+" + Integer.toHexString(space.charAt(0)));
        }
    }

    @Test
    void refusesHexadecimalSuffixesForeignDigitsAndInvisibleCharacters() {
        for (String text : new String[] {
            "0x1p-3",
            "1d",
            "2f",
            "1_000",
            "\uFF11",
            "\u0661",
            "1,5",
            "2\u200B",
            "\u007F2",
            "2\u2028",
            "1 000",
            "--1",
            "+-1",
            "\u221E\u221E"
        }) {
            assertThrows(NumberFormatException.class, () -> NumberText.parse(text), text);
        }
        assertEquals(
                "'2\\u200B' is not a number",
                assertThrows(NumberFormatException.class, () -> NumberText.parse("2\u200B"))
                        .getMessage());
    }

    @Test
    void quotesAtMostFortyCharactersOfAHugeToken() {
        String message = assertThrows(NumberFormatException.class, () -> NumberText.parse("x".repeat(10_000_000)))
                .getMessage();
        assertEquals("'" + "x".repeat(40) + "\u2026' is not a number", message);
    }

    @Test
    void theLeakySlopeFollowsTheSameGrammar() {
        assertEquals(0.5, ((relulab.core.LeakyRelu) relulab.core.Activations.parse("leaky:0.5")).slope());
        assertEquals(0.125, ((relulab.core.LeakyRelu) relulab.core.Activations.parse("leaky:\u00A00.125")).slope());
        assertThrows(IllegalArgumentException.class, () -> relulab.core.Activations.parse("leaky:0x1p-3"));
        assertThrows(IllegalArgumentException.class, () -> relulab.core.Activations.parse("leaky:1d"));
        assertThrows(
                IllegalArgumentException.class,
                () -> relulab.core.Activations.parse("leaky:\u22120.5"),
                "a negative slope is refused by its range, not misread");
    }
}
