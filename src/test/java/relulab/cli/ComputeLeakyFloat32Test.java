package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import relulab.io.TestFiles;

/**
 * {@code compute --activation leaky:A} on a float32 tensor writes NumPy's float32 bits, byte for
 * byte: NumPy computes {@code np.where(x > 0, x, np.float32(a) * x)} with the slope rounded to
 * float32 and the product rounded in float32, and so for dx. A float64 slope times x rounded once
 * to float32 differs from that in 78 to 255 of the 1000 cells of the files
 * {@code src/test/resources/golden/make_leaky_float32.py} wrote (random values at three scales,
 * ±0, ±∞, NaN, subnormals and the largest floats).
 */
class ComputeLeakyFloat32Test {

    @ParameterizedTest(name = "a = {0}")
    @ValueSource(strings = {"0.01", "0.1", "0.2", "0.3", "0.333", "0.05", "0.9"})
    void outAndDxAreNumpysFloat32Bits(String a, @TempDir Path dir) throws IOException {
        CliRun run = CliRun.of(
                "compute",
                "--activation",
                "leaky:" + a,
                "--input",
                TestFiles.golden("leaky32/x.npy").toString(),
                "--dout",
                TestFiles.golden("leaky32/dout.npy").toString(),
                "--out",
                dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String part : List.of("out", "dx")) {
            assertArrayEquals(
                    Files.readAllBytes(TestFiles.golden("leaky32/" + a + "_" + part + ".npy")),
                    Files.readAllBytes(dir.resolve(part + ".npy")),
                    part + " for a = " + a);
        }
    }
}
