package relulab.io.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.TensorData;

/**
 * Session files that are not what they seem: a FIFO, a device or a {@code /proc} file named
 * {@code x.relulab} is refused as not a regular file without being read, and a valid session
 * larger than the memory Java may use is refused as too large for it, before it is read.
 */
class SessionHardeningTest {

    @TempDir
    Path dir;

    @Test
    void aFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("x.relulab");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();

        SessionFileException e = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> assertThrows(SessionFileException.class, () -> SessionFiles.read(fifo)));

        assertEquals("'x.relulab': is not a regular file (a device, FIFO or system file)", e.getMessage());
    }

    @Test
    void aDeviceAndAProcFileAreRefusedAsNotRegularFiles() throws Exception {
        for (String target : List.of("/dev/zero", "/proc/self/status")) {
            Path link = Files.createSymbolicLink(dir.resolve("x.relulab"), Path.of(target));

            SessionFileException e = assertTimeoutPreemptively(
                    Duration.ofSeconds(10),
                    () -> assertThrows(SessionFileException.class, () -> SessionFiles.read(link)));

            assertEquals("'x.relulab': is not a regular file (a device, FIFO or system file)", e.getMessage(), target);
            Files.delete(link);
        }
    }

    @Test
    void aTrulyEmptyFileIsStillSaidToBeEmpty() throws Exception {
        Path empty = Files.createFile(dir.resolve("x.relulab"));

        SessionFileException e = assertThrows(SessionFileException.class, () -> SessionFiles.read(empty));

        assertEquals("'x.relulab': the file is empty (0 bytes)", e.getMessage());
    }

    @Test
    void aValidSessionNeedingMoreMemoryThanJavaMayUseIsRefusedAsTooLarge() throws Exception {
        // 64 × 128 × 128 float64 twice, as the window's largest state saves it: about 22 MB.
        Shape shape = new Shape(64, 128, 128);
        Random random = new Random(24);
        Tensor3 x = Tensor3.generate(shape, i -> random.nextGaussian());
        Path big = dir.resolve("big.relulab");
        SessionFiles.write(
                big, new Session(TensorData.of(x), TensorData.of(x), "relu", GradientAtZero.ZERO, null, null));

        String small = readInAProcessWith("-Xmx64m", big);
        String enough = readInAProcessWith("-Xmx512m", big);

        assertTrue(small.startsWith("'big.relulab': is "), small);
        assertTrue(small.contains("too large for the memory Java may use here"), small);
        assertTrue(small.contains("-Xmx1g"), small);
        assertEquals("read", enough, "the same file opens with memory enough");
    }

    private String readInAProcessWith(String memory, Path file) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        memory,
                        "-cp",
                        System.getProperty("java.class.path"),
                        SessionMemoryChild.class.getName(),
                        file.toString())
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        return read(out);
    }

    private static String read(Path out) throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8).strip();
    }
}
