package relulab.core.text;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why something was refused, kept as words a reader can have in their own language: the key of
 * a message in the {@code messages.properties} beside {@code owner}'s classes, and the arguments
 * of its {@link MessageFormat} pattern. The engine and the file code, which know no language,
 * give a reason; the command line says it in English ({@link #english}), the window in the
 * language it speaks (its {@code Messages.say}), from the translations beside the base file.
 *
 * <p>An argument that is itself a reason is said in the same language first, so a refusal can
 * be built from parts ("{@code 'x.npy': {1}}" around "the file is empty"). Every other argument
 * is given as text already formatted: a quoted name, a tensor value in NumPy's form, a count as
 * digits, so the English line is the same whatever the machine's locale. Patterns double a
 * literal apostrophe ({@code ''}), as every {@link MessageFormat} pattern does.
 *
 * @param owner a class of the package whose {@code messages.properties} has {@code key}
 * @param key   the message's key
 * @param args  the pattern's arguments: text, or reasons
 */
public record Reason(Class<?> owner, String key, List<Object> args) {

    /** How a language says one message: the pattern of {@code key} beside {@code owner}, filled with {@code args}. */
    @FunctionalInterface
    public interface Speaker {
        String say(Class<?> owner, String key, Object[] args);
    }

    private static final ResourceBundle.Control BASE_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** English, the base files, for the command line and the log. */
    public static final Speaker ENGLISH = (owner, key, args) -> new MessageFormat(
                    ResourceBundle.getBundle(
                                    owner.getPackageName() + ".messages",
                                    Locale.ROOT,
                                    owner.getClassLoader(),
                                    BASE_ONLY)
                            .getString(key),
                    Locale.ROOT)
            .format(args);

    public Reason {
        args = List.copyOf(args);
    }

    /** The message {@code key} of {@code owner}'s package, with {@code args} (text or reasons). */
    public static Reason of(Class<?> owner, String key, Object... args) {
        return new Reason(owner, key, List.of(args));
    }

    /** This reason in the words of {@code speaker}, its argument reasons first. */
    public String in(Speaker speaker) {
        List<Object> said = new ArrayList<>(args.size());
        for (Object arg : args) {
            said.add(arg instanceof Reason part ? part.in(speaker) : arg);
        }
        return speaker.say(owner, key, said.toArray());
    }

    /** This reason in English, as the command line prints it. */
    public String english() {
        return in(ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }
}
