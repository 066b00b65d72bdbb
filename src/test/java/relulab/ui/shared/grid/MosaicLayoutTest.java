package relulab.ui.shared.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import relulab.core.Shape;

class MosaicLayoutTest {

    private static final int GAP = 10;
    private static final int CAPTION = 16;

    @Test
    void slicesThatFitAreAllShownSideBySideWithTheLargestCells() {
        MosaicLayout layout = MosaicLayout.fit(new Shape(3, 4, 4), 400, 240, 1.0, 0, GAP, CAPTION);

        assertTrue(layout.mosaic());
        assertEquals(3, layout.columns());
        assertEquals((400 - 2 * GAP) / 12, layout.cell());
        assertTrue(layout.contentWidth() <= 400 && layout.contentHeight() <= 240);
    }

    @Test
    void tooManySlicesShowOneSliceAtATimeFittedToTheView() {
        MosaicLayout layout = MosaicLayout.fit(new Shape(64, 128, 128), 400, 300, 1.0, 7, GAP, CAPTION);

        assertFalse(layout.mosaic());
        assertTrue(layout.shows(7));
        assertFalse(layout.shows(6));
        assertEquals(2, layout.cell(), "min(400/128, 284/128) rounded down");
    }

    @Test
    void zoomingOutOfOneSliceShowsEverySliceSideBySideDownToTheSmallestCell() {
        Shape shape = new Shape(16, 16, 16);
        MosaicLayout one = MosaicLayout.fit(shape, 400, 300, 1.0, 3, GAP, CAPTION);
        assertFalse(one.mosaic(), "16 slices of 16 × 16 do not fit 400 × 300 with 6-pixel cells");

        MosaicLayout out = MosaicLayout.fit(shape, 400, 300, 0.5, 3, GAP, CAPTION);

        assertTrue(out.mosaic());
        assertTrue(out.shows(0) && out.shows(15));
        assertEquals(Math.round(one.cell() * 0.5), out.cell());
        assertEquals((400 + GAP) / (out.cell() * 16 + GAP), out.columns(), "as many side by side as the width holds");

        MosaicLayout furthest = MosaicLayout.fit(shape, 400, 300, 0.25, 3, GAP, CAPTION);
        assertEquals(MosaicLayout.MIN_MOSAIC_CELL, furthest.cell(), "never below the smallest mosaic cell");
        assertTrue(furthest.columns() > out.columns());
    }

    @Test
    void zoomScalesTheFittedCellSize() {
        MosaicLayout fitted = MosaicLayout.fit(new Shape(1, 4, 4), 200, 200, 1.0, 0, GAP, CAPTION);
        MosaicLayout zoomed = MosaicLayout.fit(new Shape(1, 4, 4), 200, 200, 2.0, 0, GAP, CAPTION);

        assertEquals(2 * fitted.cell(), zoomed.cell());
        assertTrue(zoomed.contentWidth() > 200);
    }

    @Test
    void hitFindsTheCellUnderAPointAndNothingInTheGaps() {
        MosaicLayout layout = new MosaicLayout(new Shape(3, 2, 2), 20, 2, -1, GAP, CAPTION);

        // Slice 2 is the first of the second mosaic row.
        double x = layout.sliceX(2) + 1.5 * 20;
        double y = layout.sliceY(2) + 0.5 * 20;
        assertEquals(Optional.of(new CellIndex(2, 0, 1)), layout.hit(x, y));
        assertEquals(Optional.empty(), layout.hit(layout.sliceWidth() + GAP / 2.0, CAPTION + 5));
        assertEquals(Optional.empty(), layout.hit(5, CAPTION / 2.0), "captions are not cells");
        assertEquals(Optional.empty(), layout.hit(layout.sliceX(1) + 5, layout.sliceY(2) + 5), "no slice 3");
    }

    @Test
    void zoomIsKeptBetweenAQuarterAndEightTimes() {
        assertEquals(0.25, MosaicLayout.clampZoom(0.01));
        assertEquals(8, MosaicLayout.clampZoom(100));
        assertEquals(1.5, MosaicLayout.clampZoom(1.5));
    }

    @Test
    void theArrangementIsARowAColumnOrAGridWhicheverGivesTheLargestCells() {
        Shape shape = new Shape(3, 5, 6);
        assertEquals(3, MosaicLayout.measure(shape, 900, 150, GAP, CAPTION).columns(), "a wide view: a row");
        assertEquals(1, MosaicLayout.measure(shape, 150, 900, GAP, CAPTION).columns(), "a tall view: a column");
        assertEquals(
                2,
                MosaicLayout.measure(new Shape(4, 5, 5), 400, 400, GAP, CAPTION).columns(),
                "square: 2 × 2");
    }

    @Test
    void whenEverySliceWouldBeTooSmallForNumbersOneSliceIsShownLegibly() {
        Shape shape = new Shape(3, 5, 6);
        int legible = 30;
        MosaicLayout.Room room = MosaicLayout.measure(shape, 300, 200, GAP, CAPTION);
        assertTrue(room.mosaicCell() < legible && room.sliceCell() >= legible, room.toString());

        MosaicLayout layout = MosaicLayout.fit(shape, 300, 1.0, 2, GAP, CAPTION, room, legible);

        assertFalse(layout.mosaic());
        assertTrue(layout.shows(2));
        assertEquals(room.sliceCell(), layout.cell());
        MosaicLayout roomy = MosaicLayout.fit(
                shape, 900, 1.0, 2, GAP, CAPTION, MosaicLayout.measure(shape, 900, 300, GAP, CAPTION), legible);
        assertTrue(roomy.mosaic() && roomy.cell() >= legible, "with room for numbers, every slice");
    }

    @Test
    void viewsSharingTheirRoomDrawOneCellSize() {
        Shape shape = new Shape(4, 8, 8);
        MosaicLayout.Room big = MosaicLayout.measure(shape, 420, 300, GAP, CAPTION);
        MosaicLayout.Room small = MosaicLayout.measure(shape, 410, 250, GAP, CAPTION);
        MosaicLayout.Room shared = big.sharedWith(small);

        MosaicLayout a = MosaicLayout.fit(shape, 420, 1.0, 0, GAP, CAPTION, shared, 20);
        MosaicLayout b = MosaicLayout.fit(shape, 410, 1.0, 0, GAP, CAPTION, small.sharedWith(big), 20);

        assertEquals(a.cell(), b.cell());
        assertEquals(a.mosaic(), b.mosaic());
        assertTrue(a.contentWidth() <= 420 && a.contentHeight() <= 300);
        assertTrue(b.contentWidth() <= 410 && b.contentHeight() <= 250);
    }

    @Test
    void zoomingOutNeverEnlargesTheCells() {
        Random random = new Random(19);
        for (int trial = 0; trial < 2000; trial++) {
            Shape shape = new Shape(1 + random.nextInt(40), 1 + random.nextInt(130), 1 + random.nextInt(130));
            double w = 20 + random.nextInt(900);
            double h = 20 + random.nextInt(700);
            int legible = 6 + random.nextInt(60);
            MosaicLayout.Room room = MosaicLayout.measure(shape, w, h, GAP, CAPTION);
            int before = Integer.MAX_VALUE;
            for (double zoom = 8; zoom >= 0.25; zoom /= 1.15) {
                int cell = MosaicLayout.fit(shape, w, zoom, 0, GAP, CAPTION, room, legible)
                        .cell();
                assertTrue(cell <= before, shape + " in " + w + "×" + h + ": " + before + " → " + cell + " at " + zoom);
                before = cell;
            }
        }
    }

    @Test
    void aPictureShowsEverySliceInsideTheViewWhateverTheCellSize() {
        MosaicLayout layout =
                MosaicLayout.whole(new Shape(64, 32, 32), 800, 600, GAP, CAPTION, MosaicLayout.MAX_FIT_CELL);

        assertTrue(layout.mosaic());
        assertTrue(layout.contentWidth() <= 800 && layout.contentHeight() <= 600, layout.toString());
        assertTrue(layout.cell() < MosaicLayout.MIN_MOSAIC_CELL);
    }
}
