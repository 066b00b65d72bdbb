package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/** An I/O failure that reaches the command line raw still names its file and says why in words. */
class UserErrorTest {

    @Test
    void aFileSystemFailureNamesTheFileQuotedAndTheReasonInWords() {
        assertEquals(
                "'/tmp/x.npy/m.json': a folder in its path is a file",
                UserError.messageOf(new FileSystemException("/tmp/x.npy/m.json", null, "Not a directory")));
        assertEquals(
                "'/mnt/ro/\\u001B[2Jm.json': the disk is read-only",
                UserError.messageOf(new FileSystemException("/mnt/ro/\u001b[2Jm.json", null, "Read-only file system")));
    }

    @Test
    void aFailureWithoutAMessageIsSaidInWordsNotByItsClassName() {
        assertEquals(
                "a file could not be read or written: the program is stopping",
                UserError.messageOf(new ClosedChannelException()));
        assertEquals(
                "a file could not be read or written: the program is stopping",
                UserError.messageOf(new UncheckedIOException(new ClosedChannelException())));
    }
}
