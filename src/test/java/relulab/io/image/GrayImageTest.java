package relulab.io.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class GrayImageTest {

    /** Luma weights give fractions of 255 that are not exact in binary. */
    private static final double LUMA_TOLERANCE = 1e-12;

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void readsAGrayPngKeepingItsLevels() throws IOException {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSamples(0, 0, 3, 2, 0, new int[] {0, 51, 102, 153, 204, 255});
        GrayImage gray = GrayImage.read(new ByteArrayInputStream(png(image)), "test.png");
        assertEquals(2, gray.height());
        assertEquals(3, gray.width());
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, gray.values());
    }

    @Test
    void readsSixteenBitGrayOnItsOwnScale() {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_USHORT_GRAY);
        image.getRaster().setSamples(0, 0, 2, 1, 0, new int[] {0, 65535});
        assertArrayEquals(new double[] {0, 1}, GrayImage.of(image).values());
    }

    @Test
    void turnsAColourPictureIntoItsLuma() {
        BufferedImage image = new BufferedImage(3, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF0000);
        image.setRGB(1, 0, 0x00FF00);
        image.setRGB(2, 0, 0xFFFFFF);
        assertArrayEquals(new double[] {0.299, 0.587, 1.0}, GrayImage.of(image).values(), LUMA_TOLERANCE);
    }

    @Test
    void aMissingResourceIsNamedInTheMessage() {
        IOException e = assertThrows(IOException.class, () -> GrayImage.readResource("/relulab/nowhere.png"));
        assertEquals("the picture /relulab/nowhere.png is missing from the program", e.getMessage());
    }

    @Test
    void bytesThatAreNoImageAreRefusedByName() {
        IOException e =
                assertThrows(IOException.class, () -> GrayImage.readResource("/relulab/io/image/not-an-image.png"));
        assertEquals(
                "the picture /relulab/io/image/not-an-image.png is not an image format the "
                        + "program reads (PNG, JPEG, GIF or BMP)",
                e.getMessage());
    }

    @Test
    void aDamagedPngIsRefusedByName() {
        IOException e = assertThrows(IOException.class, () -> GrayImage.readResource("/relulab/io/image/damaged.png"));
        assertTrue(e.getMessage().startsWith("the picture /relulab/io/image/damaged.png is damaged"), e.getMessage());
    }

    @Test
    void valuesAreCopiedInAndOut() {
        double[] values = {0.5};
        GrayImage image = new GrayImage(1, 1, values);
        values[0] = 1;
        image.values()[0] = 1;
        assertEquals(0.5, image.values()[0]);
    }

    @Test
    void refusesAWrongNumberOfValues() {
        assertThrows(IllegalArgumentException.class, () -> new GrayImage(2, 2, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> new GrayImage(0, 2, new double[0]));
    }
}
