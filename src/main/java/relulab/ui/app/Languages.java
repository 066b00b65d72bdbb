package relulab.ui.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The languages the window offers (View ▸ Language), each with its name in its own language, and
 * the rule that picks the language a run starts in.
 *
 * <p>A language is offered when its message files ship; its name and tag are one line of
 * {@code languages.properties}. At start the language is, in this order: {@code -Drelulab.locale}
 * (for scripts and tests, used as given), the one chosen in the menu last time (the preferences),
 * the system's locale when an offered language covers it ({@code es-MX} is covered by {@code es}),
 * else English. "Covers" follows the bundles' own lookup: same language, and same country when
 * the offered one names a country ({@code pt-BR} does not cover {@code pt-PT}).
 */
final class Languages {

    private static final Map<Locale, String> NAMES = readNames();

    private Languages() {}

    /** The offered languages, in menu order, English first. */
    static List<Locale> offered() {
        return List.copyOf(NAMES.keySet());
    }

    /** The name of an offered language, written in that language: {@code Español}. */
    static String nameOf(Locale language) {
        String name = NAMES.get(language);
        if (name == null) {
            throw new IllegalArgumentException("not an offered language: " + language.toLanguageTag());
        }
        return name;
    }

    /** The offered language whose messages {@code locale} reads, or English when none covers it. */
    static Locale offeredFor(Locale locale) {
        for (Locale l : NAMES.keySet()) {
            if (l.getLanguage().equals(locale.getLanguage())
                    && (l.getCountry().isEmpty() || l.getCountry().equals(locale.getCountry()))) {
                return l;
            }
        }
        return Locale.ENGLISH;
    }

    /**
     * The language a run starts in.
     *
     * @param property   {@code -Drelulab.locale}, or null
     * @param remembered the language chosen in the menu in an earlier run (an IETF tag), or null
     * @param system     the system's locale
     */
    static Locale atStart(String property, String remembered, Locale system) {
        if (property != null && !property.isBlank()) {
            return Locale.forLanguageTag(property.trim());
        }
        if (remembered != null && !remembered.isBlank()) {
            return offeredFor(Locale.forLanguageTag(remembered.trim()));
        }
        // The user's own locale when it is offered, so counts in sentences follow their region.
        return offeredFor(system).getLanguage().equals(system.getLanguage()) ? system : Locale.ENGLISH;
    }

    /** The lines {@code tag=name} of {@code languages.properties}, in the file's order. */
    private static Map<Locale, String> readNames() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Languages.class.getResourceAsStream("languages.properties"), StandardCharsets.UTF_8))) {
            Map<Locale, String> names = new LinkedHashMap<>();
            in.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> {
                        int eq = l.indexOf('=');
                        names.put(
                                Locale.forLanguageTag(l.substring(0, eq).strip()),
                                l.substring(eq + 1).strip());
                    });
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
