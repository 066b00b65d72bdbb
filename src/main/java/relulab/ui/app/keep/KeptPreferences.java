package relulab.ui.app.keep;

import java.util.List;

/**
 * What the window remembers between runs, apart from the work itself: where and how large
 * it was, the lesson shown, the grids' colours and the files opened last.
 *
 * @param x         the window's left edge, or NaN when not known
 * @param y         the window's top edge, or NaN
 * @param width     its width, or NaN
 * @param height    its height, or NaN
 * @param maximized whether it was maximized
 * @param tab       the id of the lesson shown, or null
 * @param palette   the grids' palette by name, or null
 * @param scope     the colour scale's scope by name, or null
 * @param recent    the files opened last, newest first, at most {@link RecentFiles#LIMIT}
 * @param language  the language chosen in View ▸ Language (an IETF tag), or null: the system's
 */
public record KeptPreferences(
        double x,
        double y,
        double width,
        double height,
        boolean maximized,
        String tab,
        String palette,
        String scope,
        List<String> recent,
        String language) {

    /** Nothing remembered: the window opens as on the first run. */
    public static final KeptPreferences DEFAULTS = new KeptPreferences(
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, null, null, null, List.of(), null);

    public KeptPreferences {
        recent = recent == null ? List.of() : List.copyOf(recent);
    }

    /** Whether a window position and size are remembered. */
    public boolean hasBounds() {
        return Double.isFinite(x) && Double.isFinite(y) && width > 0 && height > 0;
    }
}
