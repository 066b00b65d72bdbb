package relulab.io;

import java.io.IOException;
import java.nio.file.Path;
import relulab.core.text.Explained;
import relulab.core.text.Reason;

/**
 * A tensor file that cannot be read or written, with a one-line message for the user:
 * {@code 'name.npy': what is wrong, and where}. The name is {@linkplain MessageText#quote quoted},
 * as every name from outside is: a newline, a U+202E or five thousand characters in it never hide
 * the problem.
 *
 * <p>The message is a {@link Reason}: the command line prints it in English after
 * {@code relu-lab: } ({@link #getMessage}), the window says {@link #reason()} in its own
 * language. Either way it names the file and never spans more than one line: the message goes
 * through {@link MessageText#line}, which escapes line breaks and every other invisible
 * character a file name or a file's content may bring.
 */
public final class TensorFileException extends IOException implements Explained {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient Reason reason;

    /** {@code file} and what is wrong with it. */
    public TensorFileException(Path file, Reason problem) {
        this(Reason.of(TensorFileException.class, "file.problem", quotedName(file), problem), file);
    }

    /** {@code file}, what is wrong with it, and the failure that said so. */
    public TensorFileException(Path file, Reason problem, Throwable cause) {
        this(file, problem);
        initCause(cause);
    }

    /**
     * {@code file} and a problem worded in English by a caller outside the file code (the
     * command line's own checks); the window shows those words as they are.
     */
    public TensorFileException(Path file, String problem) {
        this(file, IoReason.verbatim(problem));
    }

    /** As {@link #TensorFileException(Path, String)}, with the failure that said so. */
    public TensorFileException(Path file, String problem, Throwable cause) {
        this(file, IoReason.verbatim(problem), cause);
    }

    private TensorFileException(Reason whole, Path file) {
        super(MessageText.line(whole.english()));
        this.file = file;
        this.reason = whole;
    }

    /** The file the message is about. */
    public Path file() {
        return file;
    }

    /** The whole message, file's name first, as a reason any language can say. */
    @Override
    public Reason reason() {
        return reason;
    }

    /** How messages name a file: its name, which is what the user picked or typed last. */
    static String nameOf(Path file) {
        if (file.toString().isEmpty()) {
            return "the empty path ''";
        }
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** How a message begins: the file's name {@linkplain MessageText#quote quoted}, or words for the empty path. */
    private static Object quotedName(Path file) {
        return file.toString().isEmpty()
                ? Reason.of(TensorFileException.class, "file.emptyPath")
                : MessageText.quote(nameOf(file));
    }

    /**
     * A few words on why the file system refused an operation ("permission denied", "the disk
     * is full"), for messages that must fit on one line: {@link IoReason#of}.
     */
    public static String reasonOf(IOException e) {
        return IoReason.of(e);
    }
}
