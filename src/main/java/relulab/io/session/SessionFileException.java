package relulab.io.session;

import java.io.IOException;
import java.nio.file.Path;
import relulab.io.MessageText;

/**
 * A session file that cannot be read or written, with a one-line message that names it:
 * {@code 'lesson.relulab': what is wrong, and where}. The name is {@linkplain MessageText#quote
 * quoted}: a newline, a U+202E or five thousand characters in it never hide the problem.
 */
public final class SessionFileException extends IOException {

    private static final long serialVersionUID = 1L;

    public SessionFileException(Path file, String problem) {
        super(MessageText.line(nameOf(file) + ": " + problem));
    }

    public SessionFileException(Path file, String problem, Throwable cause) {
        this(file, problem);
        initCause(cause);
    }

    /** A file's name as messages quote it: escaped, and cut if long, so the problem is still read. */
    private static String nameOf(Path file) {
        Path name = file.getFileName();
        return MessageText.quote(name == null ? file.toString() : name.toString());
    }
}
