package relulab.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import relulab.core.Tensor3;

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

    private TensorFiles() {
    }

    /** The two file formats, told apart by extension. */
    private enum Format { NPY, CSV }

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
            throw explain(file, "cannot be read", e);
        }
    }

    /**
     * What reading {@code file} will take in memory, in bytes, without reading its data: the
     * values as doubles (twice for Fortran order, which is reordered) for {@code .npy}, and for
     * {@code .csv} a bound from its length (two bytes per number at least, and the doubling
     * array that collects them).
     *
     * @throws TensorFileException for a file that cannot be read, as {@link #read} would
     */
    public static long memoryToRead(Path file) throws IOException {
        Format format = formatOf(file);
        requireRegularFile(file);
        try {
            if (format == Format.CSV) {
                long numbers = Math.min(DEFAULT_MAX_ELEMENTS, Files.size(file) / 2 + 1);
                return 3 * numbers * Double.BYTES;
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                NpyReader.Opened opened = NpyReader.open(file, ch, DEFAULT_MAX_ELEMENTS);
                return (opened.header().fortranOrder() ? 2L : 1L) * opened.shape().size() * Double.BYTES;
            }
        } catch (TensorFileException e) {
            throw e;
        } catch (IOException e) {
            throw explain(file, "cannot be read", e);
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
            Tensor3 t = data.tensor();
            stageNpy(set, List.of(new NpyOutput(file, data.dims(), data.dtype(), (from, into, n) -> {
                for (int k = 0; k < n; k++) {
                    into[k] = t.get(from + k);
                }
            })));
            return;
        }
        FileChannel ch = set.stage(file);
        try {
            Writer writer = new BufferedWriter(Channels.newWriter(ch, StandardCharsets.UTF_8), 1 << 16);
            CsvWriter.write(data, writer);
            writer.flush();
        } catch (IOException e) {
            throw explain(file, "cannot be written", e);
        }
    }

    /**
     * A {@code .npy} file to be written from values made a chunk at a time: shape {@code dims},
     * type {@code dtype}.
     */
    public record NpyOutput(Path file, int[] dims, DType dtype, ValueChunks values) {
    }

    /**
     * Writes {@code .npy} files into the set's temporary files, several at once on the
     * machine's cores (the file system's page copying, not the arithmetic, is what takes the
     * time). {@code values} of every output must allow being called from several threads.
     */
    public static void stageNpy(OutputSet set, List<NpyOutput> outputs) throws IOException {
        Map<NpyOutput, FileChannel> channels = new LinkedHashMap<>();
        for (NpyOutput o : outputs) {
            formatOf(o.file());
            channels.put(o, set.stage(o.file()));
        }
        inParallel(outputs, o -> {
            try {
                NpyWriter.write(o.file(), o.dims(), o.dtype(), o.values(), channels.get(o));
            } catch (TensorFileException e) {
                throw e;
            } catch (IOException e) {
                throw explain(o.file(), "cannot be written", e);
            }
        });
    }

    /** Reads several files at once on the machine's cores, in the order given. */
    public static List<TensorData> readAll(List<Path> files) throws IOException {
        TensorData[] read = new TensorData[files.size()];
        inParallel(java.util.stream.IntStream.range(0, files.size()).boxed().toList(),
                i -> read[i] = read(files.get(i)));
        return List.of(read);
    }

    /** An I/O step on one item. */
    @FunctionalInterface
    private interface IoStep<T> {
        void run(T item) throws IOException;
    }

    /** Runs {@code step} on every item, on the common pool and this thread; rethrows the first failure in the items' order. */
    private static <T> void inParallel(List<T> items, IoStep<T> step) throws IOException {
        IOException[] failures = new IOException[items.size()];
        java.util.stream.IntStream.range(0, items.size()).parallel().forEach(i -> {
            try {
                step.run(items.get(i));
            } catch (IOException e) {
                failures[i] = e;
            }
        });
        for (IOException e : failures) {
            if (e != null) {
                throw e;
            }
        }
    }

    /** Refuses, before opening it, anything that is not a regular file: a folder, a FIFO (which would block), a device. */
    private static void requireRegularFile(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw explain(file, "cannot be read", e);
        }
        if (attributes.isDirectory()) {
            throw new TensorFileException(file, "is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new TensorFileException(file, "is not a regular file (a device, FIFO or socket); expected a .npy or .csv file");
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
        throw new TensorFileException(file, (dot < 0 ? "has no extension" : "has the unknown extension '"
                + name.substring(dot) + "'") + "; expected .npy or .csv");
    }

    /** A one-line message for a failure of the file system itself (missing file, no permission...). */
    private static TensorFileException explain(Path file, String what, IOException e) {
        return new TensorFileException(file, what + ": " + TensorFileException.reasonOf(e), e);
    }
}
