package relulab.ui.app.keep;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import relulab.io.AtomicFile;

/** Writes pictures as PNG files, atomically: a failure leaves nothing half-written. */
public final class PngFiles {

    private PngFiles() {
    }

    /** Writes {@code image} to {@code file} as PNG, replacing it atomically. */
    public static void write(Path file, BufferedImage image) throws IOException {
        AtomicFile.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer in this Java");
            }
        });
    }
}
