package relulab.ui.shared.grid;

/**
 * Maps a value to a colour on a {@link Palette}, centred at 0.
 *
 * <p>With {@code L} the limit of the scale (the largest |value| in scope), a finite value
 * {@code v} sits at {@code t = clamp(v / L, −1, 1)}; the colour is interpolated linearly in
 * RGB between the palette's stops at position {@code (t + 1) / 2}. So 0 is always the middle
 * (near-white) colour, and a value and its negative are equally dark. The special values get
 * colours outside the scale: NaN a neutral grey (from the stylesheet), ±Inf the palette's end colours darkened
 * further (the grid also draws a cross or a triangle on them when the cells are big enough).
 */
public final class ColorScale {

    /** NaN's colour unless the stylesheet sets one: a mid grey that belongs to neither side. */
    public static final int NAN_ARGB = 0xff8f8f8f;

    private final Palette palette;
    private final int nanArgb;

    public ColorScale(Palette palette) {
        this(palette, NAN_ARGB);
    }

    /** A scale whose NaN colour is {@code nanArgb} (a grid's {@code -relu-nan-color}). */
    public ColorScale(Palette palette, int nanArgb) {
        this.palette = palette;
        this.nanArgb = nanArgb;
    }

    public Palette palette() {
        return palette;
    }

    /** The colour of {@code value} on a scale running from {@code −limit} to {@code +limit}. */
    public int argb(double value, double limit) {
        if (Double.isNaN(value)) {
            return nanArgb;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? positiveInfinity() : negativeInfinity();
        }
        double t = limit > 0 ? Math.max(-1.0, Math.min(1.0, value / limit)) : 0.0;
        return atPosition((t + 1) / 2);
    }

    /** The colour at {@code p} in [0, 1] along the palette (0 = most negative). */
    public int atPosition(double p) {
        double pos = Math.max(0.0, Math.min(1.0, p)) * (palette.stopCount() - 1);
        int i = Math.min((int) pos, palette.stopCount() - 2);
        double f = pos - i;
        return mix(palette.stop(i), palette.stop(i + 1), f);
    }

    /** +Inf: the darkest positive colour, darkened by half again. */
    public int positiveInfinity() {
        return darker(palette.stop(palette.stopCount() - 1));
    }

    /** −Inf: the darkest negative colour, darkened by half again. */
    public int negativeInfinity() {
        return darker(palette.stop(0));
    }

    /**
     * Whether text on this background should be dark. Uses the relative luminance of sRGB
     * (approximated with a 2.2 gamma): dark text above 0.35, light text below.
     */
    public static boolean wantsDarkText(int argb) {
        return luminance(argb) > 0.35;
    }

    static double luminance(int argb) {
        double r = Math.pow(((argb >> 16) & 0xff) / 255.0, 2.2);
        double g = Math.pow(((argb >> 8) & 0xff) / 255.0, 2.2);
        double b = Math.pow((argb & 0xff) / 255.0, 2.2);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static int mix(int a, int b, double f) {
        int r = (int) Math.round(((a >> 16) & 0xff) * (1 - f) + ((b >> 16) & 0xff) * f);
        int g = (int) Math.round(((a >> 8) & 0xff) * (1 - f) + ((b >> 8) & 0xff) * f);
        int bl = (int) Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f);
        return 0xff000000 | (r << 16) | (g << 8) | bl;
    }

    private static int darker(int argb) {
        return mix(argb, 0xff000000, 0.5);
    }
}
