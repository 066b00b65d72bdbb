package relulab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Text from users and files is shown escaped and cut, never as raw control characters. */
class MessageTextTest {

    @Test
    void escapesControlsFormatCharactersSeparatorsAndUnusualSpaces() {
        assertEquals(
                "a\\u000Db\\u001B[2J\\u0085\\u2028\\u200B\\u00A0\\u007F c",
                MessageText.escape("a\rb\u001B[2J\u0085\u2028\u200B\u00A0\u007F c"));
    }

    @Test
    void aTerminalTitleSequenceAndABidiOverrideAreQuotedAsEscapes() {
        assertEquals(
                "'f\\u001B]0;pwned\\u0007\\u202Egnp.png'", MessageText.quote("f\u001B]0;pwned\u0007\u202Egnp.png"));
    }

    @Test
    void leavesPrintableTextIncludingOtherScriptsAndSupplementaryCharactersAlone() {
        String text = "x = −0.5 → max(0, x) ∞ 日本 \uD83D\uDE00";
        assertEquals(text, MessageText.escape(text));
    }

    @Test
    void escapesAnUnpairedSurrogate() {
        assertEquals("a\\uD83Db", MessageText.escape("a\uD83Db"));
    }

    @Test
    void cutsAQuoteToFortyCharactersWithAnEllipsis() {
        assertEquals("'" + "a".repeat(40) + "\u2026'", MessageText.quote("a".repeat(10_000)));
        assertEquals("'short'", MessageText.quote("short"));
    }

    @Test
    void cutsAWholeLineAfterEscaping() {
        assertEquals(
                MessageText.LINE_LIMIT + 1, MessageText.line("\n".repeat(1000)).length());
    }
}
