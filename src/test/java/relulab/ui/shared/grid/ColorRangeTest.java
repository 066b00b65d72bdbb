package relulab.ui.shared.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import relulab.core.Shape;
import relulab.core.Tensor3;

class ColorRangeTest {

    private static final Shape TWO_SLICES = new Shape(2, 1, 3);

    @Test
    void wholeTensorScopeUsesTheLargestMagnitudeOfAllTensorsEverywhere() {
        Tensor3 x = Tensor3.of(TWO_SLICES, new double[] {-4, 1, 0, 2, 0.5, -1});
        Tensor3 dout = Tensor3.of(TWO_SLICES, new double[] {0, 0, 0, 0, 0, 3});

        ColorRange range = ColorRange.of(ColorScope.WHOLE_TENSOR, x, dout);

        assertEquals(4.0, range.limit(0));
        assertEquals(4.0, range.limit(1));
    }

    @Test
    void perChannelScopeGivesEachSliceItsOwnLimit() {
        Tensor3 x = Tensor3.of(TWO_SLICES, new double[] {-4, 1, 0, 2, 0.5, -1});

        ColorRange range = ColorRange.of(ColorScope.PER_CHANNEL, x);

        assertEquals(4.0, range.limit(0));
        assertEquals(2.0, range.limit(1));
        assertEquals(4.0, range.maxLimit());
    }

    @Test
    void nanAndInfinitiesDoNotStretchTheScale() {
        Tensor3 x = Tensor3.of(TWO_SLICES, new double[] {Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 0.25, 0, 0});

        assertEquals(0.25, ColorRange.of(ColorScope.WHOLE_TENSOR, x).limit(0));
    }
}
