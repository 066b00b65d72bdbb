package relulab.io.session;

import relulab.core.text.Explained;
import relulab.core.text.Reason;

/**
 * What is wrong inside a session file, before the file's name is put in front of it: thrown
 * while the JSON is read and turned into a {@link SessionFileException} by {@link SessionFiles}.
 * Its message is the reason in English; the reason itself goes on, so a window can say it in
 * its own language.
 */
final class SessionFormatException extends Exception implements Explained {

    private static final long serialVersionUID = 1L;

    /** Not serialised: a reason refers to classes; a deserialised exception keeps its English message. */
    private final transient Reason reason;

    SessionFormatException(Reason reason) {
        super(reason.english());
        this.reason = reason;
    }

    /** The refusal {@code key} of this package's {@code messages.properties}, with {@code args}. */
    static SessionFormatException because(String key, Object... args) {
        return new SessionFormatException(reason(key, args));
    }

    /** The message {@code key} of this package's {@code messages.properties}, with {@code args} (text or reasons). */
    static Reason reason(String key, Object... args) {
        return Reason.of(SessionFormatException.class, key, args);
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /**
     * Another part's refusal as an argument of a reason: its own reason when it has one, so a
     * window says it in its language too, else its message as it is.
     */
    static Object reasonOf(Exception refusal) {
        return refusal instanceof Explained explained ? explained.reason() : refusal.getMessage();
    }
}
