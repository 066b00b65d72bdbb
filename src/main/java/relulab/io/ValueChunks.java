package relulab.io;

/**
 * The values of a tensor handed out a chunk at a time, in row-major order, so that a file can
 * be written from results that are computed as they are written and never held whole.
 */
@FunctionalInterface
public interface ValueChunks {

    /** Writes the values of elements {@code [from, from + n)} into {@code into[0, n)}. */
    void fill(int from, double[] into, int n);
}
