package relulab.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes one file so that it is either all there or not changed: the content goes to a
 * temporary file beside the target, which is then moved into place in one step. A failure —
 * a full disk, a bad value found half-way — removes the temporary file and leaves any old
 * file as it was. Used for sessions, pictures and the window's autosave.
 */
public final class AtomicFile {

    /** Writes the content of a file to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code content} to {@code file}, replacing it atomically.
     *
     * @throws IOException whose message is {@code name: cannot be written: reason}, or the
     *                     content's own exception when it refused to write
     */
    public static void write(Path file, Content content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        String name = TensorFileException.nameOf(file);
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + name + ".", ".part");
        } catch (IOException e) {
            throw new IOException(name + ": cannot be written: " + TensorFileException.reasonOf(e), e);
        }
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            } catch (TensorFileException e) {
                throw e;
            } catch (IOException e) {
                throw new IOException(name + ": cannot be written: " + TensorFileException.reasonOf(e), e);
            }
            try {
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new IOException(name + ": cannot be written: " + TensorFileException.reasonOf(e), e);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
