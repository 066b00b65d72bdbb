package relulab.ui.shared.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import relulab.core.Shape;
import relulab.core.Tensor3;

class ColorRangeTest {

    private static final Shape TWO_SLICES = new Shape(2, 1, 3);

    @Test
    void wholeTensorScaleUsesTheLargestMagnitudeOfAllTensorsEverywhere() {
        Tensor3 x = Tensor3.of(TWO_SLICES, new double[] {-4, 1, 0, 2, 0.5, -1});
        Tensor3 dout = Tensor3.of(TWO_SLICES, new double[] {0, 0, 0, 0, 0, 3});

        ColorRange range = ColorRange.of(false, null, x, dout);

        assertEquals(4.0, range.limit(0));
        assertEquals(4.0, range.limit(1));
        assertFalse(range.perChannel());
    }

    @Test
    void perChannelScaleGivesEachSliceItsOwnLimit() {
        Tensor3 x = Tensor3.of(TWO_SLICES, new double[] {-4, 1, 0, 2, 0.5, -1});

        ColorRange range = ColorRange.of(true, null, x);

        assertEquals(4.0, range.limit(0));
        assertEquals(2.0, range.limit(1));
        assertEquals(4.0, range.maxLimit());
    }

    @Test
    void nanAndInfinitiesDoNotStretchTheScale() {
        Tensor3 x = Tensor3.of(
                TWO_SLICES, new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.25, 0, 0});

        assertEquals(0.25, ColorRange.of(false, null, x).limit(0));
    }

    @Test
    void oneHugeValueAmongOrdinaryOnesIsBeyondTheScaleInsteadOfWhiteningIt() {
        // 15 values 1..15 and one 1e308: the 99th percentile (rank ⌊0.99 · 15⌋ = 14) is 15.
        double[] v = new double[16];
        for (int i = 0; i < 15; i++) {
            v[i] = i + 1;
        }
        v[15] = -1e308;
        ColorRange range = ColorRange.of(false, null, Tensor3.of(new Shape(1, 4, 4), v));

        assertEquals(15.0, range.limit(0));
        assertTrue(range.beyond(0, -1e308));
        assertFalse(range.beyond(0, 15));
        assertFalse(range.beyond(0, Double.POSITIVE_INFINITY), "infinities have marks of their own");
    }

    @Test
    void aLargestValueWithinTenTimesThePercentileKeepsTheWholeRange() {
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 140};
        ColorRange range = ColorRange.of(false, null, Tensor3.of(new Shape(1, 4, 4), v));

        assertEquals(140.0, range.limit(0), "140 ≤ 10 × 15: not an outlier");
    }

    @Test
    void aSingleNonZeroValueAmongZerosSetsTheScale() {
        double[] v = new double[200];
        v[7] = -5;
        ColorRange range = ColorRange.of(false, null, Tensor3.of(new Shape(1, 10, 20), v));

        assertEquals(5.0, range.limit(0), "the percentile is 0, so the maximum is kept");
    }

    @Test
    void aPredicateLimitsTheScaleToTheCellsItAccepts() {
        Tensor3 x = Tensor3.of(TWO_SLICES, new double[] {-4, 9, -1, 2, 0.5, -3});

        assertEquals(4.0, ColorRange.of(false, i -> x.get(i) < 0, x).limit(1));
    }

    @Test
    void theRobustLimitIsTheSameAsSortingTheMagnitudes() {
        Random random = new Random(3);
        for (int n = 1; n < 300; n += 7) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = random.nextInt(5) == 0 ? random.nextInt(3) : random.nextGaussian() * (i == 0 ? 1e6 : 1);
            }
            double[] sorted = v.clone();
            for (int i = 0; i < n; i++) {
                sorted[i] = Math.abs(sorted[i]);
            }
            java.util.Arrays.sort(sorted);
            int leftOut = Math.max(0, Math.min((int) Math.ceil(n / 100.0), n - 2));
            double p = sorted[n - 1 - leftOut];
            double max = sorted[n - 1];
            double expected = max == 0 ? 1 : p > 0 && max > ColorRange.OUTLIER_FACTOR * p ? p : max;

            assertEquals(
                    expected,
                    ColorRange.of(false, null, Tensor3.of(new Shape(1, 1, n), v))
                            .limit(0),
                    "n = " + n);
        }
    }

    @Test
    void twoValuesGetAScaleThatCoversBoth() {
        ColorRange range = ColorRange.of(false, null, Tensor3.of(new Shape(1, 1, 2), new double[] {1, 100}));

        assertEquals(100.0, range.limit(0));
        assertFalse(range.beyond(0, 100), "100 has its own colour, not the one of 1");
    }

    @Test
    void theScaleLeavesOutAtMostOnePercentOfTheCellsAndCoversAtLeastTwo() {
        Random random = new Random(11);
        for (int n = 2; n < 700; n += 13) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                // A few huge outliers among ordinary values: as many as the rule could want to drop.
                v[i] = random.nextInt(20) == 0 ? 1e300 * random.nextDouble() : random.nextGaussian();
            }
            ColorRange range = ColorRange.of(false, null, Tensor3.of(new Shape(1, 1, n), v));
            long beyond =
                    java.util.Arrays.stream(v).filter(x -> range.beyond(0, x)).count();

            assertTrue(beyond <= Math.ceil(n / 100.0), n + " cells, " + beyond + " beyond the scale");
            assertTrue(n - beyond >= 2, n + " cells, " + beyond + " beyond the scale");
        }
    }

    @Test
    void aTensorWithNothingToScaleGetsTheUnitScale() {
        double[] payloads = new double[4];
        for (int i = 0; i < payloads.length; i++) {
            payloads[i] = Double.longBitsToDouble(0x7ff8_0000_0000_0001L + i);
        }
        Tensor3 nan = Tensor3.of(new Shape(1, 2, 2), payloads);

        assertEquals(1.0, ColorRange.of(false, null, nan).limit(0), "NaN payloads: not 0, not 4.9e-324");
        assertEquals(
                1.0,
                ColorRange.of(true, null, Tensor3.zeros(new Shape(2, 2, 2))).limit(1),
                "all zeros");
    }
}
