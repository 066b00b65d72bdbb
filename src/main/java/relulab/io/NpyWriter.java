package relulab.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a tensor as a NumPy {@code .npy} file in its dtype and rank, little-endian, C order,
 * with the header NumPy's {@code np.save} would write for the same array.
 *
 * <p>The values come a chunk at a time ({@link ValueChunks}) and leave through one direct
 * buffer, converted in bulk (float64 is a plain copy), so writing costs about what copying the
 * bytes costs.
 */
final class NpyWriter {

    private static final int CHUNK_ELEMENTS = 1 << 15;

    private NpyWriter() {
    }

    /**
     * Writes {@code count} values of {@code dtype} in the shape {@code dims} to {@code out}.
     *
     * @param file the destination's name, for messages
     * @throws TensorFileException when a value cannot be stored in the dtype (e.g. 2.5 as int32)
     */
    static void write(Path file, int[] dims, DType dtype, ValueChunks values, WritableByteChannel out)
            throws IOException {
        writeFully(out, ByteBuffer.wrap(NpyHeader.of(dtype, dims).format()));
        long count = 1;
        for (int d : dims) {
            count *= d;
        }
        double[] chunk = new double[(int) Math.min(CHUNK_ELEMENTS, count)];
        ByteBuffer buf = ByteBuffer.allocateDirect(chunk.length * dtype.itemSize()).order(ByteOrder.LITTLE_ENDIAN);
        DType.Scratch scratch = new DType.Scratch(dtype, chunk.length);
        for (int from = 0; from < count; from += chunk.length) {
            int n = (int) Math.min(chunk.length, count - from);
            values.fill(from, chunk, n);
            buf.clear();
            int bad = dtype.encode(chunk, n, buf, scratch);
            if (bad >= 0) {
                throw new TensorFileException(file, String.format(Locale.ROOT,
                        "the value %s at element %,d cannot be stored as %s",
                        NumberText.forFile(chunk[bad]), from + bad, dtype));
            }
            writeFully(out, buf.flip());
        }
    }

    private static void writeFully(WritableByteChannel out, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            out.write(buf);
        }
    }
}
