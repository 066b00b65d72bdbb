package relulab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CorrelationTest {

    /** The pairwise form rounds differently from the plain sum of 9 products. */
    private static final double TOLERANCE = 1e-12;

    /** A Sobel kernel for x: odd, as the method requires. */
    private static final double[] SOBEL_X = {-1, 0, 1, -2, 0, 2, -1, 0, 1};

    /** The textbook double sum with replicated borders, to check the pairwise form against. */
    private static double[] plainCorrelation(double[] image, int h, int w, double[] k, int size) {
        double[] out = new double[h * w];
        int half = size / 2;
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                for (int i = 0; i < size; i++) {
                    for (int j = 0; j < size; j++) {
                        int rr = Math.max(0, Math.min(h - 1, r + i - half));
                        int cc = Math.max(0, Math.min(w - 1, c + j - half));
                        out[r * w + c] += k[i * size + j] * image[rr * w + cc];
                    }
                }
            }
        }
        return out;
    }

    @Test
    void agreesWithThePlainDoubleSumOnARandomPicture() {
        Random random = new Random(7);
        double[] image = new double[6 * 8];
        for (int i = 0; i < image.length; i++) {
            image[i] = random.nextDouble();
        }
        assertArrayEquals(
                plainCorrelation(image, 6, 8, SOBEL_X, 3), Correlation.sameOdd(image, 6, 8, SOBEL_X, 3), TOLERANCE);
        double[] k5 = EdgeFilters.kernel(3);
        assertArrayEquals(plainCorrelation(image, 6, 8, k5, 5), Correlation.sameOdd(image, 6, 8, k5, 5), TOLERANCE);
    }

    @Test
    void repeatsTheBorderPixelsSoAFlatPictureHasNoFalseEdgeAtTheBorder() {
        double[] image = {5, 5, 5, 5, 5, 5};
        assertArrayEquals(new double[6], Correlation.sameOdd(image, 2, 3, SOBEL_X, 3));
    }

    @Test
    void aVerticalEdgeGivesAPositiveResponseWhereBrightnessRises() {
        double[] image = {0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1};
        double[] out = Correlation.sameOdd(image, 3, 4, SOBEL_X, 3);
        assertEquals(4.0, out[1 * 4 + 1]);
        assertEquals(4.0, out[1 * 4 + 2]);
        assertEquals(0.0, out[1 * 4 + 0]);
    }

    @Test
    void refusesAKernelThatIsNotOdd() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Correlation.sameOdd(new double[4], 2, 2, new double[] {1, 0, 1, 0, 0, 0, 1, 0, 1}, 3));
    }

    @Test
    void refusesAKernelOfEvenSideOrWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> Correlation.sameOdd(new double[4], 2, 2, new double[4], 2));
        assertThrows(IllegalArgumentException.class, () -> Correlation.sameOdd(new double[4], 2, 2, new double[8], 3));
    }

    @Test
    void refusesAnImageOfTheWrongLength() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Correlation.sameOdd(new double[5], 2, 3, SOBEL_X, 3));
        assertEquals("an image of 2\u00D73 needs 6 pixels, got 5", e.getMessage());
    }
}
