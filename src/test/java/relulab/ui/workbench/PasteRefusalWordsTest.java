package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import relulab.io.paste.PasteException;
import relulab.io.paste.PastedText;
import relulab.testsupport.KeptLocale;
import relulab.ui.shared.text.Messages;
import relulab.ui.shared.text.UiLocale;

/**
 * Every way a paste is refused is said in each of the window's languages from the paste
 * package's own words, places and counts included, and the message the log keeps stays the
 * English line.
 */
class PasteRefusalWordsTest {

    /** One text for each refusal a user can meet, and for each word of a place or a count. */
    private static final List<String> REFUSED = List.of(
            "# only a comment",
            "x =\n\n",
            "[;]",
            "[]",
            "[0. 1. ...]",
            "1 x",
            "1,5;2",
            "1,,2",
            "1 2 3\n4 5 6 7",
            "1 2\n3",
            "[[[1, 2]], [[3, 4], [5, 6]]]",
            "[[[1, 2], [3, 4]], [[5], [6]]]",
            "[[[[1, 2]]], [[[3, 4], [5, 6]]]]",
            "[[[[1, 2]], [[3, 4]]], [[[5, 6]]]]",
            "1 2\n3 4\n\n5 6",
            "1 2\n\n3 4\n5 6",
            "1 2]",
            "[[1, 2]",
            "[1, 2]]",
            "x [1]",
            "[[[[[1]]]]]",
            "[1, [2, 3]]",
            "[, 1]",
            "array([1, 2]",
            "[1, 2] [3]",
            "[[[[1]]], [[[2]]]]",
            "[[[[1, z]]]]",
            "x =\n\n   1.0e+03 *\n\n    1.0000    2.0000\n",
            "x =\n\n  Columns 1 through 8\n\n  1 2\n");

    @RegisterExtension
    final KeptLocale language = new KeptLocale();

    @Test
    void everyRefusalIsSaidInEachLanguageInItsOwnWords() {
        for (String text : REFUSED) {
            PasteException e = assertThrows(PasteException.class, () -> PastedText.parse(text), text);
            String english = e.getMessage();
            for (String tag : List.of("pt-BR", "es", "zh-CN")) {
                UiLocale.set(Locale.forLanguageTag(tag));
                String said = Messages.say(e.reason());
                assertNotEquals(english, said, tag + ": " + text);
                assertFalse(said.contains("{"), tag + " leaves a placeholder: " + said);
                assertFalse(said.matches(".*\\b(row|column|slice|block|values?|has|is|at)\\b.*"), tag + ": " + said);
                assertEquals(tag.equals("zh-CN"), said.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), said);
                assertEquals(english, e.getMessage(), "the log's message does not change with the window's language");
            }
        }
    }

    @Test
    void theWindowSaysTheSameRefusalInPortugueseThatTheLogKeepsInEnglish() {
        UiLocale.set(Locale.forLanguageTag("pt-BR"));
        PasteException e = assertThrows(PasteException.class, () -> PastedText.parse("1 2\n3 4\n\n5 6"));

        assertEquals(
                "Nada colado: a fatia 2 tem 1 linha, a fatia 1 tem 2 "
                        + "(uma linha em branco começa uma nova fatia de profundidade)",
                TensorEdits.pasteRefused(e).getMessage());
        assertEquals("slice 2 has 1 row, slice 1 has 2 (a blank line starts a new depth slice)", e.getMessage());
        assertEquals(e.reason().english(), e.getMessage());
    }
}
