package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;
import relulab.testsupport.KeptLocale;
import relulab.testsupport.LabWindows;
import relulab.ui.shared.ChapterQuotes;
import relulab.ui.shared.ChapterQuotes.Quote;
import relulab.ui.shared.text.UiLocale;

/**
 * The chapter's quotations stay quotations in every language: each message that quotes the
 * chapter holds its words in quotation marks in every shipped language and in the pseudo-locale,
 * the English one quotes exactly the chapter's words, a translation quotes them translated, and
 * in the window the label that shows a quotation has the chapter's own words in its tooltip.
 */
class ChapterQuotesTest {

    @RegisterExtension
    final KeptLocale language = new KeptLocale();

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private static Stream<Locale> languages() {
        return Stream.concat(Languages.offered().stream(), Stream.of(UiLocale.PSEUDO));
    }

    @Test
    void theChapterIsQuotedInEveryLanguageAndInItsOwnWordsInEnglish() {
        List<Quote> quotes = ChapterQuotes.all();
        assertFalse(quotes.isEmpty());
        for (Quote quote : quotes) {
            assertFalse(quote.original().isBlank(), quote.id());
            languages().forEach(language -> {
                String quoted = ChapterQuotes.quotationIn(quote.message(language))
                        .orElseThrow(() -> new AssertionError(
                                quote.id() + " is no quotation in " + language + ": " + quote.message(language)));
                if (language.equals(Locale.ENGLISH)) {
                    assertEquals(quote.original(), quoted, quote.id() + " quotes the chapter's own words");
                } else if (!UiLocale.PSEUDO.equals(language)) {
                    assertNotEquals(quote.original(), quoted, quote.id() + " is translated in " + language);
                }
            });
        }
    }

    @Test
    void everyQuotationInTheWindowHasTheChaptersWordsInItsTooltip() {
        MainWindow window = windows.openMain();
        languages().forEach(language -> {
            LabWindows.interact(() -> window.switchLanguage(language));
            for (Quote quote : ChapterQuotes.all()) {
                String lesson = lessonOf(quote);
                LabWindows.interact(() -> window.openLesson(lesson));
                WaitForAsyncUtils.waitForFxEvents();
                String words =
                        ChapterQuotes.quotationIn(quote.message(language)).orElseThrow();
                List<Labeled> shown = LabWindows.onFx(() -> {
                    List<Labeled> found = new ArrayList<>();
                    collect(window.tab(lesson).orElseThrow().getContent(), words, found);
                    return found;
                });
                String where = quote.id() + " in " + language.toLanguageTag();
                assertFalse(shown.isEmpty(), where + ": no label shows the quotation");
                for (Labeled label : shown) {
                    String tip = LabWindows.onFx(() ->
                            label.getTooltip() == null ? "" : label.getTooltip().getText());
                    assertTrue(tip.contains(quote.original()), where + ": the tooltip is \"" + tip + "\"");
                }
            }
        });
    }

    /** The lesson whose bundle quotes the chapter: its package's name is the lesson's id. */
    private static String lessonOf(Quote quote) {
        String[] parts = quote.bundle().split("\\.");
        return parts[parts.length - 2];
    }

    private static void collect(Node node, String words, List<Labeled> found) {
        if (node instanceof Labeled labeled
                && labeled.getText() != null
                && labeled.getText().contains(words)) {
            found.add(labeled);
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(tab -> {
                if (tab.getContent() != null) {
                    collect(tab.getContent(), words, found);
                }
            });
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), words, found);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, words, found));
        }
    }
}
