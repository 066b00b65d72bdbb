package relulab.ui.app;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;

/**
 * The lessons' tab pane, whose tab row always shows every lesson's tab: none ever goes behind
 * the overflow menu (▾), in any language, at any window size, in presentation mode too.
 *
 * <p>The titles are set in the body's type size where they fit in one row, and smaller where they
 * do not. At each layout the row's preferred width {@code w(s)} at its current type scale
 * {@code s} (a fraction of the body's size, {@code s ≤ 1}) is measured. The titles and the tabs'
 * padding are all sized in em, so the width is proportional to the scale, and the scale that
 * fills the room {@code r} is {@code s · r / w(s)}; the row takes it, rounded down to a hundredth
 * and never above 1. So presentation mode (F5), whose root type is half as large again, shows the
 * tab row as large as the body text where the screen is wide enough (1920 px, or English at 1280
 * px), and just as large as fits where it is not (1024 px, a long language): the tab row is the
 * teacher's way between lessons, the pictures under it are what the room reads.
 *
 * <p>The scale is an inline font size on the tab header area alone (the lessons under it keep the
 * body's size). It grows back only to a size that leaves {@value #GROW_MARGIN} of the room free,
 * so the row never flips between two sizes.
 */
final class LessonTabs extends TabPane {

    /** Style class of the lessons' own tab pane (a lesson may hold tab panes of its own). */
    static final String STYLE_CLASS = "lesson-tabs";

    /** Room kept free at the row's end, in pixels: the skin's spacer (10 px) and rounding. */
    private static final double SLACK = 12;
    /** How much of the room a larger scale leaves free when the row grows back (a fraction). */
    private static final double GROW_MARGIN = 0.03;

    /** The smallest change of scale, and the one the row shrinks by when measured a little too wide. */
    private static final double STEP = 0.01;
    /** How many times one layout measures the row again. */
    private static final int MAX_ATTEMPTS = 4;

    private double scale = 1;

    LessonTabs() {
        getStyleClass().add(STYLE_CLASS);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    }

    /** The type scale of the tab row now: a fraction of the body's type size, at most 1. */
    double titleScale() {
        return scale;
    }

    @Override
    protected void layoutChildren() {
        fitTitles();
        super.layoutChildren();
    }

    /**
     * Sets the largest scale at which every tab fits in the row (before the row is laid out). Type
     * does not scale quite in proportion (glyphs snap to whole pixels), so the row is measured again
     * at the new scale, a few times at most, until it fits.
     */
    private void fitTitles() {
        Region header = headerArea();
        if (header == null || getWidth() <= 0) {
            return;
        }
        double room = getWidth() - header.snappedLeftInset() - header.snappedRightInset() - SLACK;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            double wanted = rowWidth(header);
            if (wanted <= 0) {
                return;
            }
            double fitting = scaleFor(room, wanted);
            double roomy = scaleFor(room * (1 - GROW_MARGIN), wanted);
            if (fitting >= scale && roomy <= scale) {
                return;
            }
            scale = fitting < scale ? Math.min(fitting, scale - STEP) : roomy;
            header.setStyle(scale >= 1 ? "" : String.format(Locale.ROOT, "-fx-font-size: %.2fem;", scale));
            header.applyCss();
        }
    }

    /** The scale at which the row, {@code wanted} wide at the scale now, fills {@code room}. */
    private double scaleFor(double room, double wanted) {
        return Math.min(1, Math.floor(scale * room / wanted / STEP) * STEP);
    }

    /**
     * The row's width at the scale set now: its tabs, and the overflow button the skin keeps room
     * for even while it hides it (all in em, so they scale together).
     */
    private static double rowWidth(Region header) {
        double sum = 0;
        for (String part : new String[] {".headers-region", ".control-buttons-tab"}) {
            Node node = header.lookup(part);
            sum += node == null ? 0 : node.prefWidth(-1);
        }
        return sum;
    }

    /** The skin's header area, once the skin is there. */
    private Region headerArea() {
        for (Node child : getChildrenUnmodifiable()) {
            if (child instanceof Region region && child.getStyleClass().contains("tab-header-area")) {
                return region;
            }
        }
        return null;
    }
}
