package relulab.core.text;

/**
 * A value refused where an {@link IllegalArgumentException} is what callers expect (an
 * activation's spec, a session part's field, a dataset's name): its message is one line in
 * English and its {@link #reason()} a window says in its own language.
 */
public final class RefusedArgument extends IllegalArgumentException implements Explained {

    private static final long serialVersionUID = 1L;

    /** Not serialised: a reason refers to classes; a deserialised exception keeps its English message. */
    private final transient Reason reason;

    public RefusedArgument(Reason reason, Throwable cause) {
        super(reason.english(), cause);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
