package relulab.io.session;

import java.io.IOException;
import java.nio.file.Path;
import relulab.core.text.Explained;
import relulab.core.text.Reason;
import relulab.io.MessageText;

/**
 * A session file that cannot be read or written, with a one-line message that names it:
 * {@code 'lesson.relulab': what is wrong, and where}. The name is {@linkplain MessageText#quote
 * quoted}: a newline, a U+202E or five thousand characters in it never hide the problem.
 *
 * <p>The message is in English, for the command line; {@link #reason()} is the same refusal as
 * words a window says in its own language.
 */
public final class SessionFileException extends IOException implements Explained {

    private static final long serialVersionUID = 1L;

    /** Not serialised: a reason refers to classes; a deserialised exception keeps its English message. */
    private final transient Reason reason;

    /**
     * @param file    the session file
     * @param problem what is wrong with it, after the name
     */
    public SessionFileException(Path file, Reason problem) {
        this(Reason.of(SessionFileException.class, "file.named", nameOf(file), problem));
    }

    public SessionFileException(Path file, Reason problem, Throwable cause) {
        this(file, problem);
        initCause(cause);
    }

    private SessionFileException(Reason reason) {
        super(MessageText.line(reason.english()));
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /** A file's name as messages quote it: escaped, and cut if long, so the problem is still read. */
    private static String nameOf(Path file) {
        Path name = file.getFileName();
        return MessageText.quote(name == null ? file.toString() : name.toString());
    }
}
