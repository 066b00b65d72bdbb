package relulab.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A tensor file that cannot be read or written, with a one-line message for the user:
 * {@code 'name.npy': what is wrong, and where}. The name is {@linkplain MessageText#quote quoted},
 * as every name from outside is: a newline, a U+202E or five thousand characters in it never hide
 * the problem.
 *
 * <p>The window shows the message as it is and the command line prints it after
 * {@code relu-lab: }, so it names the file and never spans more than one line: the message
 * goes through {@link MessageText#line}, which escapes line breaks and every other invisible
 * character a file name or a file's content may bring.
 */
public final class TensorFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public TensorFileException(Path file, String problem) {
        super(MessageText.line(quotedName(file) + ": " + problem));
        this.file = file;
    }

    public TensorFileException(Path file, String problem, Throwable cause) {
        this(file, problem);
        initCause(cause);
    }

    /** The file the message is about. */
    public Path file() {
        return file;
    }

    /** How messages name a file: its name, which is what the user picked or typed last. */
    static String nameOf(Path file) {
        if (file.toString().isEmpty()) {
            return "the empty path ''";
        }
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** How a message begins: the file's name {@linkplain MessageText#quote quoted}. */
    private static String quotedName(Path file) {
        return file.toString().isEmpty() ? nameOf(file) : MessageText.quote(nameOf(file));
    }

    /**
     * A few words on why the file system refused an operation ("permission denied", "the disk
     * is full"), for messages that must fit on one line: {@link IoReason#of}.
     */
    public static String reasonOf(IOException e) {
        return IoReason.of(e);
    }
}
