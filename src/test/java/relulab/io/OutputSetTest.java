package relulab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An OutputSet changes a folder all or nothing, keeps modes, and refuses special files. */
class OutputSetTest {

    @TempDir
    Path dir;

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void write(OutputSet set, Path target, String text) throws IOException {
        set.stage(target).write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCommitPutsEveryFileInPlaceAndLeavesNoTemporaryFile() throws IOException {
        try (OutputSet set = new OutputSet()) {
            write(set, dir.resolve("a.txt"), "new a");
            write(set, dir.resolve("b.txt"), "new b");
            assertEquals(2, listing().size(), "only the two temporary files exist before the commit");
            set.commit();
        }
        assertEquals(List.of("a.txt", "b.txt"), listing());
        assertEquals("new b", Files.readString(dir.resolve("b.txt")));
    }

    @Test
    void aMoveThatFailsHalfwayRestoresTheOldFilesAndRemovesTheNewOnes() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "old a");
        Files.writeString(dir.resolve("b.txt"), "old b");
        Files.writeString(dir.resolve("stale.txt"), "old stale");
        try (OutputSet set = new OutputSet()) {
            write(set, dir.resolve("a.txt"), "new a");
            write(set, dir.resolve("c.txt"), "new c");
            write(set, dir.resolve("b.txt"), "new b");
            set.removeIfPresent(dir.resolve("stale.txt"));
            // The last temporary file vanishes, so its move fails after a.txt and c.txt were moved.
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".b.txt."))
                        .toList()) {
                    Files.delete(p);
                }
            }
            TensorFileException e = assertThrows(TensorFileException.class, set::commit);
            assertTrue(e.getMessage().startsWith("'b.txt': cannot be written"), e.getMessage());
            assertTrue(e.getMessage().endsWith("nothing was changed"), e.getMessage());
        }
        assertEquals(List.of("a.txt", "b.txt", "stale.txt"), listing());
        assertEquals("old a", Files.readString(dir.resolve("a.txt")));
        assertEquals("old b", Files.readString(dir.resolve("b.txt")));
        assertEquals("old stale", Files.readString(dir.resolve("stale.txt")));
    }

    @Test
    void removeIfPresentRemovesOnlyAtTheCommit() throws IOException {
        Files.writeString(dir.resolve("dx.npy"), "old");
        try (OutputSet set = new OutputSet()) {
            set.removeIfPresent(dir.resolve("dx.npy"));
            write(set, dir.resolve("out.npy"), "new");
            assertTrue(Files.exists(dir.resolve("dx.npy")));
            set.commit();
        }
        assertEquals(List.of("out.npy"), listing());
    }

    @Test
    void closingWithoutACommitLeavesTheFolderAsItWas() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "old");
        try (OutputSet set = new OutputSet()) {
            write(set, dir.resolve("a.txt"), "new");
            write(set, dir.resolve("b.txt"), "new");
        }
        assertEquals(List.of("a.txt"), listing());
        assertEquals("old", Files.readString(dir.resolve("a.txt")));
    }

    @Test
    void newFilesGetTheUmaskModeAndReplacedFilesKeepTheirs() throws IOException {
        Path reference = Files.createFile(dir.resolve("reference"));
        Path kept = Files.writeString(dir.resolve("kept.txt"), "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
        try (OutputSet set = new OutputSet()) {
            write(set, dir.resolve("new.txt"), "new");
            write(set, kept, "new");
            set.commit();
        }
        assertEquals(
                Files.getPosixFilePermissions(reference),
                Files.getPosixFilePermissions(dir.resolve("new.txt")),
                "a new file gets what the umask gives, as np.save's files do");
        assertEquals(PosixFilePermissions.fromString("rw-r-----"), Files.getPosixFilePermissions(kept));
    }

    @Test
    void targetsThatAreNotRegularFilesAreRefusedBeforeAnythingIsWritten() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out.npy"));
        Path fifo = dir.resolve("pipe.npy");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        try (OutputSet set = new OutputSet()) {
            assertEquals(
                    "'out.npy': is a folder; refusing to replace it with a file",
                    assertThrows(TensorFileException.class, () -> set.stage(folder))
                            .getMessage());
            assertEquals(
                    "'pipe.npy': is not a regular file (a device, FIFO or socket); refusing to replace it",
                    assertThrows(TensorFileException.class, () -> set.stage(fifo))
                            .getMessage());
        }
        assertThrows(TensorFileException.class, () -> OutputSet.checkTarget(Path.of("/dev/null")));
        assertThrows(IllegalArgumentException.class, () -> OutputSet.checkTarget(Path.of("")));
        assertEquals(List.of("out.npy", "pipe.npy"), listing());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aMissingFolderIsNamedQuotedAndEscaped() {
        TensorFileException e = assertThrows(
                TensorFileException.class,
                () -> OutputSet.checkTarget(dir.resolve("no\u001B]0;x\u0007").resolve("out.npy")));
        assertEquals(
                "'out.npy': cannot be written: the folder "
                        + MessageText.quote(dir.resolve("no\u001B]0;x\u0007").toString()) + " does not exist",
                e.getMessage());
        assertFalse(e.getMessage().contains("\u001B"), e.getMessage());
    }

    @Test
    void sigtermDeletesTheTemporaryFilesOfASetStillBeingWritten() throws Exception {
        Path target = dir.resolve("big.npy");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        StagingChild.class.getName(),
                        target.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertEquals("staged", out.readLine()));
            assertEquals(1, listing().size(), "the child's temporary file exists");
            child.destroy();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(List.of(), listing(), "SIGTERM left files behind");
        assertFalse(Files.exists(target));
    }

    /** Stages a file, says so, and waits to be killed: the other side of the SIGTERM test. */
    public static final class StagingChild {
        public static void main(String[] args) throws Exception {
            OutputSet set = new OutputSet();
            set.stage(Path.of(args[0])).write(ByteBuffer.wrap(new byte[1 << 20]));
            System.out.println("staged");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
