package relulab.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.core.text.Reason;

/**
 * Reads a NumPy {@code .npy} file, checking everything before allocating anything.
 *
 * <p>The order of checks: the file's size, the magic, the version, the header's length
 * against the file's size, the header's dict (dtype, memory order, shape), the rank and
 * dimensions, the element count against the limit, and the data's length against
 * {@code count × itemSize}. Only then is anything read: a {@link Decoder} reads a range of
 * elements with positional reads of up to {@value #CHUNK_BYTES} bytes into one direct buffer
 * and converts them in bulk (float64 is a plain copy). {@link #read} decodes the whole file
 * straight into the tensor's own array, so a large file never needs its bytes and its doubles
 * in memory at once; {@link #stream} leaves the data in the file and decodes the chunks a
 * caller asks for. Fortran-order arrays are read correctly by reordering the values into
 * row-major order.
 */
final class NpyReader {

    /** Headers beyond this are refused: NumPy itself stops at 10,000 bytes by default. */
    static final int MAX_HEADER_BYTES = 1 << 20;

    private static final int CHUNK_BYTES = 1 << 20;
    private static final int PREFIX_V1 = 10;
    private static final int PREFIX_V2 = 12;

    private NpyReader() {}

    static TensorData read(Path file, long maxElements) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(file, ch, open(file, ch, maxElements));
        }
    }

    /**
     * Opens a file to be read a chunk at a time; the caller closes the source. A C-order file
     * stays on disk; a Fortran-order one, whose chunks would not be row-major, is read whole.
     */
    static TensorSource stream(Path file, long maxElements) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        try {
            Opened opened = open(file, ch, maxElements);
            if (opened.header().fortranOrder()) {
                try (ch) {
                    return TensorSource.of(file, read(file, ch, opened));
                }
            }
            return new Streamed(file, ch, opened);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static TensorData read(Path file, FileChannel ch, Opened opened) throws IOException {
        NpyHeader header = opened.header();
        Tensor3 tensor;
        if (header.fortranOrder()) {
            double[] values = new double[opened.shape().size()];
            decode(file, ch, opened, values);
            tensor = Tensor3.of(opened.shape(), FortranOrder.toRowMajor(values, header.shape()));
        } else {
            // An anonymous class, not a lambda: a short command should not pay for bootstrapping lambdas.
            tensor = Tensor3.filledBy(opened.shape(), new Tensor3.ArrayWriter<IOException>() {
                @Override
                public void write(double[] values) throws IOException {
                    decode(file, ch, opened, values);
                }
            });
        }
        return new TensorData(tensor, header.dtype(), header.shape().length);
    }

    /** The header of a file checked against its length and the limit, and where its data starts. */
    record Opened(NpyHeader header, Shape shape, long dataStart) {}

    /** Reads and checks the header of an open file, allocating nothing in proportion to the data. */
    static Opened open(Path file, FileChannel ch, long maxElements) throws IOException {
        long size = ch.size();
        if (size == 0) {
            throw new TensorFileException(file, why("npy.empty"));
        }
        ByteBuffer prefix = readFully(file, ch, 0, (int) Math.min(size, PREFIX_V2));
        checkMagic(file, prefix, size);
        int major = prefix.get(6) & 0xFF;
        int minor = prefix.get(7) & 0xFF;
        if (major < 1 || major > 3 || minor != 0) {
            throw new TensorFileException(file, why("npy.version", String.valueOf(major), String.valueOf(minor)));
        }
        int prefixLength = major == 1 ? PREFIX_V1 : PREFIX_V2;
        if (size < prefixLength) {
            throw new TensorFileException(
                    file, why("npy.endsInLength", String.valueOf(size), String.valueOf(prefixLength - 1)));
        }
        prefix.order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = major == 1 ? prefix.getShort(8) & 0xFFFFL : prefix.getInt(8) & 0xFFFFFFFFL;
        long dataStart = prefixLength + headerLength;
        if (dataStart > size) {
            throw new TensorFileException(
                    file, why("npy.truncatedHeader", String.valueOf(headerLength), String.valueOf(size)));
        }
        if (headerLength > MAX_HEADER_BYTES) {
            throw new TensorFileException(
                    file, why("npy.headerTooLong", String.valueOf(headerLength), String.valueOf(MAX_HEADER_BYTES)));
        }
        Charset charset = major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        String text = charset.decode(readFully(file, ch, prefixLength, (int) headerLength))
                .toString();
        NpyHeader header;
        try {
            header = NpyHeader.parse(text, prefixLength);
        } catch (NpyHeader.Invalid e) {
            throw new TensorFileException(file, e.reason());
        }
        Shape shape = TensorShapes.check(file, header.shape(), maxElements);
        long needed = header.elementCount() * header.dtype().itemSize();
        long present = size - dataStart;
        if (present != needed) {
            throw new TensorFileException(file, dataLengthProblem(header, needed, present, dataStart));
        }
        return new Opened(header, shape, dataStart);
    }

    private static void checkMagic(Path file, ByteBuffer prefix, long size) throws TensorFileException {
        int n = Math.min(prefix.limit(), NpyHeader.MAGIC.length);
        for (int i = 0; i < n; i++) {
            if (prefix.get(i) != NpyHeader.MAGIC[i]) {
                boolean zip = prefix.get(0) == 'P' && prefix.get(1) == 'K';
                throw new TensorFileException(
                        file, why(zip ? "npy.magic.zip" : "npy.magic", hex(prefix, Math.min(prefix.limit(), 8))));
            }
        }
        if (size < 8) {
            throw new TensorFileException(file, why("npy.endsInMagic", String.valueOf(size)));
        }
    }

    private static Reason dataLengthProblem(NpyHeader h, long needed, long present, long dataStart) {
        return why(
                present < needed ? "npy.dataTruncated" : "npy.dataDisagrees",
                h.shapeText(),
                h.descr(),
                String.format(Locale.ROOT, "%,d", needed),
                String.valueOf(dataStart),
                String.format(Locale.ROOT, "%,d", present));
    }

    private static Reason why(String key, Object... args) {
        return Reason.of(NpyReader.class, key, args);
    }

    /** Decodes every element, a chunk at a time, in file order. */
    private static void decode(Path file, FileChannel ch, Opened opened, double[] values) throws IOException {
        new Decoder(file, ch, opened, CHUNK_BYTES / opened.header().dtype().itemSize()).read(0, values, values.length);
    }

    /**
     * Reads and decodes any range of an opened file's elements through its own direct buffer;
     * one per thread. Positional reads leave the channel's position alone, so several decoders
     * may share one channel.
     */
    private static final class Decoder implements TensorSource.Reader {
        private final Path file;
        private final FileChannel ch;
        private final NpyHeader header;
        private final long dataStart;
        private final int perRead;
        private final ByteBuffer buf;
        private final DType.Scratch scratch;

        Decoder(Path file, FileChannel ch, Opened opened, int perRead) {
            this.file = file;
            this.ch = ch;
            this.header = opened.header();
            this.dataStart = opened.dataStart();
            this.perRead = perRead;
            this.buf = ByteBuffer.allocateDirect(perRead * header.dtype().itemSize())
                    .order(header.order());
            this.scratch = new DType.Scratch(header.dtype(), perRead);
        }

        /** Decodes the elements {@code [from, from + n)} into {@code into[0, n)}, in reads of at most {@code perRead} elements. */
        @Override
        public void read(int from, double[] into, int n) throws IOException {
            int itemSize = header.dtype().itemSize();
            try {
                for (int done = 0; done < n; done += perRead) {
                    int m = Math.min(perRead, n - done);
                    buf.clear().limit(m * itemSize);
                    fill(file, ch, buf, dataStart + (from + done) * (long) itemSize);
                    buf.flip();
                    header.dtype().decode(buf, into, done, m, scratch);
                }
            } catch (TensorFileException e) {
                throw e;
            } catch (IOException e) {
                throw TensorFiles.explain(file, TensorFiles.CANNOT_READ, e);
            }
        }
    }

    /** A C-order file left on disk, its chunks decoded as they are asked for. */
    private static final class Streamed extends TensorSource {
        private final FileChannel ch;
        private final Opened opened;

        Streamed(Path file, FileChannel ch, Opened opened) {
            super(file, opened.shape(), opened.header().dtype(), opened.header().shape().length);
            this.ch = ch;
            this.opened = opened;
        }

        @Override
        public Reader reader(int maxChunk) {
            return new Decoder(
                    file(),
                    ch,
                    opened,
                    Math.min(maxChunk, CHUNK_BYTES / opened.header().dtype().itemSize()));
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }

    private static ByteBuffer readFully(Path file, FileChannel ch, long position, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        fill(file, ch, buf, position);
        return buf.flip();
    }

    private static void fill(Path file, FileChannel ch, ByteBuffer buf, long position) throws IOException {
        long at = position;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, at);
            if (n < 0) {
                throw new TensorFileException(file, why("npy.shorter"));
            }
            at += n;
        }
    }

    private static String hex(ByteBuffer b, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(String.format("%02x", b.get(i) & 0xFF));
        }
        return sb.toString();
    }
}
