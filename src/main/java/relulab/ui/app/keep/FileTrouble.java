package relulab.ui.app.keep;

import java.io.IOException;
import java.nio.file.Path;
import relulab.core.text.Explained;
import relulab.io.IoReason;
import relulab.io.MessageText;
import relulab.io.TensorFileException;
import relulab.io.session.SessionFileException;
import relulab.ui.shared.text.Messages;

/**
 * The one line the window shows when a file could not be read or written: the file's name,
 * {@linkplain MessageText#quote quoted}, and the reason in words ({@link IoReason}) — never a
 * bare path, an exception's class or the kernel's own words. A refusal that gives its reason
 * ({@link Explained}, as a {@link TensorFileException} does) is said in the window's language,
 * and so is the file system's reason.
 */
final class FileTrouble {

    private static final Messages WORDS = Messages.of(FileTrouble.class);

    private FileTrouble() {}

    /** What went wrong with {@code file}, in one line that names it. */
    static String of(Path file, Throwable error) {
        if (error instanceof TensorFileException || error instanceof SessionFileException) {
            return Messages.said(error); // one line that names the file
        }
        String reason;
        if (error instanceof IOException io) {
            reason = Messages.say(IoReason.reason(io));
        } else if (error instanceof OutOfMemoryError) {
            reason = WORDS.get("trouble.memory");
        } else {
            reason = error.getMessage() == null
                    ? error.getClass().getSimpleName()
                    : MessageText.line(error.getMessage());
        }
        return WORDS.format("trouble.file", name(file), reason);
    }

    /** A file's name as messages quote it. */
    static String name(Path file) {
        Path name = file.getFileName();
        return MessageText.quote(name == null ? file.toString() : name.toString());
    }
}
