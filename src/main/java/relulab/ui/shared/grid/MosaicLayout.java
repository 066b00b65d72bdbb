package relulab.ui.shared.grid;

import java.util.Optional;
import relulab.core.Shape;

/**
 * Where a tensor's cells go on a grid: all depth slices side by side as a mosaic when they
 * fit the viewport with cells at least {@link #MIN_MOSAIC_CELL} pixels wide, otherwise one
 * slice at a time (the view then offers a depth selector) until the user zooms out, which
 * brings back the mosaic with smaller cells ({@link #fit}).
 *
 * <p>Cells are square with an integer size in pixels, so cell borders fall on pixel borders.
 * In a mosaic of {@code k} columns, slice {@code d} sits in column {@code d mod k} and row
 * {@code d div k}; each slice has a caption strip of {@code caption} pixels above it and a
 * {@code gap} between it and its neighbours. Coordinates are content coordinates: (0, 0) is
 * the top-left of the whole mosaic, before scrolling.
 *
 * @param shape     the tensor's shape
 * @param cell      the cell size in pixels
 * @param columns   slices per mosaic row
 * @param shown     the one slice shown, or −1 when all slices are shown
 * @param gap       pixels between slices
 * @param caption   pixels of caption above each slice
 */
public record MosaicLayout(Shape shape, int cell, int columns, int shown, int gap, int caption) {

    /** The smallest cell size at which all slices are shown at once. */
    public static final int MIN_MOSAIC_CELL = 6;
    /** The largest cell size the automatic fit picks; zoom can go beyond. */
    public static final int MAX_FIT_CELL = 64;
    /** The largest cell size at any zoom. */
    public static final int MAX_CELL = 240;

    public MosaicLayout {
        if (cell < 1 || columns < 1) {
            throw new IllegalArgumentException("cell size and columns must be positive");
        }
        if (shown >= shape.depth()) {
            throw new IllegalArgumentException("slice " + shown + " outside shape " + shape);
        }
    }

    /**
     * The layout that fits the viewport best at zoom 1, then scaled by {@code zoom}.
     *
     * <p>When all slices fit side by side with cells of at least {@link #MIN_MOSAIC_CELL}, they
     * are all shown. Otherwise zoom 1 and above show one slice, sized to fit; zooming out
     * (zoom below 1) shrinks the cells and shows every slice again, as many side by side as the
     * width allows, the rest below them (scrolling), never with cells below
     * {@link #MIN_MOSAIC_CELL}.
     *
     * @param depth the slice to show if only one is shown
     */
    public static MosaicLayout fit(
            Shape shape, double viewWidth, double viewHeight, double zoom, int depth, int gap, int caption) {
        int slices = shape.depth();
        double best = 0;
        int bestColumns = 1;
        for (int k = 1; k <= slices; k++) {
            int rows = (slices + k - 1) / k;
            double byWidth = (viewWidth - (k - 1) * gap) / ((double) k * shape.width());
            double byHeight = (viewHeight - rows * caption - (rows - 1) * gap) / ((double) rows * shape.height());
            double size = Math.min(byWidth, byHeight);
            if (size > best) {
                best = size;
                bestColumns = k;
            }
        }
        if (slices == 1 || Math.floor(best) >= MIN_MOSAIC_CELL) {
            return new MosaicLayout(shape, zoomed(best, zoom), bestColumns, -1, gap, caption);
        }
        int cell = zoomed(Math.min(viewWidth / shape.width(), (viewHeight - caption) / shape.height()), zoom);
        if (zoom < 1) {
            cell = Math.max(MIN_MOSAIC_CELL, cell);
            int columns = (int) Math.floor((viewWidth + gap) / ((double) cell * shape.width() + gap));
            return new MosaicLayout(shape, cell, Math.max(1, Math.min(slices, columns)), -1, gap, caption);
        }
        return new MosaicLayout(shape, cell, 1, Math.max(0, Math.min(slices - 1, depth)), gap, caption);
    }

    /** The fitted cell size (at most {@link #MAX_FIT_CELL}) scaled by zoom (at most {@link #MAX_CELL}). */
    private static int zoomed(double fitted, double zoom) {
        int fitCell = (int) Math.max(1, Math.min(MAX_FIT_CELL, Math.floor(fitted)));
        return (int) Math.max(1, Math.min(MAX_CELL, Math.round(fitCell * zoom)));
    }

    /** Zoom limits: from a quarter to eight times the fitted cell size. */
    public static double clampZoom(double zoom) {
        return Math.max(0.25, Math.min(8, zoom));
    }

    /** Whether every slice is on screen at once. */
    public boolean mosaic() {
        return shown < 0;
    }

    /** Whether slice d is part of this layout. */
    public boolean shows(int d) {
        return mosaic() ? d >= 0 && d < shape.depth() : d == shown;
    }

    public int sliceWidth() {
        return cell * shape.width();
    }

    public int sliceHeight() {
        return cell * shape.height();
    }

    private int shownSlices() {
        return mosaic() ? shape.depth() : 1;
    }

    private int usedColumns() {
        return Math.min(columns, shownSlices());
    }

    private int rows() {
        return (shownSlices() + columns - 1) / columns;
    }

    public double contentWidth() {
        int k = usedColumns();
        return (double) k * sliceWidth() + (k - 1) * gap;
    }

    public double contentHeight() {
        int rows = rows();
        return (double) rows * (sliceHeight() + caption) + (rows - 1) * gap;
    }

    /** Left edge of slice d's cells. */
    public double sliceX(int d) {
        int position = mosaic() ? d % columns : 0;
        return position * (double) (sliceWidth() + gap);
    }

    /** Top edge of slice d's cells (its caption is the strip just above). */
    public double sliceY(int d) {
        int row = mosaic() ? d / columns : 0;
        return row * (double) (sliceHeight() + caption + gap) + caption;
    }

    /** The cell under content point (x, y), if any. */
    public Optional<CellIndex> hit(double x, double y) {
        if (x < 0 || y < 0) {
            return Optional.empty();
        }
        int col = (int) (x / (sliceWidth() + gap));
        int row = (int) (y / (sliceHeight() + caption + gap));
        int d = mosaic() ? row * columns + col : shown;
        if (col >= usedColumns() || (mosaic() && d >= shape.depth()) || (!mosaic() && row > 0)) {
            return Optional.empty();
        }
        double localX = x - sliceX(d);
        double localY = y - sliceY(d);
        if (localX < 0 || localY < 0 || localX >= sliceWidth() || localY >= sliceHeight()) {
            return Optional.empty();
        }
        return Optional.of(new CellIndex(d, (int) (localY / cell), (int) (localX / cell)));
    }
}
