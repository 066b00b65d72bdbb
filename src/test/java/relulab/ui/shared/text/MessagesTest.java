package relulab.ui.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import relulab.core.text.Reason;
import relulab.core.text.ReasonTest;

/**
 * Messages looks a key up in the window's language, then its parents, then the base file, and
 * never in the system's language. The bundle is the test one beside this class
 * ({@code src/test/resources/relulab/ui/shared/text}): base English and a Brazilian Portuguese
 * file that translates some of it.
 */
class MessagesTest {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    private final Messages words = Messages.of(MessagesTest.class);
    private Locale systemLocale;
    private Locale windowLocale;

    @BeforeEach
    void remember() {
        systemLocale = Locale.getDefault();
        windowLocale = UiLocale.current();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(systemLocale);
        UiLocale.set(windowLocale);
    }

    @Test
    void theBundleIsTheOneBesideTheAnchorsPackage() {
        assertEquals("relulab.ui.shared.text.messages", words.baseName());
        assertTrue(words.has("greeting"));
        assertFalse(words.has("no.such.key"));
    }

    @Test
    void aBaseLookupGivesTheTextAsWritten() {
        UiLocale.set(Locale.ROOT);
        assertEquals("Hello", words.get("greeting"));
        assertEquals("x = {0}", words.get("value"), "get leaves a pattern as written");
    }

    @Test
    void theSystemLanguageIsNeverAFallback() {
        Locale.setDefault(PT_BR);
        UiLocale.set(Locale.ENGLISH);
        assertEquals(
                "Hello", words.get("greeting"), "English asked, no English file: the base, not the system's pt-BR");
        assertEquals("no cells zeroed", words.format("cells", 0));
    }

    @Test
    void aTranslationIsUsedAndAMissingKeyFallsBackToTheBase() {
        UiLocale.set(PT_BR);
        assertEquals("Olá", words.get("greeting"));
        assertEquals("Only in English", words.get("untranslated"));
        UiLocale.set(Locale.forLanguageTag("pt-PT"));
        assertEquals("Hello", words.get("greeting"), "pt-PT has no file of its own, and pt-BR is not its parent");
    }

    @Test
    void formatFillsAChoicePatternInTheWindowsLanguage() {
        UiLocale.set(Locale.ENGLISH);
        assertEquals("no cells zeroed", words.format("cells", 0));
        assertEquals("one cell zeroed", words.format("cells", 1));
        assertEquals("1,234 cells zeroed", words.format("cells", 1234));
        assertEquals("x = -0.95", words.format("value", "-0.95"), "a tensor value arrives as text and keeps its point");
        UiLocale.set(PT_BR);
        assertEquals("uma célula zerada", words.format("cells", 1));
        assertEquals("1.234 células zeradas", words.format("cells", 1234));
    }

    @Test
    void aMissingKeyIsAnError() {
        assertThrows(MissingResourceException.class, () -> words.get("no.such.key"));
    }

    @Test
    void aResourceIsReadInTheWindowsLanguageOrTheBase() {
        UiLocale.set(PT_BR);
        assertEquals("A nota em português.\n", words.resource("note.txt"));
        UiLocale.set(Locale.ENGLISH);
        assertEquals("The base note.\n\nIts second line.\n", words.resource("note.txt"));
        assertThrows(MissingResourceException.class, () -> words.resource("missing.txt"));
    }

    @Test
    void inThePseudoLocaleEveryTextIsTheBaseOneAccentedAndBracketed() {
        UiLocale.set(UiLocale.PSEUDO);
        assertTrue(UiLocale.isPseudo());
        String hello = words.get("greeting");
        assertTrue(hello.startsWith("[Ĥéļļö") && hello.endsWith("]"), hello);
        String cells = words.format("cells", 3);
        assertTrue(cells.startsWith("[3 çéļļš žéŕöéđ"), cells);
        String note = words.resource("note.txt");
        assertEquals(3, note.lines().count(), "the lines stay lines, the blank one blank");
        assertTrue(
                note.startsWith("[Ţĥé ƀášé ñöţé.")
                        && note.lines().skip(1).findFirst().orElseThrow().isEmpty(),
                note);
    }

    @Test
    void aReasonFromTheEngineIsSaidInTheWindowsLanguageAndPseudoLocalised() {
        Reason empty = Reason.of(ReasonTest.class, "named", "'x.npy'", Reason.of(ReasonTest.class, "empty"));

        UiLocale.set(PT_BR);
        assertEquals("'x.npy': o cabeçalho do arquivo está vazio", Messages.say(empty));
        UiLocale.set(UiLocale.PSEUDO);
        assertTrue(Messages.say(empty).contains("'x.npy': ["), Messages.say(empty));
        assertEquals("'x.npy': the file's header is empty", empty.english(), "English for the command line");
    }
}
