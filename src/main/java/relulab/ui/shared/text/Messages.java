package relulab.ui.shared.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import relulab.core.text.Explained;
import relulab.core.text.Reason;
import relulab.io.MessageText;

/**
 * The words of one part of the window: a lesson's, the shell's or a shared widget's, read from
 * the {@code messages.properties} beside its classes (UTF-8) and the translations next to it
 * ({@code messages_pt_BR.properties}, {@code messages_es.properties}, …).
 *
 * <p>{@link #get} returns a message as written; {@link #format} treats it as a
 * {@link MessageFormat} pattern (so a literal apostrophe is written {@code ''} in such a
 * message). Tensor values reach a pattern as text already formatted by the number code, so
 * they keep NumPy's decimal point in every language; counts and percentages may be passed as
 * numbers and then follow the locale.
 *
 * <p>A message is looked up in the language of {@link UiLocale} at the time of the call, then in
 * its parent languages, then in the base file, never in the system's language. In the
 * pseudo-locale every message is the base one passed through {@link PseudoText}.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;

    private Messages(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        this.loader = loader;
    }

    /** The messages of the package of {@code anchor}: {@code its/package/messages.properties}. */
    public static Messages of(Class<?> anchor) {
        return new Messages(anchor.getPackageName() + ".messages", anchor.getClassLoader());
    }

    /** The bundle's base name, e.g. {@code relulab.ui.dying.messages}. */
    public String baseName() {
        return baseName;
    }

    /** The message {@code key} as written, in the current language. */
    public String get(String key) {
        Locale locale = UiLocale.current();
        if (UiLocale.isPseudo(locale)) {
            return PseudoText.ofText(bundle(Locale.ROOT).getString(key));
        }
        return bundle(locale).getString(key);
    }

    /** The message {@code key} as a {@link MessageFormat} pattern filled with {@code args}. */
    public String format(String key, Object... args) {
        Locale locale = UiLocale.current();
        String pattern = UiLocale.isPseudo(locale)
                ? PseudoText.ofPattern(bundle(Locale.ROOT).getString(key))
                : bundle(locale).getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }

    /**
     * A reason the engine or the file code gave, in the current language: each part looked up
     * in the bundle beside the class that gave it, as {@link #format} would.
     */
    public static String say(Reason reason) {
        return reason.in((owner, key, args) -> of(owner).format(key, args));
    }

    /**
     * A refusal's message in the current language, in one line: the reason it carries when the
     * engine or the file code gave it ({@link Explained}), else its own message, which the
     * window and the lessons word in the current language already.
     */
    public static String said(Throwable refusal) {
        return refusal instanceof Explained explained
                ? MessageText.line(say(explained.reason()))
                : String.valueOf(refusal.getMessage());
    }

    /** True when the base bundle has {@code key}. */
    public boolean has(String key) {
        return bundle(Locale.ROOT).containsKey(key);
    }

    /**
     * A text resource beside the bundle, in the current language: for {@code help/dying.txt}
     * the first of {@code help/dying_pt_BR.txt}, {@code help/dying_pt.txt}, {@code help/dying.txt}
     * that exists. In the pseudo-locale, the base text with every line pseudo-localised.
     *
     * @throws MissingResourceException when not even the base file exists
     */
    public String resource(String name) {
        Locale locale = UiLocale.current();
        if (UiLocale.isPseudo(locale)) {
            return String.join(
                    "\n",
                    read(name)
                            .lines()
                            .map(l -> l.isBlank() ? l : PseudoText.ofText(l))
                            .toList());
        }
        for (String candidate : localisedNames(name, locale)) {
            if (loader.getResource(folder() + candidate) != null) {
                return read(candidate);
            }
        }
        throw new MissingResourceException("no resource " + folder() + name, baseName, name);
    }

    private static List<String> localisedNames(String name, Locale locale) {
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String ext = dot < 0 ? "" : name.substring(dot);
        List<String> names = new ArrayList<>();
        if (!locale.getCountry().isEmpty()) {
            names.add(stem + "_" + locale.getLanguage() + "_" + locale.getCountry() + ext);
        }
        if (!locale.getLanguage().isEmpty()) {
            names.add(stem + "_" + locale.getLanguage() + ext);
        }
        names.add(name);
        return names;
    }

    private String folder() {
        int dot = baseName.lastIndexOf('.');
        return baseName.substring(0, dot).replace('.', '/') + "/";
    }

    private String read(String name) {
        try (InputStream in = loader.getResourceAsStream(folder() + name)) {
            if (in == null) {
                throw new MissingResourceException("no resource " + folder() + name, baseName, name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, loader, NO_SYSTEM_FALLBACK);
    }
}
