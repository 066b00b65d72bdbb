package relulab.ui.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relulab.cost.BenchKernel;
import relulab.cost.BenchReport;
import relulab.cost.BenchResult;

/** The last measurement lives in the data folder: read back exactly, and only from a small regular file. */
class ReportMemoryTest {

    @TempDir
    Path folder;

    private static BenchReport report() {
        List<BenchResult> results = java.util.Arrays.stream(BenchKernel.values())
                .map(k -> new BenchResult(k.label(), 0.5 + k.ordinal(), k.bytesPerElement() / (0.5 + k.ordinal())))
                .toList();
        return new BenchReport(1 << 20, results);
    }

    @Test
    void aReportRememberedInOneDataFolderIsRecalledFromItAndNotFromAnother() {
        ReportMemory memory = ReportMemory.inFolder(folder.resolve("user-a"));
        memory.remember(report());

        assertEquals(
                Optional.of(report()),
                ReportMemory.inFolder(folder.resolve("user-a")).recall());
        assertTrue(Files.isRegularFile(folder.resolve("user-a").resolve(ReportMemory.FILE_NAME)));
        assertEquals(
                Optional.empty(),
                ReportMemory.inFolder(folder.resolve("user-b")).recall());
    }

    @Test
    void aFileTooLongAFolderOrGarbageInItsPlaceIsNotRead() throws IOException {
        Path file = folder.resolve(ReportMemory.FILE_NAME);
        Files.writeString(file, "x".repeat(ReportMemory.MAX_BYTES + 1));
        assertEquals(Optional.empty(), ReportMemory.inFolder(folder).recall());
        Files.writeString(file, "1024;copy,1,1,1\n");
        assertEquals(Optional.empty(), ReportMemory.inFolder(folder).recall(), "an older version's line");
        Files.delete(file);
        Files.createDirectory(file);
        assertEquals(Optional.empty(), ReportMemory.inFolder(folder).recall());
    }

    @Test
    void aFifoInItsPlaceIsNotOpenedSoNothingHangs() throws Exception {
        Path fifo = folder.resolve(ReportMemory.FILE_NAME);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is there");
        Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> assertEquals(
                        Optional.empty(), ReportMemory.inFolder(folder).recall()));
    }
}
