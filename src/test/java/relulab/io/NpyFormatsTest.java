package relulab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import relulab.core.Shape;

/** The .npy reader against files NumPy wrote in every dtype, byte order, version and memory order. */
class NpyFormatsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "f8_big_endian, FLOAT64, 3",
        "f4_big_endian, FLOAT32, 3",
        "f4_little_endian, FLOAT32, 3",
        "i4, INT32, 3",
        "i8, INT64, 3",
        "u1, UINT8, 3",
        "b1, BOOL, 3",
        "fortran_2d, FLOAT64, 2",
        "fortran_3d, FLOAT64, 3",
        "fortran_4d, FLOAT64, 4",
    })
    void readsEveryAcceptedEncodingAsTheValuesNumpyStored(String name, DType dtype, int rank) throws IOException {
        TensorData read = TensorFiles.read(TestFiles.golden("formats/" + name + ".npy"));
        TensorData expected = TensorFiles.read(TestFiles.golden("formats/" + name + "_expected.npy"));
        assertEquals(dtype, read.dtype());
        assertEquals(rank, read.rank());
        assertEquals(expected.tensor(), read.tensor());
    }

    @ParameterizedTest
    @ValueSource(strings = {"version_1_0", "version_2_0", "version_3_0"})
    void readsHeaderVersionsOneTwoAndThree(String name) throws IOException {
        TensorData read = TensorFiles.read(TestFiles.golden("formats/" + name + ".npy"));
        assertEquals(
                TensorFiles.read(TestFiles.golden("formats/version_expected.npy"))
                        .tensor(),
                read.tensor());
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1, 40", "2, 1, 5, 8", "3, 2, 4, 5", "4, 2, 4, 5"})
    void mapsEachRankOntoADepthHeightWidthShape(int rank, int depth, int height, int width) throws IOException {
        TensorData read = TensorFiles.read(TestFiles.golden("relu/f8_r" + rank + "_x.npy"));
        assertEquals(new Shape(depth, height, width), read.tensor().shape());
        assertEquals(rank, read.rank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"f8_r1_x", "f8_r2_dout", "f4_r3_x", "f4_r4_dx", "f8_r3_gate", "f4_r1_zeroed"})
    void writesTheSameBytesAsNumpySave(String name, @TempDir Path dir) throws IOException {
        Path numpyFile = TestFiles.golden("relu/" + name + ".npy");
        Path ours = dir.resolve(name + ".npy");
        TensorFiles.write(ours, TensorFiles.read(numpyFile));
        assertArrayEquals(Files.readAllBytes(numpyFile), Files.readAllBytes(ours));
    }

    @ParameterizedTest
    @ValueSource(strings = {"i4", "i8", "u1", "b1"})
    void integerAndBoolFilesRoundTripInTheirOwnDtype(String name, @TempDir Path dir) throws IOException {
        Path numpyFile = TestFiles.golden("formats/" + name + ".npy");
        Path ours = dir.resolve("copy.npy");
        TensorFiles.write(ours, TensorFiles.read(numpyFile));
        assertArrayEquals(Files.readAllBytes(numpyFile), Files.readAllBytes(ours));
    }

    @Test
    void refusesAShapeOverTheCallersLimitBeforeReadingTheData() {
        Path file = TestFiles.golden("relu/f8_r3_x.npy");
        TensorFileException e = assertThrows(TensorFileException.class, () -> TensorFiles.read(file, 39));
        assertEquals("'f8_r3_x.npy': shape (2, 4, 5) has 40 elements, more than the limit of 39", e.getMessage());
    }

    @Test
    void acceptsAShapeExactlyAtTheLimit() throws IOException {
        assertEquals(
                40,
                TensorFiles.read(TestFiles.golden("relu/f8_r3_x.npy"), 40)
                        .tensor()
                        .size());
    }
}
