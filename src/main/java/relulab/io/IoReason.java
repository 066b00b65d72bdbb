package relulab.io;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Map;
import relulab.core.text.Reason;

/**
 * Why the file system refused a read or a write, in the few words a user knows: "the disk is
 * full", "the disk is read-only", "a folder in its path is a file", "permission denied".
 *
 * <p>Java passes on the kernel's own words ("No space left on device", "Not a directory"), or
 * only the path, or nothing at all (a {@link ClosedChannelException} has no message), and a
 * message built from those reads as a stack trace's last line. Every message that reports an
 * I/O failure takes its reason from here, after naming the file itself. A channel closed under
 * a read or a write is the program stopping: the clean-up of Ctrl-C and SIGTERM closes the
 * files that are still being written.
 *
 * <p>The words are a {@link Reason} ({@link #reason}): the command line says it in English
 * ({@link #of}), the window in its own language. Kernel words this class does not know are
 * kept as the kernel gave them.
 */
public final class IoReason {

    /** The kernel's words (a whole reason, in lower case) and the key of what the user reads instead. */
    private static final Map<String, String> KERNEL_WORDS = Map.ofEntries(
            Map.entry("no space left on device", "io.diskFull"),
            Map.entry("disk quota exceeded", "io.quota"),
            Map.entry("read-only file system", "io.readOnly"),
            Map.entry("not a directory", "io.notDirectory"),
            Map.entry("is a directory", "io.isDirectory"),
            Map.entry("permission denied", "io.permission"),
            Map.entry("operation not permitted", "io.permission"),
            Map.entry("no such file or directory", "io.noSuchFile"),
            Map.entry("file name too long", "io.nameTooLong"),
            Map.entry("too many levels of symbolic links", "io.symlinkLoop"),
            Map.entry("input/output error", "io.diskError"),
            Map.entry("stream closed", "io.stopping"),
            Map.entry("closed", "io.stopping"));

    private IoReason() {}

    /** The reason for {@code e} in English words, without the file's name (the caller names it). */
    public static String of(IOException e) {
        return reason(e).english();
    }

    /** The reason for {@code e}, without the file's name (the caller names it). */
    public static Reason reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return said("io.noSuchFile");
        }
        if (e instanceof AccessDeniedException) {
            return said("io.permission");
        }
        if (e instanceof FileAlreadyExistsException) {
            return said("io.inTheWay");
        }
        if (e instanceof NotDirectoryException) {
            return said("io.notDirectory");
        }
        if (e instanceof DirectoryNotEmptyException) {
            return said("io.notEmpty");
        }
        if (e instanceof ClosedChannelException) {
            return said("io.stopping");
        }
        String text = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (text == null || text.isBlank()) {
            return said("io.unknown", e.getClass().getSimpleName());
        }
        String key = KERNEL_WORDS.get(text.strip().toLowerCase(Locale.ROOT));
        return key != null ? said(key) : verbatim(MessageText.line(text));
    }

    /**
     * Text that is said as it is in every language: the system's own words, or a sentence a
     * caller outside this package wrote in English for the command line.
     */
    static Reason verbatim(String text) {
        return said("text", text);
    }

    private static Reason said(String key, Object... args) {
        return Reason.of(IoReason.class, key, args);
    }
}
