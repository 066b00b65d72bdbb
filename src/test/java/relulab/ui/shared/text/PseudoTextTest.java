package relulab.ui.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The pseudo-locale's texts: accented, bracketed, about 40% longer, and patterns that still format. */
class PseudoTextTest {

    @Test
    void everyAsciiLetterIsAccentedAndTheTextBracketed() {
        String text = PseudoText.ofText("Open files");
        assertTrue(text.startsWith("[Öþéñ ƒîļéš"), text);
        assertTrue(text.endsWith("]"), text);
        assertFalse(
                text.chars().anyMatch(c -> c < 128 && Character.isLetter(c)), "no plain ASCII letter is left: " + text);
        assertEquals("[−0.95 → ×2 ····]", PseudoText.ofText("−0.95 → ×2"), "signs, digits and symbols stay");
    }

    @Test
    void theTextGrowsByAboutFortyPercent() {
        String plain = "Cells too small for numbers: zoom in to read values";
        String pseudo = PseudoText.ofText(plain);
        double growth = (pseudo.length() - 2) / (double) plain.length();
        assertTrue(growth >= 1.38 && growth <= 1.45, "grew " + growth + " times: " + pseudo);
        assertEquals("[]", PseudoText.ofText(""), "nothing to lengthen");
    }

    @Test
    void argumentsKeepTheirNumberAndType() {
        String pattern = PseudoText.ofPattern("Step {0} of {1,number,integer}");
        assertTrue(pattern.contains("{0}") && pattern.contains("{1,number,integer}"), pattern);
        assertEquals(
                pattern.replace("{0}", "3").replace("{1,number,integer}", "1,200"),
                new MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {3, 1200}));
    }

    @Test
    void quotedLiteralsAreKeptAsTheyAre() {
        String pattern = PseudoText.ofPattern("'{braces}' in {0}");
        assertTrue(pattern.startsWith("['{braces}' îñ {0}"), pattern);
        assertTrue(new MessageFormat(pattern, Locale.ENGLISH)
                .format(new Object[] {"x"})
                .startsWith("[{braces} îñ x"));
    }

    @Test
    void aChoicePatternStillFormatsWithItsTextsAccented() {
        String pattern = PseudoText.ofPattern("{0,choice,0#no cells|1#one cell|1<{0,number,integer} cells} zeroed");
        MessageFormat format = new MessageFormat(pattern, Locale.ENGLISH);
        assertTrue(format.format(new Object[] {0}).startsWith("[ñö çéļļš žéŕöéđ"), format.format(new Object[] {0}));
        assertTrue(format.format(new Object[] {1}).startsWith("[öñé çéļļ žéŕöéđ"), format.format(new Object[] {1}));
        assertTrue(
                format.format(new Object[] {1234}).startsWith("[1,234 çéļļš žéŕöéđ"),
                format.format(new Object[] {1234}));
    }
}
