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
 */
public final class IoReason {

    /** The kernel's words (a whole reason, in lower case) and what the user reads instead. */
    private static final Map<String, String> KERNEL_WORDS = Map.ofEntries(
            Map.entry("no space left on device", "the disk is full"),
            Map.entry("disk quota exceeded", "the disk quota is used up"),
            Map.entry("read-only file system", "the disk is read-only"),
            Map.entry("not a directory", "a folder in its path is a file"),
            Map.entry("is a directory", "it is a folder"),
            Map.entry("permission denied", "permission denied"),
            Map.entry("operation not permitted", "permission denied"),
            Map.entry("no such file or directory", "no such file or folder"),
            Map.entry("file name too long", "the name is too long"),
            Map.entry("too many levels of symbolic links", "its symbolic links go round in a loop"),
            Map.entry("input/output error", "the disk reported an error"),
            Map.entry("stream closed", "the program is stopping"),
            Map.entry("closed", "the program is stopping"));

    private IoReason() {}

    /** The reason for {@code e} in words, without the file's name (the caller names it). */
    public static String of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof NotDirectoryException) {
            return "a folder in its path is a file";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof ClosedChannelException) {
            return "the program is stopping";
        }
        String text = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (text == null || text.isBlank()) {
            return "an I/O error (" + e.getClass().getSimpleName() + ")";
        }
        String words = KERNEL_WORDS.get(text.strip().toLowerCase(Locale.ROOT));
        return words != null ? words : MessageText.line(text);
    }
}
