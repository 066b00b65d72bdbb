package relulab.ui.app.keep;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import relulab.core.text.Reason;
import relulab.io.IoReason;
import relulab.io.OutputSet;
import relulab.io.TensorFileException;

/** Writes pictures as PNG files, all or nothing ({@link OutputSet}): a failure leaves nothing half-written. */
public final class PngFiles {

    private PngFiles() {}

    /**
     * Writes {@code image} to {@code file} as PNG, replacing it atomically. A failure is a
     * {@link TensorFileException} that names the file and gives the reason in words ({@link IoReason}):
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
            throw new TensorFileException(file, Reason.of(TensorFileException.class, "file.cannotWrite", reason(e)), e);
        }
    }

    /** The reason in words, from the innermost I/O failure: ImageIO wraps the real one. */
    static Reason reason(IOException e) {
        IOException innermost = e;
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                innermost = io;
            }
        }
        return innermost instanceof IIOException
                ? Reason.of(PngFiles.class, "png.notEncoded")
                : IoReason.reason(innermost);
    }
}
