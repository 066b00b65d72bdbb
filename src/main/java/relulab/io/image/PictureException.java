package relulab.io.image;

import java.io.IOException;
import relulab.core.text.Explained;
import relulab.core.text.Reason;

/**
 * A picture inside the program that cannot be used: missing, damaged, not an image, or too
 * big for what it is meant for. Its message is the English of its {@link Reason}; the window
 * says the reason in its own language.
 */
public final class PictureException extends IOException implements Explained {

    private static final long serialVersionUID = 1L;

    private final transient Reason reason;

    PictureException(Reason reason, Throwable cause) {
        super(reason.english(), cause);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
