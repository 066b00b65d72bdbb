package relulab.io.paste;

import relulab.core.text.Explained;
import relulab.core.text.Reason;
import relulab.io.MessageText;

/**
 * Pasted text that is not a block of numbers. The reason says what is wrong and where, in
 * words fit to show the user (e.g. {@code row 3 has 4 values, row 1 has 3}); the message is
 * that reason in English, for the log: whatever pasted text it quotes is escaped and cut by
 * {@link MessageText#line}. A window says {@link #reason()} in its own language instead.
 */
public final class PasteException extends Exception implements Explained {

    private static final long serialVersionUID = 1L;

    /** Not serialised: a deserialised refusal keeps only its English message. */
    private final transient Reason reason;

    public PasteException(Reason reason) {
        super(MessageText.line(reason.english()));
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
