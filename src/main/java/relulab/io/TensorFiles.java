package relulab.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import relulab.core.text.Reason;

/**
 * Reads and writes tensor files, choosing the format by the file's extension:
 * {@code .npy} (NumPy) or {@code .csv}.
 *
 * <p>Reading never trusts the file: sizes are checked before anything is allocated and every
 * problem becomes a {@link TensorFileException} whose one-line message names the file.
 * Writing goes through an {@link OutputSet}: a temporary file in the destination's folder,
 * moved into place in one step, so a failed write never leaves half a file behind and never
 * destroys the file it was meant to replace.
 */
public final class TensorFiles {

    /** The largest tensor read unless the caller says otherwise: 2^24 elements (128 MiB of doubles). */
    public static final long DEFAULT_MAX_ELEMENTS = 16_777_216L;

    /** The message "cannot be read: {reason}", for {@link #explain}. */
    static final String CANNOT_READ = "file.cannotRead";
    /** The message "cannot be written: {reason}", for {@link #explain}. */
    static final String CANNOT_WRITE = "file.cannotWrite";

    private TensorFiles() {}

    /** The two file formats, told apart by extension. */
    private enum Format {
        NPY,
        CSV
    }

    /** Reads a tensor of at most {@link #DEFAULT_MAX_ELEMENTS} elements. */
    public static TensorData read(Path file) throws IOException {
        return read(file, DEFAULT_MAX_ELEMENTS);
    }

    /**
     * Reads a {@code .npy} or {@code .csv} file.
     *
     * @throws TensorFileException for anything wrong with the file, with a one-line message
     */
    public static TensorData read(Path file, long maxElements) throws IOException {
        Format format = formatOf(file);
        requireRegularFile(file);
        try {
            return format == Format.NPY ? NpyReader.read(file, maxElements) : CsvReader.read(file, maxElements);
        } catch (TensorFileException e) {
            throw e;
        } catch (IOException e) {
            throw explain(file, CANNOT_READ, e);
        }
    }

    /**
     * What opening {@code file} with {@link #open} will take in memory, in bytes, without
     * reading its data: nothing in proportion to the data for a C-order {@code .npy}, which is
     * streamed; the values as doubles, twice (they are reordered), for a Fortran-order one; and
     * for a {@code .csv} a bound from its length (two bytes per number at least, and the
     * doubling array that collects them).
     *
     * @throws TensorFileException for a file that cannot be read, as {@link #read} would
     */
    public static long memoryToOpen(Path file) throws IOException {
        Format format = formatOf(file);
        requireRegularFile(file);
        try {
            if (format == Format.CSV) {
                long numbers = Math.min(DEFAULT_MAX_ELEMENTS, Files.size(file) / 2 + 1);
                return 3 * numbers * Double.BYTES;
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                NpyReader.Opened opened = NpyReader.open(file, ch, DEFAULT_MAX_ELEMENTS);
                return opened.header().fortranOrder() ? 2L * opened.shape().size() * Double.BYTES : 0;
            }
        } catch (TensorFileException e) {
            throw e;
        } catch (IOException e) {
            throw explain(file, CANNOT_READ, e);
        }
    }

    /**
     * Opens a {@code .npy} or {@code .csv} file of at most {@link #DEFAULT_MAX_ELEMENTS}
     * elements to be read a chunk at a time, its header checked as {@link #read} checks it;
     * the caller closes it. Only a C-order {@code .npy} is left on disk: the others are read
     * whole here.
     *
     * @throws TensorFileException for anything wrong with the file, with a one-line message
     */
    public static TensorSource open(Path file) throws IOException {
        Format format = formatOf(file);
        requireRegularFile(file);
        try {
            return format == Format.NPY
                    ? NpyReader.stream(file, DEFAULT_MAX_ELEMENTS)
                    : TensorSource.of(file, CsvReader.read(file, DEFAULT_MAX_ELEMENTS));
        } catch (TensorFileException e) {
            throw e;
        } catch (IOException e) {
            throw explain(file, CANNOT_READ, e);
        }
    }

    /** Writes {@code data} as {@code .npy} or {@code .csv}, by extension, all or nothing. */
    public static void write(Path file, TensorData data) throws IOException {
        try (OutputSet set = new OutputSet()) {
            stage(set, file, data);
            set.commit();
        }
    }

    /** Writes {@code data} as {@code .npy} or {@code .csv}, by extension, into the set's temporary file for {@code file}. */
    public static void stage(OutputSet set, Path file, TensorData data) throws IOException {
        Format format = formatOf(file);
        if (format == Format.NPY) {
            stageNpy(set, file, data.dims(), data.dtype()).writeAll(data.tensor());
            return;
        }
        FileChannel ch = set.stage(file);
        try {
            Writer writer = new BufferedWriter(Channels.newWriter(ch, StandardCharsets.UTF_8), 1 << 16);
            CsvWriter.write(data, writer);
            writer.flush();
        } catch (IOException e) {
            throw explain(file, CANNOT_WRITE, e);
        }
    }

    /**
     * Starts a {@code .npy} file of shape {@code dims} and type {@code dtype} in the set's
     * temporary file for {@code file}: the header is written, the data is the caller's to
     * write, a chunk at a time, from as many threads as it likes.
     */
    public static NpyWriter stageNpy(OutputSet set, Path file, int[] dims, DType dtype) throws IOException {
        formatOf(file);
        return NpyWriter.start(file, dims, dtype, set.stage(file));
    }

    /**
     * Opens several files at once (two on a two-core machine: a CSV or Fortran-order file is
     * read whole), in the order given; when one fails, the others are closed.
     */
    public static List<TensorSource> openAll(List<Path> files) throws IOException {
        List<OpenJob> jobs = new ArrayList<>();
        for (Path file : files) {
            jobs.add(new OpenJob(file));
        }
        try {
            IoJob.runAll(jobs);
        } catch (IOException | RuntimeException e) {
            for (OpenJob job : jobs) {
                job.closeQuietly();
            }
            throw e;
        }
        List<TensorSource> opened = new ArrayList<>();
        for (OpenJob job : jobs) {
            opened.add(job.source);
        }
        return opened;
    }

    /** Opens one file. */
    private static final class OpenJob extends IoJob {
        private final Path file;
        private TensorSource source;

        OpenJob(Path file) {
            this.file = file;
        }

        @Override
        protected void work() throws IOException {
            source = open(file);
        }

        void closeQuietly() {
            try {
                if (source != null) {
                    source.close();
                }
            } catch (IOException ignored) {
                // Only read from: closing it cannot lose anything.
            }
        }
    }

    /**
     * Refuses, before opening it, anything that is not a regular file: a folder, a FIFO (which
     * would block), a device such as {@code /dev/zero} (endless), or a file of {@code /proc} or
     * {@code /sys}, which the system lists as a regular file of 0 bytes though it reads as text:
     * a file of 0 bytes that has a byte to read is one of those, not an empty file.
     */
    private static void requireRegularFile(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw explain(file, CANNOT_READ, e);
        }
        if (attributes.isDirectory()) {
            throw new TensorFileException(file, Reason.of(TensorFiles.class, "file.folder"));
        }
        if (!attributes.isRegularFile() || (attributes.size() == 0 && hasBytes(file))) {
            throw new TensorFileException(
                    file, Reason.of(TensorFiles.class, attributes.isRegularFile() ? "file.procFile" : "file.device"));
        }
    }

    /** Whether a file listed as 0 bytes long still gives a byte when read (a regular file: it cannot block). */
    private static boolean hasBytes(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Format formatOf(Path file) throws TensorFileException {
        String name = TensorFileException.nameOf(file).toLowerCase(Locale.ROOT);
        if (name.endsWith(".npy")) {
            return Format.NPY;
        }
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        int dot = name.lastIndexOf('.');
        throw new TensorFileException(
                file,
                dot < 0
                        ? Reason.of(TensorFiles.class, "file.noExtension")
                        : Reason.of(TensorFiles.class, "file.extension", name.substring(dot)));
    }

    /**
     * A one-line message for a failure of the file system itself (missing file, no permission...):
     * {@code what} is {@link #CANNOT_READ} or {@link #CANNOT_WRITE}.
     */
    static TensorFileException explain(Path file, String what, IOException e) {
        return new TensorFileException(file, Reason.of(TensorFiles.class, what, IoReason.reason(e)), e);
    }
}
