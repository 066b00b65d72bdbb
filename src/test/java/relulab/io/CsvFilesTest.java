package relulab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relulab.core.Shape;
import relulab.core.Tensor3;

/** CSV tensors: depth slices separated by blank lines, comments, special values, round trips. */
class CsvFilesTest {

    @TempDir
    Path dir;

    private Path csv(String text) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsTheGoldenCsvAsTheValuesNumpyHolds() throws IOException {
        TensorData read = TensorFiles.read(TestFiles.golden("csv/x.csv"));
        assertEquals(TensorFiles.read(TestFiles.golden("csv/x.npy")).tensor(), read.tensor());
        assertEquals(DType.FLOAT64, read.dtype());
        assertEquals(3, read.rank());
    }

    @Test
    void blankLinesSeparateDepthSlices() throws IOException {
        Tensor3 t = TensorFiles.read(csv("1,2\n3,4\n\n5,6\n7,8\n")).tensor();
        assertEquals(new Shape(2, 2, 2), t.shape());
        assertEquals(5.0, t.get(1, 0, 0));
    }

    @Test
    void commentsCarriageReturnsByteOrderMarkAndTrailingBlankLinesAreIgnored() throws IOException {
        Tensor3 t = TensorFiles.read(csv("\uFEFF# made in a spreadsheet\r\n1, -2\r\n  # note\r\n3,4\r\n\r\n\r\n"))
                .tensor();
        assertEquals(new Shape(1, 2, 2), t.shape());
        assertEquals(-2.0, t.get(0, 0, 1));
    }

    @Test
    void noBreakAndEmSpacesAroundNumbersAreAcceptedAlikeAndALineOfThemIsBlank() throws IOException {
        Tensor3 t = TensorFiles.read(csv("1,\u00A0\u22122\u00A0\n\u20033\u2003,\u202F\u221E\n\u00A0\u2003\n5,6\n7,8\n"))
                .tensor();
        assertEquals(new Shape(2, 2, 2), t.shape());
        assertEquals(-2.0, t.get(0, 0, 1));
        assertEquals(Double.POSITIVE_INFINITY, t.get(0, 1, 1));
    }

    @Test
    void aRunOfBlankLinesSeparatesOnlyOnce() throws IOException {
        assertEquals(
                new Shape(2, 1, 2),
                TensorFiles.read(csv("1,2\n\n\n3,4\n")).tensor().shape());
    }

    @Test
    void readsNanAndInfinitiesInAnyCase() throws IOException {
        Tensor3 t = TensorFiles.read(csv("NaN,inf,-Inf,-0\n")).tensor();
        assertTrue(Double.isNaN(t.get(0)));
        assertEquals(Double.POSITIVE_INFINITY, t.get(1));
        assertEquals(Double.NEGATIVE_INFINITY, t.get(2));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(t.get(3)));
    }

    @Test
    void refusesMoreNumbersThanTheLimitWhileReading() throws IOException {
        Path file = csv("1,2,3\n4,5,6\n");
        TensorFileException e = assertThrows(TensorFileException.class, () -> TensorFiles.read(file, 5));
        assertEquals("'t.csv': line 2: the file has more than the limit of 5 numbers", e.getMessage());
    }

    @Test
    void writtenCsvReadsBackBitForBit() throws IOException {
        Tensor3 x = TensorFiles.read(TestFiles.golden("relu/f8_r3_x.npy")).tensor();
        Path file = dir.resolve("x.csv");
        TensorFiles.write(file, TensorData.of(x));
        assertEquals(x, TensorFiles.read(file).tensor());
        assertTrue(Files.readString(file).startsWith("# "), "a comment line tells the shape");
    }
}
