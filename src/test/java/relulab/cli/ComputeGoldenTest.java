package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import relulab.io.TestFiles;

/**
 * {@code compute} on NumPy-made inputs writes exactly the files NumPy wrote for
 * {@code np.maximum(x, 0)}, {@code x > 0}, {@code x < 0} and {@code np.where(x > 0, dout, 0)}:
 * the same bytes, so the same dtype, shape and bits of every value, special values included.
 */
class ComputeGoldenTest {

    static Stream<Arguments> cases() {
        return Stream.of("f8", "f4").flatMap(t -> Stream.of(1, 2, 3, 4).map(r -> Arguments.of(t + "_r" + r)));
    }

    private static void assertSameBytes(Path expected, Path actual) throws IOException {
        assertArrayEquals(
                Files.readAllBytes(expected),
                Files.readAllBytes(actual),
                actual.getFileName().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesNumpysOutputsByteForByte(String name, @TempDir Path dir) throws IOException {
        Path out = dir.resolve("result");
        CliRun run = CliRun.of(
                "compute",
                "--input",
                TestFiles.golden("relu/" + name + "_x.npy").toString(),
                "--dout",
                TestFiles.golden("relu/" + name + "_dout.npy").toString(),
                "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String part : List.of("out", "gate", "zeroed", "dx")) {
            assertSameBytes(TestFiles.golden("relu/" + name + "_" + part + ".npy"), out.resolve(part + ".npy"));
        }
    }

    @Test
    void readsCsvInputAndWritesFloat64OutputsWithoutDxWhenNoDoutIsGiven(@TempDir Path dir) throws IOException {
        CliRun run =
                CliRun.of("compute", "--input", TestFiles.golden("csv/x.csv").toString(), "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String part : List.of("out", "gate", "zeroed")) {
            assertSameBytes(TestFiles.golden("csv/" + part + ".npy"), dir.resolve(part + ".npy"));
        }
        assertFalse(Files.exists(dir.resolve("dx.npy")));
    }
}
