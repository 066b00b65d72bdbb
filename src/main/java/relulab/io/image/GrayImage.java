package relulab.io.image;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import javax.imageio.ImageIO;
import relulab.core.text.Reason;

/**
 * A grayscale picture as brightness values in [0, 1], row-major, top row first:
 * pixel (r, c) is {@code values[r*width + c]}.
 *
 * <p>Read with {@link ImageIO}. A one-band image (8- or 16-bit gray) keeps its stored levels,
 * divided by the largest level; a colour image becomes its luma
 * {@code 0.299 R + 0.587 G + 0.114 B} (ITU-R BT.601), divided by 255. (Asking a gray image for
 * RGB would pass it through a colour-space conversion and change its levels.)
 */
public record GrayImage(int height, int width, double[] values) {

    public GrayImage {
        Objects.requireNonNull(values, "values");
        if (height < 1 || width < 1 || (long) height * width != values.length) {
            throw new IllegalArgumentException("a " + height + "\u00D7" + width + " picture needs "
                    + (long) height * width + " values, got " + values.length);
        }
        values = values.clone();
    }

    /** A copy of the brightness values. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * Reads a picture from a classpath resource such as {@code /relulab/assets/images/sample.png}.
     *
     * @throws PictureException naming the resource when it is missing, not an image or unreadable
     */
    public static GrayImage readResource(String resource) throws IOException {
        try (InputStream in = GrayImage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new PictureException(Reason.of(GrayImage.class, "picture.missing", resource), null);
            }
            return read(in, resource);
        }
    }

    /**
     * Reads a picture from a stream; {@code name} says where it came from in messages.
     *
     * @throws PictureException naming the source when the bytes are not an image ImageIO can read
     */
    public static GrayImage read(InputStream in, String name) throws PictureException {
        BufferedImage image;
        try {
            image = ImageIO.read(in);
        } catch (IOException | RuntimeException e) {
            throw new PictureException(
                    Reason.of(GrayImage.class, "picture.damaged", name, String.valueOf(e.getMessage())), e);
        }
        if (image == null) {
            throw new PictureException(Reason.of(GrayImage.class, "picture.format", name), null);
        }
        return of(image);
    }

    /** The brightness of every pixel of {@code image}. */
    public static GrayImage of(BufferedImage image) {
        int height = image.getHeight();
        int width = image.getWidth();
        double[] values = new double[height * width];
        Raster raster = image.getRaster();
        if (raster.getNumBands() == 1) {
            double max = (1 << image.getColorModel().getComponentSize(0)) - 1;
            for (int r = 0; r < height; r++) {
                for (int c = 0; c < width; c++) {
                    values[r * width + c] = raster.getSample(c, r, 0) / max;
                }
            }
        } else {
            for (int r = 0; r < height; r++) {
                for (int c = 0; c < width; c++) {
                    int rgb = image.getRGB(c, r);
                    values[r * width + c] =
                            (0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF)) / 255.0;
                }
            }
        }
        return new GrayImage(height, width, values);
    }
}
