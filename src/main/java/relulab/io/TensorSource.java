package relulab.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import relulab.core.Shape;
import relulab.core.Tensor3;

/**
 * A tensor file opened to be read a chunk at a time, so that a command can stream it through
 * a layer instead of holding it whole.
 *
 * <p>Its header — shape, dtype, rank — has been checked when it is opened, as
 * {@link TensorFiles#read} checks it. The values are then read by {@link Reader}s, one per
 * thread, each with its own buffers, any range in any order. A C-order {@code .npy} file is
 * read straight from the file; a CSV or Fortran-order file, which cannot be read in row-major
 * pieces, has been read whole when it was opened and is handed out from memory.
 */
public abstract class TensorSource implements Closeable {

    private final Path file;
    private final Shape shape;
    private final DType dtype;
    private final int rank;

    TensorSource(Path file, Shape shape, DType dtype, int rank) {
        this.file = file;
        this.shape = shape;
        this.dtype = dtype;
        this.rank = rank;
    }

    /** A source that hands out a tensor already in memory. */
    static TensorSource of(Path file, TensorData data) {
        return new Held(file, data);
    }

    /** The file, for messages. */
    public Path file() {
        return file;
    }

    /** The engine's 3-D shape of the values. */
    public Shape shape() {
        return shape;
    }

    /** The element type in the file. */
    public DType dtype() {
        return dtype;
    }

    /** The file's dimensions, outermost first. */
    public int[] dims() {
        return TensorData.dims(shape, rank);
    }

    /** The file's shape as NumPy prints it, e.g. {@code (2, 3)}. */
    public String shapeText() {
        return TensorData.shapeText(dims());
    }

    /** A reader for one thread, with buffers for chunks of up to {@code maxChunk} elements. */
    public abstract Reader reader(int maxChunk);

    /** Releases the file; the default holds none. */
    @Override
    public void close() throws IOException {}

    /** Reads values of the source; used by one thread at a time. */
    public interface Reader {
        /**
         * Puts the values of the elements {@code [from, from + n)}, row-major, into
         * {@code into[0, n)}; {@code n} is at most the reader's chunk size.
         *
         * @throws TensorFileException when the file cannot be read (e.g. it became shorter)
         */
        void read(int from, double[] into, int n) throws IOException;
    }

    /** A tensor that was read whole. */
    private static final class Held extends TensorSource implements Reader {
        private final Tensor3 tensor;

        Held(Path file, TensorData data) {
            super(file, data.tensor().shape(), data.dtype(), data.rank());
            this.tensor = data.tensor();
        }

        @Override
        public Reader reader(int maxChunk) {
            return this;
        }

        @Override
        public void read(int from, double[] into, int n) {
            tensor.copyTo(from, into, n);
        }
    }
}
