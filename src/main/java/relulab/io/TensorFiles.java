package relulab.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes tensor files, choosing the format by the file's extension:
 * {@code .npy} (NumPy) or {@code .csv}.
 *
 * <p>Reading never trusts the file: sizes are checked before anything is allocated and every
 * problem becomes a {@link TensorFileException} whose one-line message names the file.
 * Writing goes to a temporary file in the destination's folder, which is then moved into
 * place in one step, so a failed write never leaves half a file behind and never destroys the
 * file it was meant to replace.
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
        if (Files.isDirectory(file)) {
            throw new TensorFileException(file, "is a folder, not a file");
        }
        try {
            return format == Format.NPY ? NpyReader.read(file, maxElements) : CsvReader.read(file, maxElements);
        } catch (TensorFileException e) {
            throw e;
        } catch (IOException e) {
            throw explain(file, "cannot be read", e);
        }
    }

    /** Writes {@code data} as {@code .npy} or {@code .csv}, by extension, replacing the file atomically. */
    public static void write(Path file, TensorData data) throws IOException {
        writeAll(Map.of(file, data));
    }

    /**
     * Writes several files so that either all of them are written or none is changed: every
     * file is first written to a temporary file beside it, and only when all of them are
     * complete are they moved into place. Should a move fail, the files already moved by this
     * call are removed again.
     */
    public static void writeAll(Map<Path, TensorData> files) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        List<Path> moved = new ArrayList<>();
        try {
            for (Map.Entry<Path, TensorData> e : files.entrySet()) {
                Path target = e.getKey();
                Format format = formatOf(target);
                temps.put(target, writeTemp(target, format, e.getValue()));
            }
            for (Map.Entry<Path, Path> e : temps.entrySet()) {
                move(e.getValue(), e.getKey());
                moved.add(e.getKey());
            }
        } finally {
            if (moved.size() < temps.size()) {
                for (Path p : temps.values()) {
                    Files.deleteIfExists(p);
                }
                for (Path p : moved) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static Path writeTemp(Path target, Format format, TensorData data) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + TensorFileException.nameOf(target) + ".", ".part");
        } catch (IOException e) {
            throw explain(target, "cannot be written", e);
        }
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                if (format == Format.NPY) {
                    NpyWriter.write(target, data, out);
                } else {
                    var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    CsvWriter.write(data, writer);
                    writer.flush();
                }
            }
        } catch (TensorFileException e) {
            Files.deleteIfExists(temp);
            throw e;
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw explain(target, "cannot be written", e);
        } catch (RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw explain(target, "cannot be written", e);
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
