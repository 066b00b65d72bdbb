package relulab.train;

import java.util.Locale;
import java.util.Random;
import relulab.core.text.Reason;
import relulab.core.text.RefusedArgument;

/**
 * The toy datasets the dying-ReLU lab trains on, each 300 points in the plane, made by a
 * seeded generator and standardised (see {@link Dataset#standardised()}).
 *
 * <ul>
 *   <li>{@link #SPIRAL} — the cs231n case study's three interleaved arms: for class k, 100
 *       points with radius {@code r = linspace(0, 1, 100)} and angle
 *       {@code t = linspace(4k, 4(k+1), 100) + N(0, 0.2)}, at {@code (r sin t, r cos t)}.</li>
 *   <li>{@link #CIRCLES} — three concentric rings (radius 1/3, 2/3 and 1, noise N(0, 0.05)).</li>
 *   <li>{@link #XOR} — points uniform in the square [−1, 1]², class 0 where x₁x₂ &gt; 0.</li>
 *   <li>{@link #GAUSSIANS} — two round Gaussian blobs (std 0.75) centred at (−1, −1) and (1, 1).</li>
 * </ul>
 */
public enum DatasetKind {
    SPIRAL("spiral", 3) {
        @Override
        int draw(int i, Random random, double[] xy) {
            int c = i / PER_CLASS;
            int j = i % PER_CLASS;
            double r = linspace(0, 1, PER_CLASS, j);
            double t = linspace(4 * c, 4 * (c + 1), PER_CLASS, j) + random.nextGaussian() * 0.2;
            xy[0] = r * Math.sin(t);
            xy[1] = r * Math.cos(t);
            return c;
        }
    },
    CIRCLES("circles", 3) {
        @Override
        int draw(int i, Random random, double[] xy) {
            int c = i / PER_CLASS;
            double t = 2 * Math.PI * random.nextDouble();
            double r = (c + 1) / 3.0 + random.nextGaussian() * 0.05;
            xy[0] = r * Math.cos(t);
            xy[1] = r * Math.sin(t);
            return c;
        }
    },
    XOR("xor", 2) {
        @Override
        int draw(int i, Random random, double[] xy) {
            xy[0] = 2 * random.nextDouble() - 1;
            xy[1] = 2 * random.nextDouble() - 1;
            return xy[0] * xy[1] > 0 ? 0 : 1;
        }
    },
    GAUSSIANS("gaussians", 2) {
        @Override
        int draw(int i, Random random, double[] xy) {
            int c = i < POINTS / 2 ? 0 : 1;
            double centre = c == 0 ? -1 : 1;
            xy[0] = centre + random.nextGaussian() * 0.75;
            xy[1] = centre + random.nextGaussian() * 0.75;
            return c;
        }
    };

    /** Points per class of the spiral and the rings. */
    public static final int PER_CLASS = 100;
    /** Points in every dataset. */
    public static final int POINTS = 300;

    private final String label;
    private final int classes;

    DatasetKind(String label, int classes) {
        this.label = label;
        this.classes = classes;
    }

    /** The name on the command line and on screen. */
    public String label() {
        return label;
    }

    /** The dataset drawn with this seed, standardised. The same seed gives the same points. */
    public Dataset generate(long seed) {
        return raw(new Random(seed)).standardised();
    }

    /** The points as drawn, before standardising. */
    Dataset raw(Random random) {
        double[] x = new double[Dataset.FEATURES * POINTS];
        int[] y = new int[POINTS];
        double[] xy = new double[Dataset.FEATURES];
        for (int i = 0; i < POINTS; i++) {
            y[i] = draw(i, random, xy);
            x[Dataset.FEATURES * i] = xy[0];
            x[Dataset.FEATURES * i + 1] = xy[1];
        }
        return new Dataset(label, x, y, classes);
    }

    /** Draws point {@code i} into {@code xy} and returns its class. */
    abstract int draw(int i, Random random, double[] xy);

    /** {@code np.linspace(start, stop, n)[i]}. */
    static double linspace(double start, double stop, int n, int i) {
        return n == 1 ? start : start + (stop - start) * i / (n - 1);
    }

    /**
     * The dataset kind named {@code text} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the choices when the name is unknown
     */
    public static DatasetKind parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        for (DatasetKind kind : values()) {
            if (kind.label.equals(s)) {
                return kind;
            }
        }
        // The text is not repeated: its reader quotes it, cut and escaped (it may be anything).
        throw new RefusedArgument(Reason.of(DatasetKind.class, "dataset.unknown"), null);
    }

    @Override
    public String toString() {
        return label;
    }
}
