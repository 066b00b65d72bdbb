package relulab.core.text;

/**
 * A refusal whose whole message is a {@link Reason}: its {@code getMessage()} is the reason in
 * English, and a window says {@link #reason()} in its own language instead.
 */
public interface Explained {

    /** The message as words a language can say. */
    Reason reason();
}
