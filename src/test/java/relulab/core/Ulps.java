package relulab.core;

/**
 * The distance between two numbers in units in the last place: how many representable values
 * of the dtype lie between them. ±0 are the same place; NaN is at distance 0 from NaN and
 * infinitely far from every number.
 */
final class Ulps {

    private Ulps() {}

    /** Places between two doubles. */
    static long between(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b) ? 0 : Long.MAX_VALUE;
        }
        return Math.abs(ordered(a) - ordered(b));
    }

    /** Places between two floats, each given as the double it widens to. */
    static long betweenFloats(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b) ? 0 : Long.MAX_VALUE;
        }
        return Math.abs((long) ordered((float) a) - ordered((float) b));
    }

    private static long ordered(double v) {
        long bits = Double.doubleToRawLongBits(v);
        return bits < 0 ? Long.MIN_VALUE - bits : bits;
    }

    private static int ordered(float v) {
        int bits = Float.floatToRawIntBits(v);
        return bits < 0 ? Integer.MIN_VALUE - bits : bits;
    }
}
