package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
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
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.TensorData;
import relulab.io.TensorFiles;
import relulab.testsupport.ChildJava;

/** compute against hostile files and faults: the defects of issue 12, one test each. */
class ComputeHardeningTest {

    @TempDir
    Path dir;

    private static final Tensor3 X = Tensor3.of(new Shape(1, 2, 3), new double[] {1, -2, 0, -4, 5, 6});

    private Path write(String name, Tensor3 t) throws IOException {
        Path file = dir.resolve(name);
        TensorFiles.write(file, TensorData.of(t));
        return file;
    }

    private List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String refusal(CliRun run) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        return run.errLines().get(0);
    }

    @Test
    void aRunWithoutDoutRemovesTheDxOfAnEarlierRun() throws IOException {
        Path x = write("x.npy", X);
        Path out = dir.resolve("o");
        assertEquals(
                0,
                CliRun.of("compute", "--input", x.toString(), "--dout", x.toString(), "--out", out.toString())
                        .exitCode());
        assertTrue(listing(out).contains("dx.npy"));
        assertEquals(
                0,
                CliRun.of("compute", "--input", x.toString(), "--out", out.toString())
                        .exitCode());
        assertEquals(List.of("gate.npy", "out.npy", "slope.npy", "zeroed.npy"), listing(out));
    }

    @Test
    void outputsGetTheUmaskModeAsNpSaveGivesAndAReplacedFileKeepsItsMode() throws IOException {
        Path x = write("x.npy", X);
        Path out = Files.createDirectory(dir.resolve("o"));
        Path reference = Files.createFile(dir.resolve("reference"));
        Files.writeString(out.resolve("gate.npy"), "old");
        Files.setPosixFilePermissions(out.resolve("gate.npy"), PosixFilePermissions.fromString("rw-------"));
        assertEquals(
                0,
                CliRun.of("compute", "--input", x.toString(), "--out", out.toString())
                        .exitCode());
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(out.resolve("out.npy")));
        assertEquals(
                PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(out.resolve("gate.npy")));
    }

    @Test
    void anEmptyOutIsRefused() throws IOException {
        Path x = write("x.npy", X);
        assertTrue(refusal(CliRun.of("compute", "--input", x.toString(), "--out", ""))
                .contains("--out is empty"));
    }

    @Test
    void anEmptyInputIsRefusedNamingTheEmptyPath() {
        assertEquals(
                "relu-lab: the empty path '': has no extension; expected .npy or .csv",
                refusal(CliRun.of(
                        "compute", "--input", "", "--out", dir.resolve("o").toString())));
    }

    @Test
    void aFifoAsInputIsRefusedInsteadOfBlocking() throws Exception {
        Path fifo = dir.resolve("x.npy");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        CliRun run = assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> CliRun.of(
                        "compute",
                        "--input",
                        fifo.toString(),
                        "--out",
                        dir.resolve("o").toString()));
        assertEquals(
                "relu-lab: 'x.npy': is not a regular file (a device, FIFO or socket); expected a .npy or .csv file",
                refusal(run));
    }

    /**
     * {@code /dev/zero} (a device that never ends) and a {@code /proc} file (listed as a regular file
     * of 0 bytes, though it reads as text), each under a tensor's name, are "not a regular file",
     * not "empty (0 bytes)", and nothing blocks.
     */
    @Test
    void aDeviceOrAProcFileAsInputIsNotARegularFileRatherThanEmpty() throws Exception {
        Path proc = Path.of("/proc/self/status");
        assertTrue(Files.isRegularFile(proc) && Files.size(proc) == 0, "the system lists /proc files as empty");
        for (String target : List.of("/dev/zero", proc.toString())) {
            for (String name : List.of("x.npy", "x.csv")) {
                Path link = dir.resolve(name);
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, Path.of(target));
                CliRun run = assertTimeoutPreemptively(
                        Duration.ofSeconds(20),
                        () -> CliRun.of(
                                "compute",
                                "--input",
                                link.toString(),
                                "--out",
                                dir.resolve("o").toString()));
                String line = refusal(run);
                assertTrue(line.startsWith("relu-lab: '" + name + "': is not a regular file ("), target + ": " + line);
                assertFalse(line.contains("empty"), line);
            }
        }
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void anEmptyRegularFileIsStillCalledEmpty() throws IOException {
        Path empty = Files.createFile(dir.resolve("x.npy"));
        String line = refusal(CliRun.of(
                "compute",
                "--input",
                empty.toString(),
                "--out",
                dir.resolve("o").toString()));
        assertTrue(line.contains("empty (0 bytes)"), line);
    }

    @Test
    void theSummaryListsAFewDozenChannelsAndSumsUpTheRest() throws IOException {
        Tensor3 manyChannels = Tensor3.generate(new Shape(1000, 1, 1), i -> i % 2 == 0 ? -1 : 1);
        Path x = write("x.npy", manyChannels);
        CliRun run = CliRun.of(
                "compute", "--input", x.toString(), "--out", dir.resolve("o").toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(ComputeSummary.LISTED_CHANNELS + 5, lines.size(), run.out());
        assertTrue(lines.contains("  channels 32 to 999 (968 more): 484 of 968"), run.out());
        assertTrue(
                lines.contains("in total: 500 of 1,000 cells zeroed (50.0%); 500 passed, 0 already zero, 0 NaN"),
                run.out());
    }

    @Test
    void controlCharactersInAFileNameAreEscapedInTheMessage() {
        Path missing = dir.resolve("x\r\u001B[2J\u001B]0;title\u0007\u2028.npy");
        String line = refusal(CliRun.of(
                "compute",
                "--input",
                missing.toString(),
                "--out",
                dir.resolve("o").toString()));
        assertTrue(line.contains("x\\u000D\\u001B[2J\\u001B]0;title\\u0007\\u2028.npy"), line);
        assertTrue(line.chars().allMatch(c -> c >= ' ' && c != 127), "a raw control character reached stderr: " + line);
    }

    @Test
    void aHugeDtypeStringIsQuotedInAFewDozenCharacters() throws IOException {
        Path npy = dir.resolve("x.npy");
        String header = "{'descr': '" + "<".repeat(900_000) + "', 'fortran_order': False, 'shape': (2,), }";
        byte[] text = (header + " ".repeat(64 - (10 + header.length() + 1) % 64) + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = new byte[12 + text.length + 16];
        byte[] magic = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 2, 0};
        System.arraycopy(magic, 0, file, 0, 8);
        file[8] = (byte) text.length;
        file[9] = (byte) (text.length >> 8);
        file[10] = (byte) (text.length >> 16);
        System.arraycopy(text, 0, file, 12, text.length);
        Files.write(npy, file);
        String line = refusal(CliRun.of(
                "compute", "--input", npy.toString(), "--out", dir.resolve("o").toString()));
        assertTrue(line.contains("unsupported dtype '<<<<"), line);
        assertTrue(line.length() < 300, () -> line.length() + " characters: " + line.substring(0, 300));
    }

    @Test
    void aCsvLineLongerThanTheLimitIsRefusedBeforeItIsReadWhole() throws IOException {
        Path csv = dir.resolve("x.csv");
        try (RandomAccessFile f = new RandomAccessFile(csv.toFile(), "rw")) {
            byte[] ones = "1,".repeat(1 << 19).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 65; i++) {
                f.write(ones);
            }
        }
        String line = refusal(CliRun.of(
                "compute", "--input", csv.toString(), "--out", dir.resolve("o").toString()));
        assertEquals("relu-lab: 'x.csv': line 1 is longer than the limit of 67,108,864 characters", line);
    }

    /** A .npy file of {@code count} float64 zeros, made sparse so that it takes no room. */
    private Path zerosNpy(String name, long count, boolean fortranOrder) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            String header = "{'descr': '<f8', 'fortran_order': " + (fortranOrder ? "True" : "False") + ", 'shape': ("
                    + count + ",), }";
            f.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 118, 0});
            f.write((header + " ".repeat(118 - header.length() - 1) + "\n").getBytes(StandardCharsets.US_ASCII));
            f.setLength(128 + 8L * count);
        }
        return file;
    }

    /** Runs compute with x as both input and dout in a Java limited to 96 MiB of heap; returns its exit code and output. */
    private CliRun computeIn96MiB(Path x) throws Exception {
        Process p = new ProcessBuilder(ChildJava.command(
                        List.of("-Xmx96m"),
                        "relulab.Main",
                        "compute",
                        "--input",
                        x.toString(),
                        "--dout",
                        x.toString(),
                        "--out",
                        dir.resolve("o").toString()))
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new CliRun(p.exitValue(), output, output);
    }

    @Test
    void anInputReadWholeThatIsTooBigForTheHeapIsRefusedWithTheMemoryItNeedsAndTheXmxToUse() throws Exception {
        CliRun run = computeIn96MiB(zerosNpy("x.npy", 16_777_216, true));
        assertEquals(2, run.exitCode(), run.out());
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run.out());
        assertTrue(
                lines.get(0)
                        .startsWith(
                                "relu-lab: reading 'x.npy' and 'x.npy' needs about 576 MiB of memory but Java may use only"),
                run.out());
        assertTrue(lines.get(0).contains("give Java more with -Xmx1g"), run.out());
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void aStreamedInputAndDoutLargerTogetherThanTheWholeHeapAreComputed() throws Exception {
        int count = 8 << 20;
        CliRun run = computeIn96MiB(zerosNpy("x.npy", count, false));
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(
                run.out()
                        .contains(
                                "in total: 0 of 8,388,608 cells zeroed (0.0%); 0 passed, 8,388,608 already zero, 0 NaN"),
                run.out());
        assertEquals(128 + 8L * count, Files.size(dir.resolve("o/dx.npy")));
        assertEquals(128 + count, Files.size(dir.resolve("o/gate.npy")));
    }

    @Test
    void anOutOfMemoryErrorBecomesOneLineWithTheXmxHint() {
        String line = UserError.messageOf(new OutOfMemoryError("Java heap space"));
        assertTrue(line.startsWith("not enough memory: Java may use only "), line);
        assertTrue(line.contains("-Xmx"), line);
    }

    @Test
    void float32SignallingNanBitsSurviveTheLayerAsNumpyKeepsThem() throws IOException {
        int signalling = 0x7F80_0001;
        int negativeSignalling = 0xFF80_1234;
        Path x = dir.resolve("x.npy");
        Path d = dir.resolve("d.npy");
        Files.write(x, float32Npy(Float.intBitsToFloat(signalling), 1f, -1f));
        Files.write(d, float32Npy(3f, Float.intBitsToFloat(negativeSignalling), 7f));
        Path out = dir.resolve("o");
        assertEquals(
                0,
                CliRun.of("compute", "--input", x.toString(), "--dout", d.toString(), "--out", out.toString())
                        .exitCode());
        byte[] dx = Files.readAllBytes(out.resolve("dx.npy"));
        assertArrayEquals(
                float32Bits(0, negativeSignalling, 0),
                java.util.Arrays.copyOfRange(dx, 128, 140),
                "dx passes dout's bits where x > 0");
    }

    private static byte[] float32Npy(float... values) {
        String header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + values.length + ",), }";
        byte[] text = (header + " ".repeat(128 - 10 - header.length() - 1) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] file = new byte[128 + 4 * values.length];
        byte[] magic = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) text.length, 0};
        System.arraycopy(magic, 0, file, 0, 10);
        System.arraycopy(text, 0, file, 10, text.length);
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        System.arraycopy(float32Bits(bits), 0, file, 128, 4 * values.length);
        return file;
    }

    private static byte[] float32Bits(int... bits) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 * bits.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int v : bits) {
            b.putInt(v);
        }
        return b.array();
    }

    @Test
    void dyingRefusesADumpTargetThatIsNotARegularFileBeforeTraining() throws Exception {
        Path fifo = dir.resolve("model.json");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        String line = refusal(CliRun.of("dying", "--lr", "0.1", "--steps", "100000", "--dump", fifo.toString()));
        assertEquals(
                "relu-lab: 'model.json': is not a regular file (a device, FIFO or socket); refusing to replace it",
                line);
    }
}
