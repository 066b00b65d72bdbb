package relulab.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Locale;
import relulab.core.Tensor3;
import relulab.core.text.Reason;

/**
 * A NumPy {@code .npy} file being written in its dtype and rank, little-endian, C order, with
 * the header NumPy's {@code np.save} would write for the same array.
 *
 * <p>{@link #start} writes the header; the data then goes in a chunk at a time through
 * {@link Chunks}, each chunk at its own place in the file ({@code dataStart + from × itemSize},
 * a positional write), so several threads can each write their own part of one file, in any
 * order. A chunk leaves through one direct buffer, converted in bulk (float64 and bool bytes
 * are plain copies), so writing costs about what copying the bytes costs.
 */
public final class NpyWriter {

    private static final int CHUNK_ELEMENTS = 1 << 15;

    private final Path file;
    private final DType dtype;
    private final FileChannel out;
    private final long dataStart;

    private NpyWriter(Path file, DType dtype, FileChannel out, long dataStart) {
        this.file = file;
        this.dtype = dtype;
        this.out = out;
        this.dataStart = dataStart;
    }

    /**
     * Writes the header of an array of {@code dtype} in the shape {@code dims} at the start of
     * {@code out}.
     *
     * @param file the destination's name, for messages
     */
    static NpyWriter start(Path file, int[] dims, DType dtype, FileChannel out) throws IOException {
        byte[] header = NpyHeader.of(dtype, dims).format();
        NpyWriter writer = new NpyWriter(file, dtype, out, header.length);
        writer.writeFully(ByteBuffer.wrap(header), 0);
        return writer;
    }

    /** Writes the values of a whole tensor after the header. */
    void writeAll(Tensor3 tensor) throws IOException {
        double[] chunk = new double[Math.min(CHUNK_ELEMENTS, tensor.size())];
        Chunks chunks = chunks(chunk.length);
        for (int from = 0; from < tensor.size(); from += chunk.length) {
            int n = Math.min(chunk.length, tensor.size() - from);
            tensor.copyTo(from, chunk, n);
            chunks.write(from, chunk, n);
        }
    }

    /** A writer of chunks of up to {@code maxChunk} elements for one thread, with its own buffer. */
    public Chunks chunks(int maxChunk) {
        return new Chunks(maxChunk);
    }

    /** Writes chunks of the file's data; used by one thread at a time. */
    public final class Chunks {
        private final ByteBuffer buf;
        private final DType.Scratch scratch;

        private Chunks(int maxChunk) {
            buf = ByteBuffer.allocateDirect(maxChunk * dtype.itemSize()).order(ByteOrder.LITTLE_ENDIAN);
            scratch = new DType.Scratch(dtype, maxChunk);
        }

        /**
         * Writes {@code values[0, n)} as the elements {@code [from, from + n)}.
         *
         * @throws TensorFileException when a value cannot be stored in the dtype (e.g. 2.5 as
         *                             int32) or the file cannot be written
         */
        public void write(int from, double[] values, int n) throws IOException {
            buf.clear();
            int bad = dtype.encode(values, n, buf, scratch);
            if (bad >= 0) {
                throw new TensorFileException(
                        file,
                        Reason.of(
                                NpyWriter.class,
                                "npy.cannotStore",
                                NumberText.forFile(values[bad]),
                                String.format(Locale.ROOT, "%,d", from + bad),
                                dtype.numpyName()));
            }
            writeFully(buf.flip(), dataStart + from * (long) dtype.itemSize());
        }

        /** Writes the bool bytes {@code bools[0, n)} (each 0 or 1) as the elements {@code [from, from + n)}. */
        public void writeBools(int from, byte[] bools, int n) throws IOException {
            if (dtype != DType.BOOL) {
                throw new IllegalStateException(file + " holds " + dtype + ", not bool");
            }
            buf.clear();
            buf.put(bools, 0, n);
            writeFully(buf.flip(), dataStart + from);
        }
    }

    private void writeFully(ByteBuffer bytes, long position) throws IOException {
        try {
            for (long at = position; bytes.hasRemaining(); ) {
                at += out.write(bytes, at);
            }
        } catch (IOException e) {
            throw TensorFiles.explain(file, TensorFiles.CANNOT_WRITE, e);
        }
    }
}
