package relulab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import relulab.core.Shape;
import relulab.core.Tensor3;

/**
 * Files opened to be streamed give, chunk by chunk and in any order, the values, shape and
 * dtype that reading them whole gives; files written chunk by chunk in any order are the
 * files written whole.
 */
class TensorSourceTest {

    @TempDir
    Path dir;

    static Stream<String> formatFiles() throws IOException {
        try (Stream<Path> s = Files.list(TestFiles.golden("formats"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".npy")).sorted().toList().stream();
        }
    }

    /** Every value of the source, read in chunks of {@code chunk} from the last chunk to the first. */
    private static double[] readBackwards(TensorSource source, int chunk) throws IOException {
        double[] all = new double[source.shape().size()];
        double[] part = new double[chunk];
        TensorSource.Reader reader = source.reader(chunk);
        for (int from = (all.length - 1) / chunk * chunk; from >= 0; from -= chunk) {
            int n = Math.min(chunk, all.length - from);
            reader.read(from, part, n);
            System.arraycopy(part, 0, all, from, n);
        }
        return all;
    }

    private static long[] bits(double[] values) {
        long[] b = new long[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = Double.doubleToRawLongBits(values[i]);
        }
        return b;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatFiles")
    void aStreamedFileGivesWhatReadingItWholeGives(String name) throws IOException {
        Path file = TestFiles.golden("formats/" + name);
        TensorData whole = TensorFiles.read(file);
        try (TensorSource source = TensorFiles.open(file)) {
            assertEquals(whole.shapeText(), source.shapeText());
            assertArrayEquals(whole.dims(), source.dims());
            assertEquals(whole.dtype(), source.dtype());
            assertEquals(whole.tensor().shape(), source.shape());
            for (int chunk : new int[] {1, 3, 1 << 15}) {
                assertArrayEquals(
                        bits(whole.tensor().toArray()), bits(readBackwards(source, chunk)), "chunks of " + chunk);
            }
        }
    }

    @Test
    void aCsvFileIsReadWholeWhenItIsOpened() throws IOException {
        Path csv = TestFiles.golden("csv/x.csv");
        try (TensorSource source = TensorFiles.open(csv)) {
            assertArrayEquals(bits(TensorFiles.read(csv).tensor().toArray()), bits(readBackwards(source, 5)));
        }
    }

    @Test
    void onlyFilesReadWholeNeedMemoryInProportionToTheirData() throws IOException {
        assertEquals(0, TensorFiles.memoryToOpen(TestFiles.golden("relu/f8_r3_x.npy")));
        Path fortran = TestFiles.golden("formats/fortran_3d.npy");
        assertEquals(2L * Double.BYTES * TensorFiles.read(fortran).tensor().size(), TensorFiles.memoryToOpen(fortran));
        assertTrue(TensorFiles.memoryToOpen(TestFiles.golden("csv/x.csv")) > 0);
    }

    @Test
    void chunksWrittenInAnyOrderMakeTheFileWrittenWhole() throws IOException {
        Tensor3 t = Tensor3.generate(new Shape(2, 3, 7), i -> i % 3 == 0 ? -i : i * 0.5);
        Path whole = dir.resolve("whole.npy");
        TensorFiles.write(whole, new TensorData(t, DType.FLOAT32, 3));
        Path chunked = dir.resolve("chunked.npy");
        try (OutputSet set = new OutputSet()) {
            NpyWriter.Chunks chunks = TensorFiles.stageNpy(set, chunked, new int[] {2, 3, 7}, DType.FLOAT32)
                    .chunks(5);
            double[] part = new double[5];
            for (int from = 40; from >= 0; from -= 5) {
                int n = Math.min(5, t.size() - from);
                for (int k = 0; k < n; k++) {
                    part[k] = t.get(from + k);
                }
                chunks.write(from, part, n);
            }
            set.commit();
        }
        assertArrayEquals(Files.readAllBytes(whole), Files.readAllBytes(chunked));
    }

    @Test
    void boolChunksAreTheirBytesAfterNumpysHeader() throws IOException {
        Path file = dir.resolve("mask.npy");
        try (OutputSet set = new OutputSet()) {
            NpyWriter.Chunks chunks =
                    TensorFiles.stageNpy(set, file, new int[] {4}, DType.BOOL).chunks(2);
            chunks.writeBools(2, new byte[] {0, 1}, 2);
            chunks.writeBools(0, new byte[] {1, 1}, 2);
            set.commit();
        }
        Path expected = dir.resolve("expected.npy");
        TensorFiles.write(
                expected, new TensorData(Tensor3.of(new Shape(1, 1, 4), new double[] {1, 1, 0, 1}), DType.BOOL, 1));
        assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(file));
    }
}
