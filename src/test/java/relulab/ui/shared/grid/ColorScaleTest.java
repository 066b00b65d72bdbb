package relulab.ui.shared.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ColorScaleTest {

    private static final double LIMIT = 2.0;
    /** Luminance may differ this much between a value and its negative on a ColorBrewer scale. */
    private static final double SYMMETRY_TOLERANCE = 0.08;

    @ParameterizedTest
    @EnumSource(Palette.class)
    void zeroIsTheMiddleNearWhiteColour(Palette palette) {
        ColorScale scale = new ColorScale(palette);

        assertEquals(0xfff7f7f7, scale.argb(0.0, LIMIT));
        assertEquals(0xfff7f7f7, scale.argb(-0.0, LIMIT));
    }

    @ParameterizedTest
    @EnumSource(Palette.class)
    void largerMagnitudesAreDarkerOnBothSides(Palette palette) {
        ColorScale scale = new ColorScale(palette);

        assertNotEquals(scale.argb(1.5, LIMIT), scale.argb(-1.5, LIMIT));
        assertTrue(ColorScale.luminance(scale.argb(1.5, LIMIT)) < ColorScale.luminance(scale.argb(0.5, LIMIT)));
        assertTrue(ColorScale.luminance(scale.argb(-1.5, LIMIT)) < ColorScale.luminance(scale.argb(-0.5, LIMIT)));
    }

    @Test
    void onBlueRedAValueAndItsNegativeAreAboutEquallyDark() {
        ColorScale scale = new ColorScale(Palette.BLUE_RED);

        assertEquals(
                ColorScale.luminance(scale.argb(1.5, LIMIT)),
                ColorScale.luminance(scale.argb(-1.5, LIMIT)),
                SYMMETRY_TOLERANCE);
    }

    @Test
    void valuesBeyondTheLimitTakeTheEndColour() {
        ColorScale scale = new ColorScale(Palette.BLUE_RED);

        assertEquals(scale.argb(LIMIT, LIMIT), scale.argb(10 * LIMIT, LIMIT));
        assertEquals(0xff67001f, scale.argb(LIMIT, LIMIT));
        assertEquals(0xff053061, scale.argb(-LIMIT, LIMIT));
    }

    @Test
    void specialValuesHaveColoursOfTheirOwn() {
        ColorScale scale = new ColorScale(Palette.BLUE_RED);

        assertEquals(ColorScale.NAN_ARGB, scale.argb(Double.NaN, LIMIT));
        int plusInf = scale.argb(Double.POSITIVE_INFINITY, LIMIT);
        int minusInf = scale.argb(Double.NEGATIVE_INFINITY, LIMIT);
        assertNotEquals(scale.argb(LIMIT, LIMIT), plusInf);
        assertNotEquals(scale.argb(-LIMIT, LIMIT), minusInf);
        assertNotEquals(plusInf, minusInf);
    }

    @Test
    void anAllZeroScaleDrawsEverythingInTheMiddleColour() {
        ColorScale scale = new ColorScale(Palette.BLUE_RED);

        assertEquals(scale.argb(0, 0), scale.argb(5, 0));
    }

    @Test
    void textIsDarkOnLightCellsAndLightOnDarkCells() {
        ColorScale scale = new ColorScale(Palette.BLUE_RED);

        assertTrue(ColorScale.wantsDarkText(scale.argb(0, LIMIT)));
        assertFalse(ColorScale.wantsDarkText(scale.argb(LIMIT, LIMIT)));
        assertFalse(ColorScale.wantsDarkText(scale.argb(-LIMIT, LIMIT)));
    }
}
