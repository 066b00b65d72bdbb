package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which languages View ▸ Language offers, and which one a run starts in. */
class LanguagesTest {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");

    @Test
    void offersEnglishPortugueseSpanishAndChineseEachNamedInItself() {
        assertEquals(List.of(Locale.ENGLISH, PT_BR, Locale.forLanguageTag("es"), ZH_CN), Languages.offered());
        assertEquals("Português (Brasil)", Languages.nameOf(PT_BR));
        assertEquals("中文（简体）", Languages.nameOf(ZH_CN));
    }

    @Test
    void theCommandLineWinsThenTheRememberedChoiceThenTheSystem() {
        assertEquals(Locale.forLanguageTag("en-XA"), Languages.atStart("en-XA", "pt-BR", ZH_CN));
        assertEquals(PT_BR, Languages.atStart(null, "pt-BR", ZH_CN));
        assertEquals(ZH_CN, Languages.atStart(" ", null, ZH_CN));
    }

    @Test
    void aSystemLocaleNoLanguageCoversStartsInEnglish() {
        assertEquals(Locale.ENGLISH, Languages.atStart(null, null, Locale.GERMANY));
        assertEquals(Locale.ENGLISH, Languages.atStart(null, null, Locale.forLanguageTag("pt-PT")));
        assertEquals(
                Locale.forLanguageTag("es-MX"),
                Languages.atStart(null, null, Locale.forLanguageTag("es-MX")),
                "covered by es: the user's region stays for counts in sentences");
        assertEquals(Locale.US, Languages.atStart(null, null, Locale.US));
    }
}
