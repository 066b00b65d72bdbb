package relulab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relulab.core.Shape;
import relulab.core.Tensor3;

/** float32 NaNs keep their bits through a read and a write, signalling ones included, as in NumPy. */
class Float32NanTest {

    @Test
    void widenAndNarrowKeepEveryNanPayloadAndSign() {
        for (int bits : new int[] {0x7F80_0001, 0x7FBF_FFFF, 0x7FC0_0000, 0xFF80_1234, 0x7FFF_FFFF}) {
            assertEquals(bits, DType.narrow(DType.widen(bits)), Integer.toHexString(bits));
        }
        assertEquals(Float.floatToRawIntBits(1.5f), DType.narrow(DType.widen(Float.floatToRawIntBits(1.5f))));
        assertEquals(Float.floatToRawIntBits((float) 0.1), DType.narrow(0.1), "numbers round as (float) does");
    }

    @Test
    void aSignallingNanSurvivesAFileRoundTrip(@TempDir Path dir) throws IOException {
        double signalling = DType.widen(0x7F80_0001);
        Path file = dir.resolve("x.npy");
        TensorFiles.write(
                file, new TensorData(Tensor3.of(new Shape(1, 1, 2), new double[] {signalling, 2}), DType.FLOAT32, 1));
        Path copy = dir.resolve("y.npy");
        TensorFiles.write(copy, TensorFiles.read(file));
        assertEquals(
                java.util.Arrays.toString(java.nio.file.Files.readAllBytes(file)),
                java.util.Arrays.toString(java.nio.file.Files.readAllBytes(copy)));
        assertEquals(0x7F80_0001, DType.narrow(TensorFiles.read(copy).tensor().get(0)));
    }
}
