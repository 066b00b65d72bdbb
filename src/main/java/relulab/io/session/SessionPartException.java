package relulab.io.session;

import relulab.core.text.Explained;
import relulab.core.text.Reason;

/**
 * A lesson's part of a session that {@link PartFields} refuses: an {@link IllegalArgumentException},
 * as every part's codec throws, whose message is one line in English and whose {@link #reason()}
 * a window says in its own language.
 */
public final class SessionPartException extends IllegalArgumentException implements Explained {

    private static final long serialVersionUID = 1L;

    /** Not serialised: a reason refers to classes; a deserialised exception keeps its English message. */
    private final transient Reason reason;

    SessionPartException(Reason reason, Throwable cause) {
        super(reason.english(), cause);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
