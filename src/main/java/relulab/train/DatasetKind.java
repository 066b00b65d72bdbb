package relulab.train;

import java.util.Locale;
import java.util.Random;

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
    SPIRAL("spiral") {
        @Override
        Dataset raw(Random random) {
            int k = 3;
            double[] x = new double[Dataset.FEATURES * PER_CLASS * k];
            int[] y = new int[PER_CLASS * k];
            for (int c = 0; c < k; c++) {
                for (int i = 0; i < PER_CLASS; i++) {
                    int row = c * PER_CLASS + i;
                    double r = linspace(0, 1, PER_CLASS, i);
                    double t = linspace(4 * c, 4 * (c + 1), PER_CLASS, i) + random.nextGaussian() * 0.2;
                    x[2 * row] = r * Math.sin(t);
                    x[2 * row + 1] = r * Math.cos(t);
                    y[row] = c;
                }
            }
            return new Dataset(label(), x, y, k);
        }
    },
    CIRCLES("circles") {
        @Override
        Dataset raw(Random random) {
            int k = 3;
            double[] x = new double[Dataset.FEATURES * PER_CLASS * k];
            int[] y = new int[PER_CLASS * k];
            for (int c = 0; c < k; c++) {
                for (int i = 0; i < PER_CLASS; i++) {
                    int row = c * PER_CLASS + i;
                    double t = 2 * Math.PI * random.nextDouble();
                    double r = (c + 1) / 3.0 + random.nextGaussian() * 0.05;
                    x[2 * row] = r * Math.cos(t);
                    x[2 * row + 1] = r * Math.sin(t);
                    y[row] = c;
                }
            }
            return new Dataset(label(), x, y, k);
        }
    },
    XOR("xor") {
        @Override
        Dataset raw(Random random) {
            int n = 3 * PER_CLASS;
            double[] x = new double[Dataset.FEATURES * n];
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                double a = 2 * random.nextDouble() - 1;
                double b = 2 * random.nextDouble() - 1;
                x[2 * i] = a;
                x[2 * i + 1] = b;
                y[i] = a * b > 0 ? 0 : 1;
            }
            return new Dataset(label(), x, y, 2);
        }
    },
    GAUSSIANS("gaussians") {
        @Override
        Dataset raw(Random random) {
            int n = 3 * PER_CLASS;
            double[] x = new double[Dataset.FEATURES * n];
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                int c = i < n / 2 ? 0 : 1;
                double centre = c == 0 ? -1 : 1;
                x[2 * i] = centre + random.nextGaussian() * 0.75;
                x[2 * i + 1] = centre + random.nextGaussian() * 0.75;
                y[i] = c;
            }
            return new Dataset(label(), x, y, 2);
        }
    };

    /** Points per class of the spiral and the rings (the other sets have as many in all). */
    public static final int PER_CLASS = 100;

    private final String label;

    DatasetKind(String label) {
        this.label = label;
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
    abstract Dataset raw(Random random);

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
        throw new IllegalArgumentException("unknown dataset '" + text
                + "' (expected spiral, circles, xor or gaussians)");
    }

    @Override
    public String toString() {
        return label;
    }
}
