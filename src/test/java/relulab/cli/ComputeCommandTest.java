package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.core.Shape;
import relulab.core.Tanh;
import relulab.core.Tensor3;
import relulab.io.DType;
import relulab.io.TensorData;
import relulab.io.TensorFiles;

/** The compute command's summary, its options, and how it refuses bad usage without writing. */
class ComputeCommandTest {

    @TempDir
    Path dir;

    private static final Shape SHAPE = new Shape(2, 2, 3);
    private static final Tensor3 X = Tensor3.of(SHAPE, new double[] {
        1, -2, 0, -4, 5, Double.NaN, -1, -2, -3, 4, 0.5, -0.0,
    });

    private Path write(String name, TensorData data) throws IOException {
        Path file = dir.resolve(name);
        TensorFiles.write(file, data);
        return file;
    }

    private List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertRefused(CliRun run, String expected) {
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("relu-lab: "), run.err());
        assertTrue(run.err().contains(expected), () -> "expected '" + expected + "' in " + run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void summaryGivesTheShapeAndTheCellsZeroedPerChannelAndInTotal() throws IOException {
        Path x = write("x.npy", TensorData.of(X));
        CliRun run = CliRun.of(
                "compute", "--input", x.toString(), "--out", dir.resolve("o").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                List.of(
                        "'x.npy': shape (2, 2, 3), float64 (2 channels of 2 x 3); activation ReLU",
                        "cells zeroed (x < 0), per channel:",
                        "  channel 0: 2 of 6",
                        "  channel 1: 3 of 6",
                        "in total: 5 of 12 cells zeroed (41.7%); 4 passed, 2 already zero, 1 NaN",
                        "wrote out.npy, gate.npy, zeroed.npy, slope.npy in '" + dir.resolve("o") + "'"),
                run.out().lines().toList());
        assertEquals(List.of("gate.npy", "out.npy", "slope.npy", "zeroed.npy"), listing(dir.resolve("o")));
    }

    @Test
    void outputsKeepTheRankAndFloat32TypeOfTheInput() throws IOException {
        Tensor3 row = Tensor3.of(new Shape(1, 2, 3), new double[] {1, -2, 3, -4, 5, -6});
        Path x = write("x.npy", new TensorData(row, DType.FLOAT32, 2));
        Path d = write("d.npy", new TensorData(row, DType.FLOAT64, 2));
        assertEquals(
                0,
                CliRun.of("compute", "--input", x.toString(), "--dout", d.toString(), "--out", dir.toString())
                        .exitCode());
        TensorData out = TensorFiles.read(dir.resolve("out.npy"));
        TensorData dx = TensorFiles.read(dir.resolve("dx.npy"));
        assertEquals(DType.FLOAT32, out.dtype());
        assertEquals(DType.FLOAT32, dx.dtype());
        assertEquals("(2, 3)", out.shapeText());
        assertEquals(DType.BOOL, TensorFiles.read(dir.resolve("gate.npy")).dtype());
        assertEquals(Tensor3.of(new Shape(1, 2, 3), new double[] {1, 0, 3, 0, 5, 0}), dx.tensor());
    }

    @Test
    void integerInputGivesFloat64Outputs() throws IOException {
        Tensor3 t = Tensor3.of(new Shape(1, 1, 3), new double[] {-1, 0, 2});
        Path x = write("x.npy", new TensorData(t, DType.INT32, 1));
        assertEquals(
                0,
                CliRun.of("compute", "--input", x.toString(), "--out", dir.toString())
                        .exitCode());
        TensorData out = TensorFiles.read(dir.resolve("out.npy"));
        assertEquals(DType.FLOAT64, out.dtype());
        assertEquals(1, out.rank());
    }

    @Test
    void leakyReluKeepsTheMasksAndScalesTheGradient() throws IOException {
        Path x = write("x.npy", TensorData.of(X));
        Path d = write("d.npy", TensorData.of(Tensor3.generate(SHAPE, i -> 10)));
        CliRun run = CliRun.of(
                "compute",
                "--input",
                x.toString(),
                "--dout",
                d.toString(),
                "--out",
                dir.resolve("o").toString(),
                "--activation",
                "leaky:0.5");
        assertEquals(0, run.exitCode(), run.err());
        Tensor3 dx = TensorFiles.read(dir.resolve("o/dx.npy")).tensor();
        assertEquals(10.0, dx.get(0));
        assertEquals(5.0, dx.get(1));
        assertEquals(-1.0, TensorFiles.read(dir.resolve("o/out.npy")).tensor().get(1));
        assertEquals(1.0, TensorFiles.read(dir.resolve("o/zeroed.npy")).tensor().get(1), "x < 0 is still zeroed");
        assertEquals(0.0, TensorFiles.read(dir.resolve("o/gate.npy")).tensor().get(2), "x = 0 is not in the gate");
    }

    @Test
    void aSlopeTypedAsMinusZeroIsTheSlopeZero() throws IOException {
        Path x = write("x.npy", TensorData.of(X));
        CliRun run = CliRun.of(
                "compute", "--input", x.toString(), "--out", dir.resolve("o").toString(), "--activation", "leaky:-0");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("activation Leaky ReLU (a = 0.0)"), run.out());
    }

    @Test
    void aDoutOfAnotherShapeIsRefusedNamingBothShapesAndNothingIsWritten() throws IOException {
        Path x = write("x.npy", TensorData.of(X));
        Path d = write("d.npy", new TensorData(Tensor3.zeros(new Shape(1, 3, 4)), DType.FLOAT64, 2));
        Path out = dir.resolve("o");
        CliRun run = CliRun.of("compute", "--input", x.toString(), "--dout", d.toString(), "--out", out.toString());
        assertRefused(run, "'d.npy' has shape (3, 4) but 'x.npy' has shape (2, 2, 3)");
        assertFalse(Files.exists(out));
    }

    @Test
    void everyMemberOfTheFamilyRunsAndASmoothOneCountsItsCellsBelowZero() throws IOException {
        Path x = write("x.npy", TensorData.of(X));
        for (Activation f : Activations.all()) {
            CliRun run = CliRun.of(
                    "compute",
                    "--input",
                    x.toString(),
                    "--out",
                    dir.resolve("o").toString(),
                    "--activation",
                    f.name());
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains("; activation " + f + "\n"), run.out());
        }
        CliRun tanh = CliRun.of(
                "compute", "--input", x.toString(), "--out", dir.resolve("o").toString(), "--activation", "tanh");
        assertTrue(tanh.out().contains("in total: 5 of 12 cells below zero (41.7%)"), tanh.out());
        Tensor3 slope = TensorFiles.read(dir.resolve("o/slope.npy")).tensor();
        for (int i = 0; i < X.size(); i++) {
            assertEquals(
                    Double.doubleToRawLongBits(Tanh.INSTANCE.slope(X.get(i))),
                    Double.doubleToRawLongBits(slope.get(i)));
        }
    }

    @Test
    void reluFollowsTheChosenGradientAtZeroInItsSlopeAndDx() throws IOException {
        Tensor3 zeros = Tensor3.of(new Shape(1, 1, 3), new double[] {0.0, -0.0, 2.0});
        Path x = write("x.npy", TensorData.of(zeros));
        Path d = write("d.npy", TensorData.of(Tensor3.of(new Shape(1, 1, 3), new double[] {4.0, 4.0, 4.0})));
        for (String[] choice : new String[][] {{"0", "0.0"}, {"0.5", "0.5"}, {"1", "1.0"}, {" 5e-1", "0.5"}}) {
            CliRun run = CliRun.of(
                    "compute",
                    "--input",
                    x.toString(),
                    "--dout",
                    d.toString(),
                    "--out",
                    dir.resolve("o").toString(),
                    "--gradient-at-zero",
                    choice[0]);
            assertEquals(0, run.exitCode(), run.err());
            double g = Double.parseDouble(choice[1]);
            assertEquals(
                    List.of(g, g, 1.0),
                    boxed(TensorFiles.read(dir.resolve("o/slope.npy")).tensor()),
                    choice[0]);
            assertEquals(
                    List.of(4 * g, 4 * g, 4.0),
                    boxed(TensorFiles.read(dir.resolve("o/dx.npy")).tensor()),
                    choice[0]);
        }
        assertRefused(
                CliRun.of("compute", "--input", x.toString(), "--out", dir.toString(), "--gradient-at-zero", "0.25"),
                "--gradient-at-zero: '0.25' is not 0, 0.5 or 1");
        assertRefused(
                CliRun.of(
                        "compute",
                        "--input",
                        x.toString(),
                        "--out",
                        dir.toString(),
                        "--activation",
                        "gelu",
                        "--gradient-at-zero",
                        "1"),
                "--gradient-at-zero is ReLU's choice at its kink; GELU has a slope of its own at 0");
    }

    private static List<Double> boxed(Tensor3 t) {
        return Arrays.stream(t.toArray()).boxed().toList();
    }

    @Test
    void anUnknownActivationOrABadSlopeIsRefused() throws IOException {
        Path x = write("x.npy", TensorData.of(X));
        assertRefused(
                CliRun.of(
                        "compute",
                        "--input",
                        x.toString(),
                        "--out",
                        dir.resolve("o").toString(),
                        "--activation",
                        "swish"),
                "unknown activation 'swish'");
        assertRefused(
                CliRun.of(
                        "compute",
                        "--input",
                        x.toString(),
                        "--out",
                        dir.resolve("o").toString(),
                        "--activation",
                        "leaky:steep"),
                "leaky ReLU slope 'steep' is not a number");
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void missingRequiredOptionsAreOneLineOfUsageError() {
        assertRefused(CliRun.of("compute", "--out", dir.toString()), "--input");
    }

    @Test
    void anOutputPathThatIsAFileIsRefused() throws IOException {
        Path x = write("x.npy", TensorData.of(X));
        Path file = Files.writeString(dir.resolve("taken"), "mine");
        assertRefused(
                CliRun.of("compute", "--input", x.toString(), "--out", file.toString()),
                "is a file, expected a folder");
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void aNameInARefusalIsQuotedEscapedAndCutAsEveryNameFromOutside() throws IOException {
        Path x = write("x.npy", TensorData.of(X));
        String name = "\u202ereport\u001b]0;pwned\u0007" + "y".repeat(60);
        Path file = Files.writeString(dir.resolve(name), "mine");
        CliRun run = CliRun.of("compute", "--input", x.toString(), "--out", file.toString());
        assertRefused(run, " is a file, expected a folder");
        assertFalse(run.err().contains(name), run.err());
        assertTrue(run.err().contains("\\u202Ereport"), run.err());
        assertTrue(run.err().contains("\u2026' is a file"), run.err());
    }

    @Test
    void aFolderNamedLikeAnOutputIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path x = write("x.npy", TensorData.of(X));
        Path d = write("d.npy", TensorData.of(X));
        Path out = Files.createDirectory(dir.resolve("o"));
        Files.writeString(Files.createDirectory(out.resolve("dx.npy")).resolve("keep.txt"), "keep");
        CliRun run = CliRun.of("compute", "--input", x.toString(), "--dout", d.toString(), "--out", out.toString());
        assertRefused(run, "'dx.npy': is a folder; refusing to replace it with a file");
        assertEquals(List.of("dx.npy"), listing(out));
        assertEquals(List.of("keep.txt"), listing(out.resolve("dx.npy")));
    }

    @Test
    void helpDescribesTheOutputFiles() {
        CliRun run = CliRun.of("compute", "--help");
        assertEquals(0, run.exitCode());
        for (String word : List.of(
                "--input",
                "--dout",
                "--out",
                "--activation",
                "out.npy",
                "gate.npy",
                "zeroed.npy",
                "dx.npy",
                "float32")) {
            assertTrue(run.out().contains(word), word);
        }
    }

    @Test
    void theProgramsHelpListsTheComputeCommand() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("compute"), run.out());
    }
}
