package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/**
 * Two screens side by side, a laptop's (1280×800, primary) and a projector's (1920×1080) to its
 * right: a window goes back where it was on either, to the one it overlaps most when it straddles
 * them, and to the primary one when its screen is gone.
 */
class ScreenFitTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 800);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1280, 0, 1920, 1080);
    private static final List<Rectangle2D> BOTH = List.of(LAPTOP, PROJECTOR);

    private static Rectangle2D fit(double x, double y, double w, double h, List<Rectangle2D> screens) {
        return ScreenFit.fit(x, y, w, h, screens, LAPTOP);
    }

    @Test
    void aWindowOnTheSecondScreenStaysThere() {
        assertEquals(new Rectangle2D(1500, 100, 1200, 900), fit(1500, 100, 1200, 900, BOTH));
    }

    @Test
    void aWindowAcrossBothScreensGoesWhollyOnTheOneItOverlapsMost() {
        // 200 px on the laptop, 1000 on the projector: it moves right, onto the projector.
        assertEquals(new Rectangle2D(1280, 50, 1200, 700), fit(1080, 50, 1200, 700, BOTH));
        // 1000 px on the laptop, 200 on the projector: it moves left, onto the laptop.
        assertEquals(new Rectangle2D(80, 50, 1200, 700), fit(280, 50, 1200, 700, BOTH));
    }

    @Test
    void aWindowLargerThanItsScreenShrinksToIt() {
        assertEquals(new Rectangle2D(0, 0, 1280, 800), fit(100, 100, 1920, 1080, BOTH));
    }

    @Test
    void aWindowOfAProjectorSinceUnpluggedOpensOnThePrimaryScreen() {
        assertEquals(new Rectangle2D(80, 0, 1200, 800), fit(1500, 100, 1200, 900, List.of(LAPTOP)));
    }
}
