package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relulab.core.Activations;
import relulab.core.LeakyRelu;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.MessageText;
import relulab.io.TensorData;
import relulab.io.TensorFiles;
import relulab.ui.app.keep.FigureRenderer;
import relulab.ui.shared.text.UiLocale;

/**
 * {@code relu-lab render}: it writes the picture the figure renderer draws (whose pixels
 * WorkbenchFigureTest checks), and refuses bad usage with one line and no file.
 */
class RenderCommandTest {

    private static final Shape SHAPE = new Shape(2, 2, 3);
    private static final Tensor3 X =
            Tensor3.of(SHAPE, new double[] {1, -2, 0, -4, 5, Double.NaN, -1, -2, -3, 4, 0.5, -0.0});
    private static final Tensor3 DOUT = Tensor3.generate(SHAPE, i -> i - 5.5);

    @TempDir
    Path dir;

    private Path write(String name, Tensor3 t) throws IOException {
        Path file = dir.resolve(name);
        TensorFiles.write(file, TensorData.of(t));
        return file;
    }

    @Test
    void writesTheFigureOfTheInputsAtTheChosenScale() throws Exception {
        Path x = write("x.npy", X);
        Path d = write("dout.csv", DOUT);
        Path png = dir.resolve("fig.png");

        CliRun run = CliRun.of(
                "render",
                "--input",
                x.toString(),
                "--dout",
                d.toString(),
                "--activation",
                "leaky:0.1",
                "--scale",
                "1.5",
                "--out",
                png.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "wrote " + MessageText.quote(png.toString()) + " (1920 × 1080 pixels)",
                run.out().strip());
        assertEquals("", run.err());
        Path expected = dir.resolve("expected.png");
        FigureRenderer.renderPng(X, DOUT, new LeakyRelu(0.1), "x.npy", 1.5, Locale.ENGLISH, expected);
        assertSamePixels(expected, png);
    }

    @Test
    void everyMemberOfTheFamilyIsDrawnAndTheOutputNameIsQuoted() throws Exception {
        Path x = write("x.npy", X);
        Path png = dir.resolve("f\u001b]0;pwned\u0007.png");

        CliRun run = CliRun.of(
                "render", "--input", x.toString(), "--activation", "gelu", "--scale", "1", "--out", png.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("\u001b"), run.out());
        Path expected = dir.resolve("expected.png");
        FigureRenderer.renderPng(
                X, Tensor3.generate(SHAPE, i -> 1.0), Activations.parse("gelu"), "x.npy", 1, Locale.ENGLISH, expected);
        assertSamePixels(expected, png);
    }

    @Test
    void withoutDoutTheGradientIsAllOnesAndTheScaleIsTwo() throws Exception {
        Path x = write("x.npy", X);
        Path png = dir.resolve("fig.png");

        CliRun run = CliRun.of("render", "--input", x.toString(), "--out", png.toString());

        assertEquals(0, run.exitCode(), run.err());
        Path expected = dir.resolve("expected.png");
        FigureRenderer.renderPng(
                X, Tensor3.generate(SHAPE, i -> 1.0), relulab.core.Relu.STANDARD, "x.npy", 2, Locale.ENGLISH, expected);
        assertSamePixels(expected, png);
    }

    @Test
    void theFigureIsDrawnInTheLanguageOfLocaleAndTheCommandStillSpeaksEnglish() throws Exception {
        Path x = write("x.npy", X);
        Path pseudo = dir.resolve("pseudo.png");

        CliRun run = CliRun.of(
                "render", "--input", x.toString(), "--locale", "en-XA", "--scale", "1", "--out", pseudo.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "wrote " + MessageText.quote(pseudo.toString()) + " (1280 × 720 pixels)",
                run.out().strip());
        Path expected = dir.resolve("expected.png");
        Tensor3 ones = Tensor3.generate(SHAPE, i -> 1.0);
        FigureRenderer.renderPng(X, ones, relulab.core.Relu.STANDARD, "x.npy", 1, UiLocale.PSEUDO, expected);
        assertSamePixels(expected, pseudo);
        Path english = dir.resolve("english.png");
        FigureRenderer.renderPng(X, ones, relulab.core.Relu.STANDARD, "x.npy", 1, Locale.ENGLISH, english);
        assertFalse(Arrays.equals(pixels(english), pixels(pseudo)), "the words differ from the English figure's");
    }

    @Test
    void aReplacedPictureKeepsItsModeAndNothingElseIsLeftInTheFolder() throws Exception {
        Path x = write("x.npy", X);
        Path png = dir.resolve("fig.png");
        Files.writeString(png, "an older picture");
        Files.setPosixFilePermissions(png, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));

        CliRun run = CliRun.of("render", "--input", x.toString(), "--scale", "1", "--out", png.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(png)));
        assertEquals(1280, ImageIO.read(png.toFile()).getWidth());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of("fig.png", "x.npy"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void badUsageIsRefusedInOneLineAndWritesNothing() throws IOException {
        Path x = write("x.npy", X);
        Path wrong = write("wrong.npy", Tensor3.zeros(new Shape(1, 2, 3)));
        String out = dir.resolve("fig.png").toString();
        assertRefused(
                CliRun.of("render", "--input", x.toString(), "--activation", "swish", "--out", out),
                "unknown activation 'swish'");
        assertRefused(
                CliRun.of("render", "--input", x.toString(), "--scale", "20", "--out", out),
                "--scale must be 0.5 to 8, got 20.0");
        assertRefused(
                CliRun.of("render", "--input", x.toString(), "--scale", "NaN", "--out", out),
                "--scale must be 0.5 to 8, got NaN");
        assertRefused(
                CliRun.of(
                        "render",
                        "--input",
                        x.toString(),
                        "--out",
                        dir.resolve("fig.jpg").toString()),
                "must name a .png file");
        assertRefused(
                CliRun.of(
                        "render",
                        "--input",
                        x.toString(),
                        "--out",
                        dir.resolve("no/fig.png").toString()),
                "does not exist");
        assertRefused(
                CliRun.of("render", "--input", dir.resolve("missing.npy").toString(), "--out", out),
                "'missing.npy': cannot be read: no such file or folder");
        assertRefused(
                CliRun.of("render", "--input", x.toString(), "--dout", wrong.toString(), "--out", out),
                "'wrong.npy' has shape (1, 2, 3) but 'x.npy' has shape (2, 2, 3)");
        assertRefused(CliRun.of("render", "--input", x.toString()), "Missing required option: '--out=FIG.png'");
        assertRefused(CliRun.of("render", "--input", x.toString(), "--out", "/"), "--out '/' is a folder");
        assertRefused(
                CliRun.of("render", "--input", x.toString(), "--out", dir.toString()),
                "is a folder; name a .png file in it");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of("wrong.npy", "x.npy"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aTensorTooLargeForTheHeapIsRefusedInOneLineBeforeAnythingIsAllocated() throws Exception {
        // 64 × 256 × 1024 float64 zeros, sparse on disk: 128 MiB that the figure would need five times over.
        Path x = sparseZeros("big.npy", "(64, 256, 1024)", 64L * 256 * 1024);
        Path png = dir.resolve("big.png");
        ProcessResult run = render("400m", x, png);
        String output = run.output();

        assertEquals(2, run.exitCode(), output);
        List<String> lines = output.lines().toList();
        assertEquals(1, lines.size(), output);
        assertTrue(lines.get(0).startsWith("relu-lab: drawing 'big.npy' needs about "), output);
        assertTrue(lines.get(0).contains("-Xmx"), output);
        assertFalse(output.contains("OutOfMemoryError"), output);
        assertFalse(Files.exists(png));
    }

    @Test
    void memoryThatRunsOutWhileDrawingIsSaidInOneLineAndLeavesNoPicture() throws Exception {
        // A million slices of one cell: the estimate passes at this heap, but the figure's slice
        // captions and the renderer's buffers do not fit; JavaFX's renderer thread prints its
        // OutOfMemoryError rather than throwing it, and the snapshot comes back blank.
        int depth = 1 << 20;
        Path x = sparseZeros("deep.npy", "(" + depth + ", 1, 1)", depth);
        long heapMib = (FigureRenderer.memoryFor(depth, 2) >> 20) + 64 + 24;
        Path png = dir.resolve("deep.png");

        ProcessResult run = render(heapMib + "m", x, png);

        assertEquals(2, run.exitCode(), run.output());
        List<String> lines = run.output().lines().toList();
        assertEquals(1, lines.size(), run.output());
        assertTrue(lines.get(0).startsWith("relu-lab: "), run.output());
        assertTrue(lines.get(0).contains("Java may use only"), run.output());
        assertTrue(lines.get(0).contains("-Xmx"), run.output());
        assertFalse(run.output().contains("OutOfMemoryError"), run.output());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of("deep.npy"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** A float64 .npy of zeros with the given shape, sparse on disk. */
    private Path sparseZeros(String name, String shape, long count) throws IOException {
        Path x = dir.resolve(name);
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(x.toFile(), "rw")) {
            String header = "{'descr': '<f8', 'fortran_order': False, 'shape': " + shape + ", }";
            f.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 118, 0});
            f.write((header + " ".repeat(118 - header.length() - 1) + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            f.setLength(128 + 8 * count);
        }
        return x;
    }

    private record ProcessResult(int exitCode, String output) {}

    /** {@code relu-lab render --input x --out png} in a process of its own with {@code -Xmx<heap>}, stdout and stderr together. */
    private static ProcessResult render(String heap, Path x, Path png) throws Exception {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + heap,
                        // Where drawing runs out depends on the collector: Java's usual one is pinned.
                        "-XX:+UseG1GC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "relulab.Main",
                        "render",
                        "--input",
                        x.toString(),
                        "--out",
                        png.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, java.util.concurrent.TimeUnit.SECONDS));
        return new ProcessResult(p.exitValue(), output);
    }

    private static void assertRefused(CliRun run, String expected) {
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("relu-lab: "), run.err());
        assertTrue(run.err().contains(expected), () -> "expected '" + expected + "' in " + run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    private static void assertSamePixels(Path expected, Path actual) throws IOException {
        assertArrayEquals(pixels(expected), pixels(actual));
    }

    /** The picture's size, then its pixels row by row. */
    private static int[] pixels(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        int[] all = new int[rgb.length + 2];
        all[0] = image.getWidth();
        all[1] = image.getHeight();
        System.arraycopy(rgb, 0, all, 2, rgb.length);
        return all;
    }
}
