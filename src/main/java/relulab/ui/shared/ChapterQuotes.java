package relulab.ui.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import relulab.ui.shared.text.Messages;
import relulab.ui.shared.text.PseudoText;
import relulab.ui.shared.text.UiLocale;

/**
 * The chapter's own words that the lessons quote. A lesson shows a quotation translated, in
 * quotation marks, as part of one of its messages; {@code chapter-quotes.properties} names that
 * message and keeps the original, as the chapter gives it. So a quotation stays a quotation in
 * every language, and the reader who wants the chapter's exact words finds them in its tooltip:
 * {@link #showOriginals} gives every label of a view that shows a quotation a tooltip with the
 * original.
 *
 * <p>A quotation inside a message is the text between its first opening quotation mark ({@code “},
 * {@code «}, {@code 「} or {@code „}) and the closing mark after it.
 */
public final class ChapterQuotes {

    /**
     * Style class of the tooltip that gives a quotation's original: the chapter's own words, in
     * the chapter's language whatever the window speaks.
     */
    public static final String ORIGINAL = "chapter-quote-original";

    private static final String FILE = "chapter-quotes.properties";
    private static final String OPENING = "“«「„";
    private static final String CLOSING = "”»」“";
    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** One quotation: its id, the chapter's words, and the message that quotes them. */
    public record Quote(String id, String original, String bundle, String key) {

        /** The message that quotes the chapter, in {@code language} (the pseudo-locale too). */
        public String message(Locale language) {
            if (UiLocale.PSEUDO.equals(language)) {
                return PseudoText.ofText(bundle(Locale.ROOT).getString(key));
            }
            return bundle(language).getString(key);
        }

        private ResourceBundle bundle(Locale language) {
            return ResourceBundle.getBundle(bundle, language, ChapterQuotes.class.getClassLoader(), NO_SYSTEM_FALLBACK);
        }
    }

    private ChapterQuotes() {}

    /** Every quotation of the chapter the lessons show, in the order of the file. */
    public static List<Quote> all() {
        Properties file = new Properties();
        try (InputStream in = ChapterQuotes.class.getResourceAsStream(FILE)) {
            file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.stringPropertyNames().stream()
                .filter(name -> name.endsWith(".original"))
                .map(name -> name.substring(0, name.length() - ".original".length()))
                .sorted()
                .map(id -> {
                    String[] message = file.getProperty(id + ".message").split("#", 2);
                    return new Quote(id, file.getProperty(id + ".original"), message[0], message[1]);
                })
                .toList();
    }

    /** The quotation inside {@code message}: the words between its first pair of quotation marks. */
    public static Optional<String> quotationIn(String message) {
        for (int i = 0; i < message.length(); i++) {
            int kind = OPENING.indexOf(message.charAt(i));
            if (kind >= 0) {
                int end = message.indexOf(CLOSING.charAt(kind), i + 1);
                return end < 0 ? Optional.empty() : Optional.of(message.substring(i + 1, end));
            }
        }
        return Optional.empty();
    }

    /** The tooltip text of a quotation: the chapter's own words, said in the current language. */
    public static String originalText(Quote quote) {
        return Messages.of(ChapterQuotes.class).format("quote.original", quote.original());
    }

    /**
     * Gives every label under {@code view} that shows one of the chapter's quotations, in the
     * current language, a tooltip with the chapter's own words.
     */
    public static void showOriginals(Node view) {
        Locale language = UiLocale.current();
        for (Quote quote : all()) {
            quotationIn(quote.message(language)).ifPresent(words -> attach(view, words, quote));
        }
    }

    /**
     * The nodes inside {@code node}, skinned or not: a view just made has no skins yet, so the
     * contents of tab, scroll, titled and split panes are taken from the controls themselves.
     */
    private static List<Node> parts(Node node) {
        List<Node> parts = new ArrayList<>();
        if (node instanceof TabPane tabs) {
            tabs.getTabs().stream()
                    .map(Tab::getContent)
                    .filter(Objects::nonNull)
                    .forEach(parts::add);
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            parts.add(scroll.getContent());
        } else if (node instanceof TitledPane titled && titled.getContent() != null) {
            parts.add(titled.getContent());
        } else if (node instanceof SplitPane split) {
            parts.addAll(split.getItems());
        } else if (node instanceof Parent parent) {
            parts.addAll(parent.getChildrenUnmodifiable());
        }
        return parts;
    }

    private static void attach(Node node, String words, Quote quote) {
        if (node instanceof Labeled labeled
                && labeled.getText() != null
                && labeled.getText().contains(words)) {
            Tooltip original = new Tooltip(originalText(quote));
            original.getStyleClass().add(ORIGINAL);
            labeled.setTooltip(original);
        }
        for (Node part : parts(node)) {
            attach(part, words, quote);
        }
    }
}
