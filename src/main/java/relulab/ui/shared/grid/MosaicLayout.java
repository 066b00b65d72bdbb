package relulab.ui.shared.grid;

import java.util.Optional;
import relulab.core.Shape;

/**
 * Where a tensor's cells go on a grid: all depth slices as a mosaic (in a row, in a column or in
 * a grid, whichever gives the largest cells) when their cells are legible, otherwise one slice
 * at a time with larger cells (the view then offers a depth selector) until the user zooms out,
 * which brings back the mosaic with smaller cells ({@link #fit}). Views that show the same tensor
 * share their {@link Room}, so that they draw it at one cell size.
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
     * What a view's room allows a shape at zoom 1, in whole pixels: the largest cell of a mosaic of
     * every slice (with the number of slices per row that gives it: all in a row, all in a column
     * or a grid between) and the largest cell of one slice alone. At least 1 each; both at most
     * {@link #MAX_FIT_CELL}.
     */
    public record Room(int mosaicCell, int columns, int sliceCell) {

        /** The room two views of the same shape both have: the smaller cells, this view's columns. */
        public Room sharedWith(Room other) {
            return new Room(Math.min(mosaicCell, other.mosaicCell), columns, Math.min(sliceCell, other.sliceCell));
        }
    }

    /** The {@link Room} of a view of {@code viewWidth} × {@code viewHeight} pixels for {@code shape}. */
    public static Room measure(Shape shape, double viewWidth, double viewHeight, int gap, int caption) {
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
        double alone = Math.min(viewWidth / shape.width(), (viewHeight - caption) / shape.height());
        return new Room(whole(best), bestColumns, whole(alone));
    }

    private static int whole(double fitted) {
        return (int) Math.max(1, Math.min(MAX_FIT_CELL, Math.floor(fitted)));
    }

    /** The layout of a view of its own ({@link #measure}), whose cells are legible at any size. */
    public static MosaicLayout fit(
            Shape shape, double viewWidth, double viewHeight, double zoom, int depth, int gap, int caption) {
        Room room = measure(shape, viewWidth, viewHeight, gap, caption);
        return fit(shape, viewWidth, zoom, depth, gap, caption, room, MIN_MOSAIC_CELL);
    }

    /**
     * The layout that gives the largest legible cells in {@code room}, then scaled by {@code zoom}.
     *
     * <p>At zoom 1 every slice is shown, in the arrangement of the room, when its cells are
     * legible (at least {@code legibleCell}, the smallest cell that prints numbers), or when
     * one slice alone would not be legible either and the cells are at least
     * {@link #MIN_MOSAIC_CELL}; otherwise one slice is shown alone, with the largest cells. So a
     * 3×5×6 tensor in a small panel shows one slice with its numbers, not three without.
     *
     * <p>Zoom scales the cell: above 1 the arrangement stays and the content scrolls; below 1 a
     * single slice gives way to all slices, as many side by side as {@code viewWidth} holds, the
     * rest below them (scrolling), with cells never below {@link #MIN_MOSAIC_CELL} unless they were
     * smaller at zoom 1. A smaller zoom never gives larger cells.
     *
     * @param depth the slice to show if only one is shown
     * @param room  the room of this view, or the room it shares with other views of the same
     *              tensor (so that all draw it at one cell size)
     */
    public static MosaicLayout fit(
            Shape shape, double viewWidth, double zoom, int depth, int gap, int caption, Room room, int legibleCell) {
        int slices = shape.depth();
        boolean mosaic = slices == 1
                || room.mosaicCell() >= legibleCell
                || (room.sliceCell() < legibleCell && room.mosaicCell() >= MIN_MOSAIC_CELL);
        if (mosaic) {
            return new MosaicLayout(shape, zoomed(room.mosaicCell(), zoom), room.columns(), -1, gap, caption);
        }
        int alone = room.sliceCell();
        if (zoom < 1) {
            int cell = Math.min(alone, Math.max(MIN_MOSAIC_CELL, zoomed(alone, zoom)));
            int columns = (int) Math.floor((viewWidth + gap) / ((double) cell * shape.width() + gap));
            return new MosaicLayout(shape, cell, Math.max(1, Math.min(slices, columns)), -1, gap, caption);
        }
        return new MosaicLayout(shape, zoomed(alone, zoom), 1, Math.max(0, Math.min(slices - 1, depth)), gap, caption);
    }

    /**
     * Every slice at once and nothing beyond the view, for a picture: the mosaic of the room,
     * whatever its cell size (1 pixel at the least, {@code maxCell} at the most; a tensor too
     * large even for 1-pixel cells is tiled first, {@link PictureTiling}).
     */
    public static MosaicLayout whole(
            Shape shape, double viewWidth, double viewHeight, int gap, int caption, int maxCell) {
        Room room = measure(shape, viewWidth, viewHeight, gap, caption);
        int best = room.mosaicCell() < MAX_FIT_CELL
                ? room.mosaicCell()
                : bestCell(shape, viewWidth, viewHeight, gap, caption, room.columns());
        return new MosaicLayout(shape, Math.max(1, Math.min(maxCell, best)), room.columns(), -1, gap, caption);
    }

    /** The largest cell of {@code columns} slices per row in the view, beyond {@link #MAX_FIT_CELL}. */
    private static int bestCell(Shape shape, double viewWidth, double viewHeight, int gap, int caption, int columns) {
        int rows = (shape.depth() + columns - 1) / columns;
        double byWidth = (viewWidth - (columns - 1) * gap) / ((double) columns * shape.width());
        double byHeight = (viewHeight - rows * caption - (rows - 1) * gap) / ((double) rows * shape.height());
        return (int) Math.max(1, Math.floor(Math.min(byWidth, byHeight)));
    }

    /**
     * The least view height in which {@code shape} has cells of {@code cell} pixels in a view
     * {@code viewWidth} wide — one slice alone, or every slice in as few rows as the width
     * allows, whichever is lower — or infinity when not even one slice fits the width.
     */
    public static double heightFor(Shape shape, double viewWidth, int cell, int gap, int caption) {
        double sliceWidth = (double) cell * shape.width();
        double sliceHeight = caption + (double) cell * shape.height();
        if (sliceWidth > viewWidth) {
            return Double.POSITIVE_INFINITY;
        }
        int columns = (int) Math.min(shape.depth(), Math.floor((viewWidth + gap) / (sliceWidth + gap)));
        int rows = (shape.depth() + columns - 1) / columns;
        double all = rows * sliceHeight + (rows - 1) * gap;
        return shape.depth() == 1 ? sliceHeight : Math.min(sliceHeight, all);
    }

    /** The fitted cell size scaled by zoom (at most {@link #MAX_CELL}). */
    private static int zoomed(int fitCell, double zoom) {
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
