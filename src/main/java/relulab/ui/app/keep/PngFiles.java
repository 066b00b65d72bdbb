package relulab.ui.app.keep;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import relulab.io.IoReason;
import relulab.io.MessageText;
import relulab.io.OutputSet;

/** Writes pictures as PNG files, all or nothing ({@link OutputSet}): a failure leaves nothing half-written. */
public final class PngFiles {

    private PngFiles() {}

    /**
     * Writes {@code image} to {@code file} as PNG, replacing it atomically. A failure is an
     * {@link IOException} whose message names the file and the reason in words ({@link IoReason}):
     * ImageIO's own is "I/O error writing PNG file!", with the reason hidden in its cause.
     */
    public static void write(Path file, BufferedImage image) throws IOException {
        try (OutputSet set = new OutputSet()) {
            try (OutputStream out = Channels.newOutputStream(set.stage(file))) {
                encode(image, out, file);
            }
            set.commit();
        }
    }

    private static void encode(BufferedImage image, OutputStream out, Path file) throws IOException {
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer in this Java");
            }
        } catch (IOException e) {
            throw new IOException(
                    MessageText.quote(String.valueOf(file.getFileName())) + ": cannot be written: " + reason(e), e);
        }
    }

    /** The reason in words, from the innermost I/O failure: ImageIO wraps the real one. */
    static String reason(IOException e) {
        IOException innermost = e;
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                innermost = io;
            }
        }
        return innermost instanceof IIOException ? "the picture could not be encoded" : IoReason.of(innermost);
    }
}
