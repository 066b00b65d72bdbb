package relulab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relulab.core.Shape;
import relulab.core.Tensor3;

/** Dispatch by extension, file-system errors in one line, and writes that are all or nothing. */
class TensorFilesTest {

    @TempDir
    Path dir;

    private static final Tensor3 SMALL = Tensor3.of(new Shape(1, 2, 2), new double[] {1, -2.5, 3, 4});

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aMissingFileIsReportedInOneLineByName() {
        TensorFileException e =
                assertThrows(TensorFileException.class, () -> TensorFiles.read(dir.resolve("nowhere.npy")));
        assertEquals("'nowhere.npy': cannot be read: no such file or folder", e.getMessage());
    }

    /**
     * A name from outside is quoted as every message quotes one: a newline and a U+202E in it are
     * written as escapes, and a long name is cut, so the problem after it is always read.
     */
    @Test
    void aHostileNameIsQuotedEscapedAndCutAndTheProblemStillShows() {
        String name = "a\n\u202E" + "x".repeat(200) + ".npy";
        TensorFileException e = assertThrows(TensorFileException.class, () -> TensorFiles.read(dir.resolve(name)));
        assertEquals(
                "'a\\u000A\\u202E" + "x".repeat(37) + "\u2026': cannot be read: no such file or folder",
                e.getMessage());
    }

    @Test
    void aFolderIsNotATensorFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("x.npy"));
        assertEquals(
                "'x.npy': is a folder, not a file",
                assertThrows(TensorFileException.class, () -> TensorFiles.read(folder))
                        .getMessage());
    }

    @Test
    void writingAValueTheDtypeCannotHoldLeavesNothingBehind() throws IOException {
        Path file = dir.resolve("ints.npy");
        TensorData data = new TensorData(SMALL, DType.INT32, 2);
        TensorFileException e = assertThrows(TensorFileException.class, () -> TensorFiles.write(file, data));
        assertEquals("'ints.npy': the value -2.5 at element 1 cannot be stored as int32", e.getMessage());
        assertEquals(List.of(), listing());
    }

    @Test
    void aFailedWriteKeepsTheFileItWasToReplace() throws IOException {
        Path file = dir.resolve("keep.npy");
        TensorFiles.write(file, TensorData.of(SMALL));
        byte[] before = Files.readAllBytes(file);
        assertThrows(TensorFileException.class, () -> TensorFiles.write(file, new TensorData(SMALL, DType.UINT8, 3)));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("keep.npy"), listing());
    }

    @Test
    void anOutputSetWritesNothingWhenOneOfTheFilesFails() throws IOException {
        assertThrows(TensorFileException.class, () -> {
            try (OutputSet set = new OutputSet()) {
                TensorFiles.stage(set, dir.resolve("a.npy"), TensorData.of(SMALL));
                TensorFiles.stage(set, dir.resolve("b.csv"), TensorData.of(SMALL));
                TensorFiles.stage(set, dir.resolve("c.npy"), new TensorData(SMALL, DType.INT64, 3));
                set.commit();
            }
        });
        assertEquals(List.of(), listing());
    }

    @Test
    void writingIntoAMissingFolderSaysSo() {
        TensorFileException e = assertThrows(
                TensorFileException.class, () -> TensorFiles.write(dir.resolve("no/such/x.npy"), TensorData.of(SMALL)));
        assertEquals(
                "'x.npy': cannot be written: the folder "
                        + MessageText.quote(dir.resolve("no/such").toString()) + " does not exist",
                e.getMessage());
    }

    @Test
    void anUnknownExtensionIsRefusedForWritingToo() {
        TensorFileException e = assertThrows(
                TensorFileException.class, () -> TensorFiles.write(dir.resolve("x.json"), TensorData.of(SMALL)));
        assertEquals("'x.json': has the unknown extension '.json'; expected .npy or .csv", e.getMessage());
    }

    @Test
    void keepsRankAndDtypeThroughAWriteAndARead() throws IOException {
        Path file = dir.resolve("x.npy");
        TensorFiles.write(file, new TensorData(SMALL, DType.FLOAT32, 2));
        TensorData back = TensorFiles.read(file);
        assertEquals(new TensorData(SMALL, DType.FLOAT32, 2), back);
        assertEquals("(2, 2)", back.shapeText());
    }

    @Test
    void aRankTooSmallForTheTensorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TensorData(SMALL, DType.FLOAT64, 1));
    }
}
