package relulab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import relulab.io.IoReason;
import relulab.io.MessageText;

/**
 * Turns any exception that reaches the command line into the one line the user reads.
 *
 * <p>Readers and the engine throw exceptions whose message already names the file and the
 * problem; this adds a fallback for those that carry no message, and makes every message safe
 * for a terminal ({@link MessageText#line}: escaped, and cut when it is very long), whatever
 * text from a file or an argument it quotes. An I/O failure that arrives as Java raised it is
 * worded here: the file quoted, and the reason in words ({@link IoReason}), never the kernel's
 * "Not a directory" or the name of an exception class.
 */
final class UserError {

    private UserError() {}

    static String messageOf(Throwable ex) {
        if (ex instanceof OutOfMemoryError) {
            return MemoryBudget.outOfMemory();
        }
        if (ex instanceof UncheckedIOException unchecked) {
            return messageOf(unchecked.getCause());
        }
        if (ex instanceof FileSystemException fse && fse.getFile() != null) {
            return MessageText.quote(fse.getFile()) + ": " + IoReason.of(fse);
        }
        if (ex instanceof IOException io
                && (io.getMessage() == null || io.getMessage().isBlank())) {
            return "a file could not be read or written: " + IoReason.of(io);
        }
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            return ex.getClass().getSimpleName();
        }
        return MessageText.line(message);
    }
}
