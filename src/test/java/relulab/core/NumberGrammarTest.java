package relulab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import relulab.core.text.Reason;

/** Whole numbers follow the one grammar of numbers: spaces and exponents included, exactly. */
class NumberGrammarTest {

    private static String refusal(String text) {
        return assertThrows(NumberFormatException.class, () -> NumberGrammar.parseWhole(text))
                .getMessage();
    }

    @Test
    void aWholeNumberMayHaveSpacesAnExponentOrAZeroFraction() {
        assertEquals(5, NumberGrammar.parseWhole(" 5"));
        assertEquals(5, NumberGrammar.parseWhole("5\u00a0"));
        assertEquals(10, NumberGrammar.parseWhole("1e1"));
        assertEquals(10, NumberGrammar.parseWhole("10.0"));
        assertEquals(-3, NumberGrammar.parseWhole("\u22123"));
        assertEquals(150, NumberGrammar.parseWhole("1.5E2"));
    }

    @Test
    void aWholeNumberIsReadExactlyNotThroughADouble() {
        assertEquals(9_007_199_254_740_993L, NumberGrammar.parseWhole("9007199254740993"));
        assertEquals(Long.MIN_VALUE, NumberGrammar.parseWhole("-9223372036854775808"));
    }

    @Test
    void fractionsSpecialValuesAndHugeNumbersAreRefusedWithTheReason() {
        assertEquals("not a whole number", refusal("1.5"));
        assertEquals("not a whole number", refusal("1.0000000000000000001"));
        assertEquals("not a whole number", refusal("nan"));
        assertEquals("not a whole number", refusal("inf"));
        assertEquals("not a number", refusal("5x"));
        assertEquals("too large", refusal("9223372036854775808"));
        assertEquals("too large", refusal("1e400"));
        assertEquals("too large", refusal("1e99999999999"));
    }

    @Test
    void theReasonIsKeptSoAWindowCanSayItInItsLanguage() {
        NumberGrammar.Unreadable e =
                assertThrows(NumberGrammar.Unreadable.class, () -> NumberGrammar.parseWhole("9223372036854775808"));
        Locale brazil = Locale.forLanguageTag("pt-BR");
        Reason.Speaker portuguese = (owner, key, args) -> new MessageFormat(
                        ResourceBundle.getBundle(owner.getPackageName() + ".messages", brazil)
                                .getString(key),
                        brazil)
                .format(args);

        assertEquals(Reason.of(NumberGrammar.class, "number.tooLarge"), e.reason());
        assertEquals("é grande demais", e.reason().in(portuguese));
        assertEquals("too large", e.getMessage());
    }
}
