package relulab.ui.app.keep;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/**
 * Where a remembered window goes on the screens there are now: on the screen it overlaps most
 * (the primary screen if none), no larger than that screen's visual bounds and wholly inside
 * them — a window remembered on a monitor since unplugged, or with a size from a damaged file,
 * opens where it can be seen and moved.
 */
final class ScreenFit {

    private ScreenFit() {}

    /** The bounds for a window remembered at ({@code x}, {@code y}) of {@code width} × {@code height}. */
    static Rectangle2D fit(double x, double y, double width, double height) {
        return fit(
                x,
                y,
                width,
                height,
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList(),
                Screen.getPrimary().getVisualBounds());
    }

    /**
     * The bounds for that window on screens whose visual bounds are {@code screens}, the primary
     * one's {@code primary}.
     */
    static Rectangle2D fit(
            double x, double y, double width, double height, List<Rectangle2D> screens, Rectangle2D primary) {
        Rectangle2D wanted = new Rectangle2D(x, y, width, height);
        Rectangle2D area = primary;
        double most = 0;
        for (Rectangle2D screen : screens) {
            double overlap = overlap(wanted, screen);
            if (overlap > most) {
                most = overlap;
                area = screen;
            }
        }
        double w = Math.min(width, area.getWidth());
        double h = Math.min(height, area.getHeight());
        double left = Math.max(area.getMinX(), Math.min(x, area.getMaxX() - w));
        double top = Math.max(area.getMinY(), Math.min(y, area.getMaxY() - h));
        return new Rectangle2D(left, top, w, h);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
