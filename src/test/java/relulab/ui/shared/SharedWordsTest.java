package relulab.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import relulab.ui.shared.grid.ColorScope;
import relulab.ui.shared.grid.Palette;

/** The shared widgets' words come from their bundles, in the English the tests of the lessons compare. */
class SharedWordsTest {

    @Test
    void palettesAndScopesAreNamedByTheirBundle() {
        assertEquals("Blue–red", Palette.BLUE_RED.label());
        assertEquals("Purple–orange", Palette.PURPLE_ORANGE.toString());
        assertEquals("forward · backward", ColorScope.FORWARD_BACKWARD.label());
        assertEquals("each grid", ColorScope.PER_GRID.label());
        assertEquals("each channel", ColorScope.PER_CHANNEL.label());
        assertEquals("all five grids", ColorScope.SHARED.toString());
    }

    @Test
    void spinnerRefusalsSayWhatWasTypedAndWhatIsKept() {
        assertEquals("Seed: 'abc' is not a number; it stays 7.", WholeNumberSpinner.refusal("Seed", "abc", 0, 9, 7));
        assertEquals(
                "Depth: '2.5' is not a whole number; it stays 3.",
                WholeNumberSpinner.refusal("Depth", " 2.5 ", 1, 12, 3));
        assertEquals(
                "Seed: '99999999999' is not from 0 to 2147483647; it stays 12345.",
                WholeNumberSpinner.refusal("Seed", "99999999999", 0, Integer.MAX_VALUE, 12345));
        assertNull(WholeNumberSpinner.refusal("Depth", "4", 1, 12, 3));
    }
}
