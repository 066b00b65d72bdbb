package relulab.ui.shared.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import relulab.core.Shape;
import relulab.core.Tensor3;

/** A tensor too large for a picture is wrapped and sampled so that the whole of it fits. */
class PictureTilingTest {

    private static final int GAP = 14;
    private static final int CAPTION = 18;

    @Test
    void aSixteenMebiCellRowIsWrappedIntoABlockThatFits() {
        PictureTiling tiling = PictureTiling.of(new Shape(1, 1, 16 << 20), 380, 240, GAP, CAPTION);

        assertTrue(tiling.wrap() > 0);
        assertTrue(tiling.drawn().height() > 50, "lines, not one line: " + tiling.drawn());
        MosaicLayout layout = MosaicLayout.whole(tiling.drawn(), 380, 240, GAP, CAPTION, MosaicLayout.MAX_FIT_CELL);
        assertTrue(layout.contentWidth() <= 380 && layout.contentHeight() <= 240, layout.toString());
    }

    @Test
    void drawnCellsComeFromTheirPlacesInTheTensor() {
        Shape shape = new Shape(1, 1, 10);
        Tensor3 t = Tensor3.generate(shape, i -> i);
        PictureTiling tiling = new PictureTiling(shape, 4, 1, new Shape(1, 3, 4));

        Tensor3 drawn = tiling.apply(t);

        assertEquals(5.0, drawn.get(0, 1, 1), "line 1, column 1 is value 4 + 1");
        assertTrue(tiling.padding().test(new Shape(1, 3, 4).index(0, 2, 3)), "after the row's end");
        PictureTiling sampled = new PictureTiling(new Shape(2, 4, 4), 0, 2, new Shape(2, 2, 2));
        assertEquals(new Shape(2, 4, 4).index(1, 2, 2), sampled.source(new Shape(2, 2, 2).index(1, 1, 1)), "every 2nd");
    }

    @Test
    void aTensorThatFitsIsDrawnAsItIs() {
        PictureTiling tiling = PictureTiling.of(new Shape(3, 5, 6), 380, 240, GAP, CAPTION);
        assertTrue(tiling.identity());
    }
}
