package relulab.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Locale;
import relulab.core.Tensor3;

/**
 * Writes a tensor as a NumPy {@code .npy} file in its dtype and rank, little-endian, C order,
 * with the header NumPy's {@code np.save} would write for the same array.
 */
final class NpyWriter {

    private static final int CHUNK_BYTES = 1 << 16;

    private NpyWriter() {
    }

    /**
     * Writes {@code data} to {@code out}.
     *
     * @param file the destination's name, for messages
     * @throws TensorFileException when a value cannot be stored in the dtype (e.g. 2.5 as int32)
     */
    static void write(Path file, TensorData data, OutputStream out) throws IOException {
        DType dtype = data.dtype();
        out.write(NpyHeader.of(dtype, data.dims()).format());
        Tensor3 t = data.tensor();
        int perChunk = CHUNK_BYTES / dtype.itemSize();
        ByteBuffer buf = ByteBuffer.allocate(perChunk * dtype.itemSize()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < t.size(); i++) {
            if (!dtype.put(buf, t.get(i))) {
                throw new TensorFileException(file, String.format(Locale.ROOT,
                        "the value %s at element %,d cannot be stored as %s", NumberText.forFile(t.get(i)), i, dtype));
            }
            if (!buf.hasRemaining()) {
                out.write(buf.array(), 0, buf.position());
                buf.clear();
            }
        }
        out.write(buf.array(), 0, buf.position());
    }
}
