package relulab.ui.shared.grid;

import relulab.ui.shared.text.Messages;

/**
 * A diverging colour palette: dark colour for the most negative values, near-white at 0,
 * another dark colour for the most positive. Both are ColorBrewer schemes chosen to stay
 * distinguishable with the common forms of colour blindness.
 *
 * <p>Colours are packed ARGB ints so that the pixel pass of a grid can use them directly. A
 * palette's name on screen is the grid bundle's {@code palette.<constant>}.
 */
public enum Palette {
    /** ColorBrewer RdBu: blue for negative, red for positive. */
    BLUE_RED(new int[] {
        0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xf7f7f7, 0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b, 0x67001f
    }),
    /** ColorBrewer PuOr: purple for negative, orange for positive. */
    PURPLE_ORANGE(new int[] {
        0x2d004b, 0x542788, 0x8073ac, 0xb2abd2, 0xd8daeb, 0xf7f7f7, 0xfee0b6, 0xfdb863, 0xe08214, 0xb35806, 0x7f3b08
    });

    private final int[] stops;

    Palette(int[] rgb) {
        this.stops = rgb;
    }

    /** Number of colour stops, from the most negative to the most positive. */
    int stopCount() {
        return stops.length;
    }

    /** Opaque ARGB of stop i. */
    int stop(int i) {
        return 0xff000000 | stops[i];
    }

    /** The palette's name in the current language, e.g. "Blue–red". */
    public String label() {
        return Messages.of(Palette.class).get("palette." + name());
    }

    /** The {@link #label()}, so that a choice control shows the palette by its name. */
    @Override
    public String toString() {
        return label();
    }
}
