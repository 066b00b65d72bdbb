package relulab.train;

import java.util.Arrays;

/**
 * A labelled set of points in the plane: what the lessons' small networks learn to classify.
 *
 * <p>The points are stored flat, row-major: point {@code i} is {@code (x[2i], x[2i+1])}; its
 * class is {@code y[i]}, one of {@code 0 .. classes-1}. The arrays are copied in and out, so
 * a dataset never changes.
 *
 * @param name    the name shown to the user, e.g. {@code spiral}
 * @param x       the points, {@code 2 * size} numbers
 * @param y       the class of each point
 * @param classes how many classes there are (at least 2)
 */
public record Dataset(String name, double[] x, int[] y, int classes) {

    /** Every point has two coordinates. */
    public static final int FEATURES = 2;

    public Dataset {
        if (classes < 2) {
            throw new IllegalArgumentException("a dataset needs at least 2 classes, got " + classes);
        }
        if (y.length == 0 || x.length != FEATURES * y.length) {
            throw new IllegalArgumentException("expected " + FEATURES + " coordinates for each of " + y.length
                    + " labels, got " + x.length + " numbers");
        }
        for (int label : y) {
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("label " + label + " is not in 0.." + (classes - 1));
            }
        }
        for (double v : x) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("a point's coordinate is not finite: " + v);
            }
        }
        x = x.clone();
        y = y.clone();
    }

    /** The number of points. */
    public int size() {
        return y.length;
    }

    /** A copy of the points, flat row-major N×2. */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** A copy of the labels. */
    @Override
    public int[] y() {
        return y.clone();
    }

    /** Coordinate {@code feature} (0 or 1) of point {@code i}. */
    public double x(int i, int feature) {
        return x[i * FEATURES + feature];
    }

    /** The class of point {@code i}. */
    public int y(int i) {
        return y[i];
    }

    /** The points without copying, for the training loops of this package. */
    double[] pointsView() {
        return x;
    }

    /** The labels without copying, for the training loops of this package. */
    int[] labelsView() {
        return y;
    }

    /**
     * The same points shifted and scaled so that each coordinate has mean 0 and standard
     * deviation 1 over the set: {@code x' = (x − mean) / std} (population std, as NumPy's
     * {@code X.std(axis=0)}). A coordinate that is constant is only shifted.
     */
    public Dataset standardised() {
        int n = size();
        double[] out = x.clone();
        for (int f = 0; f < FEATURES; f++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x[i * FEATURES + f];
            }
            mean /= n;
            double var = 0;
            for (int i = 0; i < n; i++) {
                double d = x[i * FEATURES + f] - mean;
                var += d * d;
            }
            double std = Math.sqrt(var / n);
            double scale = std > 0 ? 1 / std : 1;
            for (int i = 0; i < n; i++) {
                out[i * FEATURES + f] = (x[i * FEATURES + f] - mean) * scale;
            }
        }
        return new Dataset(name, out, y, classes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d
                && name.equals(d.name)
                && classes == d.classes
                && Arrays.equals(x, d.x)
                && Arrays.equals(y, d.y);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(x)) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return name + " (" + size() + " points, " + classes + " classes)";
    }
}
