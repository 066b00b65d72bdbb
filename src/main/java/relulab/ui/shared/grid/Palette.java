package relulab.ui.shared.grid;

/**
 * A diverging colour palette: dark colour for the most negative values, near-white at 0,
 * another dark colour for the most positive. Both are ColorBrewer schemes chosen to stay
 * distinguishable with the common forms of colour blindness.
 *
 * <p>Colours are packed ARGB ints so that the pixel pass of a grid can use them directly.
 */
public enum Palette {
    /** ColorBrewer RdBu: blue for negative, red for positive. */
    BLUE_RED("Blue–red", new int[] {
        0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xf7f7f7,
        0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b, 0x67001f}),
    /** ColorBrewer PuOr: purple for negative, orange for positive. */
    PURPLE_ORANGE("Purple–orange", new int[] {
        0x2d004b, 0x542788, 0x8073ac, 0xb2abd2, 0xd8daeb, 0xf7f7f7,
        0xfee0b6, 0xfdb863, 0xe08214, 0xb35806, 0x7f3b08});

    private final String label;
    private final int[] stops;

    Palette(String label, int[] rgb) {
        this.label = label;
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

    @Override
    public String toString() {
        return label;
    }
}
