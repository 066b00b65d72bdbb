package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relulab.testsupport.ChildJava;

/**
 * {@code relu-lab compute} stopped by SIGTERM while it writes, in a process of its own: it says
 * in one line which file it did not finish and why, in words, and the output folder is as it
 * was before the command started.
 */
class ComputeStopTest {

    @TempDir
    Path dir;

    @Test
    void sigtermWhileWritingSaysWhichFileAndWhyInOneLineAndLeavesTheFolderAsItWas() throws Exception {
        // 64 × 256 × 1024 float64 zeros, sparse on disk: about 420 MB of output, a few seconds of writing.
        long count = 64L * 256 * 1024;
        Path x = dir.resolve("x.npy");
        try (RandomAccessFile f = new RandomAccessFile(x.toFile(), "rw")) {
            String header = "{'descr': '<f8', 'fortran_order': False, 'shape': (64, 256, 1024), }";
            f.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 118, 0});
            f.write((header + " ".repeat(118 - header.length() - 1) + "\n").getBytes(StandardCharsets.US_ASCII));
            f.setLength(128 + 8 * count);
        }
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("out.npy"), "the last run's");
        Files.writeString(out.resolve("notes.txt"), "mine");
        List<String> before = listing(out);
        // A file, not a pipe: destroy() closes the pipes to the process.
        Path stderr = dir.resolve("stderr.txt");

        Process p = new ProcessBuilder(ChildJava.command(
                        List.of(),
                        "relulab.Main",
                        "compute",
                        "--input",
                        x.toString(),
                        "--dout",
                        x.toString(),
                        "--out",
                        out.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (listing(out).equals(before) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the command ended before it was stopped; a larger input is needed");
        assertNotEquals(before, listing(out), "the command has begun writing");
        p.destroy();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = Files.readString(stderr);

        assertNotEquals(0, p.exitValue());
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), err);
        String line = lines.get(0);
        assertTrue(line.startsWith("relu-lab: "), line);
        assertTrue(
                Stream.of("out", "gate", "zeroed", "slope", "dx").anyMatch(n -> line.contains("'" + n + ".npy'")),
                () -> "names the file: " + line);
        assertTrue(line.endsWith(": the program is stopping"), line);
        assertFalse(line.contains("Exception"), line);
        assertFalse(line.endsWith("closed"), line);
        assertEquals(before, listing(out));
        assertEquals("the last run's", Files.readString(out.resolve("out.npy")));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
