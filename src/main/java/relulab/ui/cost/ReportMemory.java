package relulab.ui.cost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import relulab.cost.BenchReport;
import relulab.cost.BenchReportText;

/**
 * Where the tab keeps its last measurement, so that it opens on the last results instead of an
 * empty chart: a measurement costs tens of seconds of a busy processor. The program keeps it in
 * the data folder with the rest of the user's state ({@link #inFolder}), so that another data
 * folder ({@code -Drelulab.data.dir}) is another user, with a measurement of its own.
 *
 * <p>Both methods do I/O: call them off the FX thread.
 */
interface ReportMemory {

    /** The file in the data folder; the 3 since the family joined the kernels (an older line is not read). */
    String FILE_NAME = "cost-last-report-3.txt";

    /** A line longer than this is not one the program wrote (19 kernels take about 1.5 KB). */
    int MAX_BYTES = 64 * 1024;

    /** Remembers nothing: for tests, and for a machine whose data folder cannot be used. */
    ReportMemory NONE = new ReportMemory() {
        @Override
        public Optional<BenchReport> recall() {
            return Optional.empty();
        }

        @Override
        public void remember(BenchReport report) {}
    };

    /** The last report remembered, if any and if it can still be read. */
    Optional<BenchReport> recall();

    /** Keeps {@code report} as the last one. */
    void remember(BenchReport report);

    /**
     * The file {@value #FILE_NAME} in {@code folder}. It is read only when it is a regular file
     * (not a FIFO, a device or a folder) of at most {@value #MAX_BYTES} bytes, and written to a
     * temporary file first, then moved over the old one, so that a crash leaves the old report or
     * the new one, never half of one. A file that cannot be read or written costs the tab its
     * memory, with one line in the log, never the tab.
     */
    static ReportMemory inFolder(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        System.Logger log = System.getLogger("relulab");
        return new ReportMemory() {
            @Override
            public Optional<BenchReport> recall() {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    return Optional.empty();
                }
                try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                    if (bytes.length > MAX_BYTES) {
                        log.log(
                                System.Logger.Level.WARNING,
                                () -> file + ": longer than " + MAX_BYTES + " bytes, not read");
                        return Optional.empty();
                    }
                    return Optional.of(BenchReportText.parse(new String(bytes, StandardCharsets.UTF_8).strip()));
                } catch (IOException | IllegalArgumentException e) {
                    // written by another version, or unreadable: measure afresh
                    log.log(System.Logger.Level.INFO, () -> file + ": not read (" + e.getMessage() + ")");
                    return Optional.empty();
                }
            }

            @Override
            public void remember(BenchReport report) {
                try {
                    Files.createDirectories(folder);
                    Path temp = Files.createTempFile(folder, FILE_NAME, ".tmp");
                    try {
                        Files.writeString(temp, BenchReportText.format(report) + "\n", StandardCharsets.UTF_8);
                        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } finally {
                        Files.deleteIfExists(temp);
                    }
                } catch (IOException e) {
                    log.log(
                            System.Logger.Level.WARNING,
                            () -> file + ": the measurement could not be kept (" + e.getMessage() + ")");
                }
            }
        };
    }
}
