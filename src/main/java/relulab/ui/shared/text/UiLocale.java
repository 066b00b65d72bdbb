package relulab.ui.shared.text;

import java.util.Locale;
import java.util.Objects;

/**
 * The language the window speaks, one for the whole program.
 *
 * <p>It starts as {@code -Drelulab.locale=TAG} when that is given (an IETF tag: {@code pt-BR},
 * {@code es}, {@code zh-CN}, or {@link #PSEUDO} {@code en-XA}), otherwise the system's locale.
 * {@link Messages} reads it every time a bundle is looked up, so code that builds its nodes
 * after {@link #set} speaks the new language.
 */
public final class UiLocale {

    /**
     * The pseudo-locale {@code en-XA}: every message accented, bracketed and about 40% longer
     * (see {@link PseudoText}), to show at a glance which words on screen did not come from a
     * bundle and which ones are cut.
     */
    public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");

    /** The system property that chooses the language for scripts and tests. */
    public static final String PROPERTY = "relulab.locale";

    private static volatile Locale current = initial();

    private UiLocale() {}

    private static Locale initial() {
        String tag = System.getProperty(PROPERTY);
        if (tag == null || tag.isBlank()) {
            return Locale.getDefault();
        }
        return Locale.forLanguageTag(tag.trim());
    }

    /** The language of every message looked up from now on. */
    public static Locale current() {
        return current;
    }

    /** Chooses the language of every message looked up from now on. */
    public static void set(Locale locale) {
        current = Objects.requireNonNull(locale, "locale");
    }

    /** True in the pseudo-locale {@code en-XA}. */
    public static boolean isPseudo() {
        return isPseudo(current);
    }

    static boolean isPseudo(Locale locale) {
        return PSEUDO.getLanguage().equals(locale.getLanguage())
                && PSEUDO.getCountry().equals(locale.getCountry());
    }
}
