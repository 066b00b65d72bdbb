package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import relulab.core.Activation;
import relulab.core.LeakyRelu;
import relulab.core.Mask;
import relulab.core.Relu;
import relulab.core.ReluStats;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.DType;
import relulab.io.OutputSet;
import relulab.io.TensorData;
import relulab.io.TensorFileException;
import relulab.io.TensorFiles;
import relulab.io.TensorSource;
import relulab.io.TestFiles;

/**
 * The streamed layer writes exactly the files NumPy writes and counts exactly what
 * {@link ReluStats#of} counts, whatever the chunk size and wherever the chunks and the two
 * threads' halves fall; and a file that shrinks while it is read leaves the folder as it was.
 */
class LayerPassTest {

    @TempDir
    Path dir;

    /** Chunk sizes around the 40 elements of the golden tensors and their halves of 20. */
    static Stream<Arguments> goldenCases() {
        return Stream.of("f8", "f4")
                .flatMap(t -> Stream.of(1, 2, 3, 4)
                        .flatMap(r -> Stream.of(1, 3, 7, 19, 20, 21, 40, 41, LayerPass.CHUNK)
                                .map(chunk -> Arguments.of(t + "_r" + r, chunk))));
    }

    /** Runs the pass from the files x and (unless null) dout into {@code out} and commits it. */
    private static ReluStats pass(Activation f, Path x, Path dout, Path out, int chunk) throws IOException {
        Files.createDirectories(out);
        try (TensorSource xs = TensorFiles.open(x);
                TensorSource ds = dout == null ? null : TensorFiles.open(dout);
                OutputSet set = new OutputSet()) {
            ReluStats stats = new LayerPass(set, out, f, xs, ds, chunk).run(done -> {});
            set.commit();
            return stats;
        }
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name), actual.get(name), name);
        }
    }

    @ParameterizedTest(name = "{0}, chunks of {1}")
    @MethodSource("goldenCases")
    void writesNumpysFilesAndCountsEveryCellOnceForAnyChunkSize(String name, int chunk) throws IOException {
        Path x = TestFiles.golden("relu/" + name + "_x.npy");
        ReluStats stats = pass(Relu.STANDARD, x, TestFiles.golden("relu/" + name + "_dout.npy"), dir, chunk);
        for (String part : List.of("out", "gate", "zeroed", "dx")) {
            assertArrayEquals(
                    Files.readAllBytes(TestFiles.golden("relu/" + name + "_" + part + ".npy")),
                    Files.readAllBytes(dir.resolve(part + ".npy")),
                    part);
        }
        assertEquals(ReluStats.of(TensorFiles.read(x).tensor()), stats);
    }

    /**
     * The files the whole-tensor methods give for x and dout, written as compute writes them (a
     * float32 x by the activation as it computes on float32).
     */
    private static Map<String, byte[]> expectedFiles(Activation layer, TensorData x, Tensor3 dout, Path folder)
            throws IOException {
        Files.createDirectory(folder);
        DType values = x.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        Activation f = values == DType.FLOAT32 ? layer.forFloat32() : layer;
        Tensor3 slope =
                Tensor3.generate(x.tensor().shape(), i -> f.slope(x.tensor().get(i)));
        TensorFiles.write(folder.resolve("slope.npy"), new TensorData(slope, values, x.rank()));
        TensorFiles.write(folder.resolve("out.npy"), new TensorData(f.forward(x.tensor()), values, x.rank()));
        TensorFiles.write(
                folder.resolve("gate.npy"), new TensorData(maskTensor(Mask.gate(x.tensor())), DType.BOOL, x.rank()));
        TensorFiles.write(
                folder.resolve("zeroed.npy"),
                new TensorData(maskTensor(Mask.zeroed(x.tensor())), DType.BOOL, x.rank()));
        if (dout != null) {
            TensorFiles.write(folder.resolve("dx.npy"), new TensorData(f.backward(x.tensor(), dout), values, x.rank()));
        }
        return contents(folder);
    }

    private static Tensor3 maskTensor(Mask m) {
        return Tensor3.generate(m.shape(), i -> m.get(i) ? 1 : 0);
    }

    @ParameterizedTest(name = "{0} elements")
    @ValueSource(ints = {1, 2, 3, 64, 65, 127, 128, 129, 1000})
    void leakyReluOnSpecialValuesMatchesTheWholeTensorMethodsAroundEveryBoundary(int size) throws IOException {
        Random random = new Random(size);
        double[] specials = {
            0.0,
            -0.0,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE,
            -Double.MIN_VALUE,
            3.5,
            -3.5,
            1e-40,
            -1e-40
        };
        Shape shape = new Shape(1, 1, size);
        Tensor3 x = Tensor3.generate(shape, i -> specials[random.nextInt(specials.length)]);
        Tensor3 dout = Tensor3.generate(shape, i -> specials[random.nextInt(specials.length)]);
        // 0.3 is not a float: float32 data is multiplied by np.float32(0.3), as NumPy does.
        Activation leaky = new LeakyRelu(0.3);
        for (DType type : List.of(DType.FLOAT64, DType.FLOAT32)) {
            Path folder = Files.createDirectory(dir.resolve(type.toString()));
            TensorData xData = new TensorData(x, type, 1);
            TensorFiles.write(folder.resolve("x.npy"), xData);
            TensorFiles.write(folder.resolve("d.npy"), new TensorData(dout, type, 1));
            // Read back: a float32 file holds x rounded to float32, and so must the reference.
            TensorData xRead = TensorFiles.read(folder.resolve("x.npy"));
            Map<String, byte[]> expected = expectedFiles(
                    leaky, xRead, TensorFiles.read(folder.resolve("d.npy")).tensor(), folder.resolve("expected"));
            pass(leaky, folder.resolve("x.npy"), folder.resolve("d.npy"), folder.resolve("o"), 64);
            assertSameFiles(expected, contents(folder.resolve("o")));
        }
    }

    @Test
    void aSingleElementGoesToTheSecondHalfAndTheFirstDoesNothing() throws IOException {
        Tensor3 x = Tensor3.of(new Shape(1, 1, 1), new double[] {-0.0});
        TensorData xData = new TensorData(x, DType.FLOAT32, 1);
        TensorFiles.write(dir.resolve("x.npy"), xData);
        Map<String, byte[]> expected = expectedFiles(Relu.STANDARD, xData, null, dir.resolve("expected"));
        ReluStats stats = pass(Relu.STANDARD, dir.resolve("x.npy"), null, dir.resolve("o"), LayerPass.CHUNK);
        assertSameFiles(expected, contents(dir.resolve("o")));
        assertEquals(ReluStats.of(x), stats);
    }

    @Test
    void aFortranOrderInputReadWholeGivesTheFilesOfItsCOrderTwin() throws IOException {
        pass(Relu.STANDARD, TestFiles.golden("formats/fortran_3d.npy"), null, dir.resolve("fortran"), 5);
        pass(Relu.STANDARD, TestFiles.golden("formats/fortran_3d_expected.npy"), null, dir.resolve("c"), 5);
        assertSameFiles(contents(dir.resolve("c")), contents(dir.resolve("fortran")));
    }

    @Test
    void aFileThatShrinksAfterItsHeaderWasCheckedFailsInOneLineAndLeavesTheFolderAsItWas() throws IOException {
        Path x = dir.resolve("x.npy");
        TensorFiles.write(x, TensorData.of(Tensor3.generate(new Shape(2, 10, 10), i -> i - 100)));
        Path out = Files.createDirectory(dir.resolve("o"));
        Files.writeString(out.resolve("out.npy"), "an earlier result");
        Map<String, byte[]> before = contents(out);
        try (TensorSource xs = TensorFiles.open(x)) {
            try (RandomAccessFile f = new RandomAccessFile(x.toFile(), "rw")) {
                f.setLength(f.length() - 8 * 30);
            }
            TensorFileException e = assertThrows(TensorFileException.class, () -> {
                try (OutputSet set = new OutputSet()) {
                    new LayerPass(set, out, Relu.STANDARD, xs, null, 16).run(done -> {});
                    set.commit();
                }
            });
            assertEquals("'x.npy': the file became shorter while it was being read", e.getMessage());
        }
        assertSameFiles(before, contents(out));
    }
}
