package relulab.core;

/**
 * Eight oriented edge detectors, the kind of filters the first layer of a CNN learns: their
 * responses are the pre-activations a ReLU layer receives, positive on one side of an edge
 * and negative on the other.
 *
 * <p>Filter {@code i} points at angle {@code θ = i · 22.5°} (0°, 22.5°, …, 157.5°, counted
 * anticlockwise from the x-axis, with y pointing up the picture). It is the derivative of a
 * Gaussian along θ, sampled on a 5×5 grid:
 * <pre>
 *   k(u, v) = (u·cos θ + v·sin θ) · exp(−(u² + v²) / (2σ²)),   σ = 1,  u, v ∈ {−2, …, 2}
 * </pre>
 * where u is the column offset and v the row offset upward. Every filter is odd
 * ({@code k(−u, −v) = −k(u, v)}), so its weights sum to 0: a flat region gives exactly 0
 * (see {@link Correlation}), and only a change of brightness gives a response. The weights
 * are scaled so that the positive ones sum to 1: a step from black (0) to white (1) along θ
 * gives a response of about 1. Angles beyond 180° would only flip the sign, which ReLU shows
 * anyway.
 */
public final class EdgeFilters {

    /** The number of filters, and so the depth of the feature maps. */
    public static final int COUNT = 8;

    /** The side of every kernel. */
    public static final int SIZE = 5;

    /** The width of the Gaussian, in pixels. */
    public static final double SIGMA = 1.0;

    private static final double[][] KERNELS = new double[COUNT][];

    static {
        for (int i = 0; i < COUNT; i++) {
            KERNELS[i] = orientedKernel(Math.toRadians(angleDegrees(i)));
        }
    }

    private EdgeFilters() {}

    /** The direction of filter {@code i} in degrees: {@code i · 22.5}. */
    public static double angleDegrees(int i) {
        if (i < 0 || i >= COUNT) {
            throw new IndexOutOfBoundsException("filter " + i + " of " + COUNT);
        }
        return i * 180.0 / COUNT;
    }

    /** A copy of filter {@code i}'s weights, row-major {@code SIZE × SIZE}, top row first. */
    public static double[] kernel(int i) {
        angleDegrees(i);
        return KERNELS[i].clone();
    }

    /**
     * The responses of the eight filters to a row-major grayscale image: a tensor of depth
     * {@link #COUNT} and the image's height and width, slice {@code i} from filter {@code i}.
     */
    public static Tensor3 featureMaps(double[] image, int height, int width) {
        double[] maps = new double[COUNT * image.length];
        for (int i = 0; i < COUNT; i++) {
            double[] response = Correlation.sameOdd(image, height, width, KERNELS[i], SIZE);
            System.arraycopy(response, 0, maps, i * response.length, response.length);
        }
        return Tensor3.adopt(new Shape(COUNT, height, width), maps);
    }

    private static double[] orientedKernel(double theta) {
        int half = SIZE / 2;
        // StrictMath: the same weights on every machine, so the feature maps are reproducible.
        double cos = StrictMath.cos(theta);
        double sin = StrictMath.sin(theta);
        double[] k = new double[SIZE * SIZE];
        double positive = 0;
        for (int row = 0; row < SIZE; row++) {
            for (int col = 0; col < SIZE; col++) {
                double u = col - half;
                double v = half - row;
                double w = (u * cos + v * sin) * StrictMath.exp(-(u * u + v * v) / (2 * SIGMA * SIGMA));
                k[row * SIZE + col] = w;
                positive += Math.max(0, w);
            }
        }
        for (int j = 0; j < k.length; j++) {
            k[j] /= positive;
        }
        return k;
    }
}
