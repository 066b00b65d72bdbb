package relulab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** Every I/O failure is worded as the user knows it: the disk is full, read-only, not a folder. */
class IoReasonTest {

    @Test
    void theKernelsReasonsAreSaidInWords() {
        assertEquals("the disk is full", IoReason.of(new IOException("No space left on device")));
        assertEquals(
                "the disk is read-only",
                IoReason.of(new FileSystemException("/mnt/o/out.npy", null, "Read-only file system")));
        assertEquals(
                "a folder in its path is a file",
                IoReason.of(new FileSystemException("/tmp/x.npy/m.json", null, "Not a directory")));
        assertEquals("it is a folder", IoReason.of(new IOException("Is a directory")));
        assertEquals("the disk quota is used up", IoReason.of(new IOException("Disk quota exceeded")));
        assertEquals("permission denied", IoReason.of(new AccessDeniedException("/root/x")));
        assertEquals("no such file or folder", IoReason.of(new NoSuchFileException("/nowhere/x")));
    }

    @Test
    void aChannelClosedUnderAWriteMeansTheProgramIsStopping() {
        assertEquals("the program is stopping", IoReason.of(new ClosedChannelException()));
        assertEquals("the program is stopping", IoReason.of(new AsynchronousCloseException()));
        assertEquals("the program is stopping", IoReason.of(new IOException("closed")));
    }

    @Test
    void anUnknownReasonIsKeptAndAMissingOneNamesTheFailure() {
        assertEquals("Exec format error", IoReason.of(new IOException("Exec format error")));
        assertEquals("an I/O error (IOException)", IoReason.of(new IOException()));
    }

    @Test
    void tensorFileMessagesUseTheSameWords() {
        assertEquals("the disk is full", TensorFileException.reasonOf(new IOException("No space left on device")));
    }
}
