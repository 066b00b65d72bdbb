package relulab.ui.shared.grid;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;

/**
 * A grid's scroll position along one axis, with a scroll bar that is made the first time the
 * grid's content overflows along it.
 *
 * <p>Most grids fit their view (the workbench opens on a 3×4×4 tensor), and a scroll bar is a
 * control with a skin of a track, a thumb and two arrow buttons, each styled by CSS: five grids
 * with two bars each were about a sixth of the nodes of the window's first frame. Until the
 * content overflows the position is 0 and there is nothing to draw; from then on the bar is a
 * child of the grid, hidden whenever the content fits again.
 */
final class OverflowScrollBar {

    /** Content that overflows by less than this is taken to fit (rounding, not a real overflow). */
    private static final double OVERFLOW = 0.5;

    private final Orientation orientation;
    private final List<Node> children;
    private final Runnable scrolled;
    private ScrollBar bar;

    /**
     * @param children the grid's children, where the bar is added when first needed
     * @param scrolled called when the position changes
     */
    OverflowScrollBar(Orientation orientation, List<Node> children, Runnable scrolled) {
        this.orientation = orientation;
        this.children = children;
        this.scrolled = scrolled;
    }

    /** The scroll position: how far the view is from the content's start, 0 when it fits. */
    double value() {
        return bar == null ? 0 : bar.getValue();
    }

    /** Scrolls to {@code v}, kept within the content. */
    void scrollTo(double v) {
        if (bar != null) {
            bar.setValue(Math.max(bar.getMin(), Math.min(bar.getMax(), v)));
        }
    }

    /**
     * Scrolls as little as needed for {@code [start, start + size)} to be in a view of {@code view}
     * pixels.
     */
    void reveal(double start, double size, double view) {
        double v = value();
        if (start < v) {
            scrollTo(start);
        } else if (start + size > v + view) {
            scrollTo(start + size - view);
        }
    }

    /**
     * Lays the bar out at the given place when the content overflows a view of {@code view}
     * pixels by {@code overflow}, and hides it when it does not.
     */
    void layout(double overflow, double x, double y, double width, double height, double view) {
        boolean needed = overflow > OVERFLOW;
        if (bar == null) {
            if (!needed) {
                return;
            }
            bar = new ScrollBar();
            bar.setOrientation(orientation);
            bar.valueProperty().addListener(o -> scrolled.run());
            children.add(Math.min(1, children.size()), bar); // above the canvas, below any cell editor
        }
        bar.setVisible(needed);
        bar.setMax(Math.max(0, overflow));
        bar.setVisibleAmount(needed ? overflow * view / (overflow + view) : 0);
        scrollTo(bar.getValue());
        bar.resizeRelocate(x, y, Math.max(0, width), Math.max(0, height));
    }
}
