package relulab.ui.shared.grid;

import java.util.List;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.input.ScrollEvent;
import relulab.core.Shape;

/**
 * Where a {@link TensorGrid}'s content sits in its view: the {@link MosaicLayout} of its cells,
 * the scroll position along each axis (with the scroll bars that appear when the content
 * overflows), and the mapping between cells and the grid's local coordinates.
 *
 * <p>Content smaller than the view is centred; larger content scrolls. The view is the grid's
 * area inside its insets, read from the grid at each call.
 */
final class GridViewport {

    private static final double SCROLL_BAR_SIZE = 12;

    private final TensorGrid grid;
    private final OverflowScrollBar horizontal;
    private final OverflowScrollBar vertical;
    private MosaicLayout layout;

    /**
     * @param children the grid's children, where the scroll bars go when first needed
     * @param scrolled called when a scroll position changes
     */
    GridViewport(TensorGrid grid, List<Node> children, Runnable scrolled) {
        this.grid = grid;
        horizontal = new OverflowScrollBar(Orientation.HORIZONTAL, children, scrolled);
        vertical = new OverflowScrollBar(Orientation.VERTICAL, children, scrolled);
    }

    /** The layout of the cells, or null until the grid has laid out data. */
    MosaicLayout layout() {
        return layout;
    }

    /** Sets the layout; null forgets it, so the grid fits a new one at its next layout. */
    void setLayout(MosaicLayout layout) {
        this.layout = layout;
    }

    /**
     * The layout that suits the grid's view for a tensor of {@code shape}: the whole tensor for a
     * picture, else the largest legible cells of the room the grid shares with its linked grids,
     * at the grid's zoom.
     */
    MosaicLayout fit(Shape shape, int gap) {
        double w = grid.viewWidth();
        double h = grid.viewHeight();
        int caption = grid.looks().captionHeight();
        if (grid.pictureProperty().get()) {
            // A picture's zoom is its resolution: cells up to the fitted maximum times the scale.
            int largest = (int)
                    Math.round(MosaicLayout.MAX_FIT_CELL * grid.zoomProperty().get());
            return MosaicLayout.whole(shape, w, h, gap, caption, largest);
        }
        MosaicLayout.Room room = MosaicLayout.measure(shape, w, h, gap, caption);
        CellSizeLink link = grid.cellSizeLinkProperty().get();
        if (link != null && w > 0 && h > 0) {
            room = link.share(grid, shape, room);
        }
        return MosaicLayout.fit(
                shape,
                w,
                grid.zoomProperty().get(),
                grid.depthProperty().get(),
                gap,
                caption,
                room,
                grid.looks().legibleCell());
    }

    /** See {@link TensorGrid#heightForNumbers}. */
    double heightForNumbers(Shape shape, double width, int gap) {
        Insets in = grid.getInsets();
        int legible = grid.looks().legibleCell();
        int caption = grid.looks().captionHeight();
        return in.getTop()
                + in.getBottom()
                + MosaicLayout.heightFor(shape, width - in.getLeft() - in.getRight(), legible, gap, caption);
    }

    /** The cell under local point (x, y), if any. */
    Optional<CellIndex> cellAt(double x, double y) {
        if (layout == null) {
            return Optional.empty();
        }
        Insets in = grid.getInsets();
        double cx = x - in.getLeft() + scrollX();
        double cy = y - in.getTop() + scrollY();
        if (x - in.getLeft() >= grid.viewWidth() || y - in.getTop() >= grid.viewHeight()) {
            return Optional.empty();
        }
        return layout.hit(cx, cy);
    }

    /** Local bounds of a cell as drawn now (it may lie outside the view). */
    Optional<Bounds> cellBounds(CellIndex cell) {
        if (layout == null || !layout.shows(cell.d()) || !layout.shape().contains(cell.d(), cell.r(), cell.c())) {
            return Optional.empty();
        }
        Insets in = grid.getInsets();
        double x = in.getLeft() + layout.sliceX(cell.d()) - scrollX() + cell.c() * layout.cell();
        double y = in.getTop() + layout.sliceY(cell.d()) - scrollY() + cell.r() * layout.cell();
        return Optional.of(new BoundingBox(x, y, layout.cell(), layout.cell()));
    }

    /** Scrolls as little as needed for a cell of a shown slice to be in view. */
    void reveal(CellIndex cell) {
        double x = layout.sliceX(cell.d()) + cell.c() * layout.cell();
        double y = layout.sliceY(cell.d()) + cell.r() * layout.cell();
        horizontal.reveal(x, layout.cell(), grid.viewWidth());
        vertical.reveal(y, layout.cell(), grid.viewHeight());
    }

    /** The wheel: with Ctrl it zooms the grid a step, without it scrolls the cells. */
    void onScroll(ScrollEvent e) {
        if (e.isControlDown()) {
            if (e.getDeltaY() != 0) {
                grid.zoomBy(e.getDeltaY() > 0 ? 1 : -1);
            }
        } else {
            scrollBy(-e.getDeltaX(), -e.getDeltaY());
        }
        e.consume();
    }

    /** Scrolls by (dx, dy) pixels of content, kept within the content. */
    void scrollBy(double dx, double dy) {
        horizontal.scrollTo(horizontal.value() + dx);
        vertical.scrollTo(vertical.value() + dy);
    }

    /**
     * Where the view starts in content coordinates: the scroll position when the content is
     * larger than the view, or minus half the spare room when it is smaller, which centres it.
     */
    double scrollX() {
        double spare = layout == null ? 0 : grid.viewWidth() - layout.contentWidth();
        return spare > 0 ? -Math.floor(spare / 2) : horizontal.value();
    }

    double scrollY() {
        double spare = layout == null ? 0 : grid.viewHeight() - layout.contentHeight();
        return spare > 0 ? -Math.floor(spare / 2) : vertical.value();
    }

    /** Lays out the scroll bars along the bottom and right edges of the view, shown on overflow. */
    void layoutScrollBars() {
        Insets in = grid.getInsets();
        double w = grid.viewWidth();
        double h = grid.viewHeight();
        horizontal.layout(
                layout == null ? 0 : layout.contentWidth() - w,
                in.getLeft(),
                in.getTop() + h - SCROLL_BAR_SIZE,
                w - SCROLL_BAR_SIZE,
                SCROLL_BAR_SIZE,
                w);
        vertical.layout(
                layout == null ? 0 : layout.contentHeight() - h,
                in.getLeft() + w - SCROLL_BAR_SIZE,
                in.getTop(),
                SCROLL_BAR_SIZE,
                h - SCROLL_BAR_SIZE,
                h);
    }
}
