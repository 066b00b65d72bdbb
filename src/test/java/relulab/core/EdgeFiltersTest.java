package relulab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EdgeFiltersTest {

    /** Rounding in a sum of 25 weights of size about 0.1. */
    private static final double SUM_TOLERANCE = 1e-15;

    /** A step along a diagonal is not a perfect step on the pixel grid: allow a coarse match. */
    private static final double STEP_RESPONSE_TOLERANCE = 0.15;

    private static final int N = 15;

    /** A picture of side N, 0 where {@code dir · (x, y_up) < 0} and 1 beyond. */
    private static double[] step(double degrees) {
        double cos = Math.cos(Math.toRadians(degrees));
        double sin = Math.sin(Math.toRadians(degrees));
        double[] image = new double[N * N];
        for (int r = 0; r < N; r++) {
            for (int c = 0; c < N; c++) {
                double x = c - N / 2;
                double y = N / 2 - r;
                image[r * N + c] = x * cos + y * sin > 0 ? 1 : 0;
            }
        }
        return image;
    }

    @Test
    void theEightAnglesStepByTwentyTwoAndAHalfDegrees() {
        for (int i = 0; i < EdgeFilters.COUNT; i++) {
            assertEquals(22.5 * i, EdgeFilters.angleDegrees(i));
        }
        assertThrows(IndexOutOfBoundsException.class, () -> EdgeFilters.angleDegrees(8));
        assertThrows(IndexOutOfBoundsException.class, () -> EdgeFilters.kernel(-1));
    }

    @Test
    void everyKernelIsOddSoItsWeightsSumToZero() {
        for (int i = 0; i < EdgeFilters.COUNT; i++) {
            double[] k = EdgeFilters.kernel(i);
            assertEquals(EdgeFilters.SIZE * EdgeFilters.SIZE, k.length);
            double sum = 0;
            double positive = 0;
            for (int j = 0; j < k.length; j++) {
                assertTrue(k[k.length - 1 - j] == -k[j], "mirror of weight " + j + " of filter " + i);
                sum += k[j];
                positive += Math.max(0, k[j]);
            }
            assertEquals(0, sum, SUM_TOLERANCE, "filter " + i);
            assertEquals(1, positive, SUM_TOLERANCE, "filter " + i);
        }
    }

    @Test
    void kernelZeroRespondsToBrightnessRisingToTheRight() {
        double[] k = EdgeFilters.kernel(0);
        assertTrue(k[2 * 5 + 4] > 0);
        assertTrue(k[2 * 5 + 0] < 0);
        assertEquals(0, k[0 * 5 + 2], SUM_TOLERANCE);
    }

    @Test
    void kernelFourRespondsToBrightnessRisingUpward() {
        double[] k = EdgeFilters.kernel(4);
        assertTrue(k[0 * 5 + 2] > 0, "top");
        assertTrue(k[4 * 5 + 2] < 0, "bottom");
    }

    @Test
    void aStepAlongAFilterDirectionGivesAboutPlusOneAndAgainstItAboutMinusOne() {
        int centre = (N / 2) * N + N / 2;
        for (int i = 0; i < EdgeFilters.COUNT; i++) {
            double angle = EdgeFilters.angleDegrees(i);
            Tensor3 along = EdgeFilters.featureMaps(step(angle), N, N);
            Tensor3 against = EdgeFilters.featureMaps(step(angle + 180), N, N);
            assertEquals(1, along.get(i * N * N + centre), STEP_RESPONSE_TOLERANCE, "filter " + i);
            assertEquals(-1, against.get(i * N * N + centre), STEP_RESPONSE_TOLERANCE, "filter " + i);
        }
    }

    @Test
    void theFilterAcrossAnEdgeRespondsLessThanTheOneAlongIt() {
        int centre = (N / 2) * N + N / 2;
        Tensor3 maps = EdgeFilters.featureMaps(step(0), N, N);
        double along = maps.get(0 * N * N + centre);
        double across = maps.get(4 * N * N + centre);
        assertTrue(Math.abs(across) < 0.05 * along, "across " + across + ", along " + along);
    }

    @Test
    void featureMapsHaveDepthEightAndTheImagesSize() {
        Tensor3 maps = EdgeFilters.featureMaps(new double[6 * 9], 6, 9);
        assertEquals(new Shape(8, 6, 9), maps.shape());
    }

    @Test
    void aFlatPictureGivesExactlyZeroEverywhere() {
        double[] flat = new double[7 * 5];
        java.util.Arrays.fill(flat, 0.8);
        Tensor3 maps = EdgeFilters.featureMaps(flat, 7, 5);
        for (int i = 0; i < maps.size(); i++) {
            assertEquals(0.0, maps.get(i), "element " + i);
        }
    }
}
