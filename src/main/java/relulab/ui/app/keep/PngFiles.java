package relulab.ui.app.keep;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import relulab.io.OutputSet;

/** Writes pictures as PNG files, all or nothing ({@link OutputSet}): a failure leaves nothing half-written. */
public final class PngFiles {

    private PngFiles() {}

    /** Writes {@code image} to {@code file} as PNG, replacing it atomically. */
    public static void write(Path file, BufferedImage image) throws IOException {
        try (OutputSet set = new OutputSet()) {
            try (OutputStream out = Channels.newOutputStream(set.stage(file))) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException(file.getFileName() + ": cannot be written: no PNG writer in this Java");
                }
            }
            set.commit();
        }
    }
}
