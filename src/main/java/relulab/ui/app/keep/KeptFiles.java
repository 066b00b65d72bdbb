package relulab.ui.app.keep;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the small files the window keeps for itself (preferences) safely: only a regular file
 * is opened — a FIFO would block the reader until someone writes to it, {@code /dev/zero} never
 * ends — and never more than a limit, so a hostile or damaged file costs nothing but a line in
 * the log. Call off the FX thread.
 */
final class KeptFiles {

    private KeptFiles() {}

    /**
     * The file's bytes.
     *
     * @throws IOException when it is missing, not a regular file, larger than {@code limit}
     *                     bytes, or cannot be read
     */
    static byte[] read(Path file, int limit) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new IOException("not a regular file");
        }
        if (attributes.size() > limit) {
            throw new IOException("larger than " + limit + " bytes");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new IOException("larger than " + limit + " bytes");
            }
            return bytes;
        }
    }
}
