package relulab.cost;

import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CancellationException;

/**
 * The three arrays a run works on: x and dout filled with seeded Gaussian values (so the signs
 * of x are random, and a loop that jumps on {@code x > 0} mispredicts half the time), and out.
 * The JMH benchmark works on the same data as {@code relu-lab bench}.
 */
public final class BenchData {

    /** The largest array length every JVM accepts. */
    static final int MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private static final int ARRAYS = 3;
    private static final long SEED = 2026L;
    private static final int FILL_BLOCK = 1 << 20;

    public final double[] x;
    public final double[] dout;
    public final double[] out;

    private BenchData(int elements, BenchProgress progress) {
        Random random = new Random(SEED);
        x = new double[elements];
        dout = new double[elements];
        out = new double[elements];
        for (int i = 0; i < elements; i++) {
            // filling 16 Mi values takes a second: let a cancel stop it
            if (i % FILL_BLOCK == 0 && progress.isCancelled()) {
                throw new CancellationException("benchmark cancelled");
            }
            x[i] = random.nextGaussian();
            dout[i] = random.nextGaussian();
        }
    }

    /**
     * Allocates and fills the arrays, after checking that they fit in the memory the JVM may
     * still take.
     *
     * @throws IllegalArgumentException naming the count and the memory, fit for the user
     * @throws CancellationException when {@code progress} says the run was cancelled
     */
    public static BenchData allocate(long elements, BenchProgress progress) {
        requireValid(elements);
        try {
            return new BenchData((int) elements, progress);
        } catch (OutOfMemoryError e) {
            throw new IllegalArgumentException(tooBig(elements), e);
        }
    }

    /** Refuses a count that is not positive, too long for an array, or too big for free memory. */
    static void requireValid(long elements) {
        if (elements <= 0) {
            throw new IllegalArgumentException("the number of elements must be positive, got " + elements);
        }
        if (elements > MAX_ELEMENTS) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT, "%,d elements are more than a Java array holds (%,d)", elements, MAX_ELEMENTS));
        }
        if (bytesNeeded(elements) > freeMemory()) {
            // the arrays of an earlier run may still be garbage: collect once before refusing
            System.gc();
            if (bytesNeeded(elements) > freeMemory()) {
                throw new IllegalArgumentException(tooBig(elements));
            }
        }
    }

    private static String tooBig(long elements) {
        return String.format(
                Locale.ROOT,
                "%,d elements need %,d MiB for three arrays, but only %,d MiB of memory "
                        + "are free; choose fewer elements",
                elements,
                mebibytes(bytesNeeded(elements)),
                mebibytes(freeMemory()));
    }

    private static long bytesNeeded(long elements) {
        return ARRAYS * Double.BYTES * elements;
    }

    /** What the heap can still grow to hold: its limit minus what is in use now. */
    private static long freeMemory() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    private static long mebibytes(long bytes) {
        return bytes >> 20;
    }
}
