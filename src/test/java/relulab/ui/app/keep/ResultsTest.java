package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import relulab.core.Activations;
import relulab.core.GradientAtZero;
import relulab.core.Tensor3;
import relulab.io.DType;
import relulab.io.TensorData;
import relulab.io.TensorFiles;
import relulab.io.TestFiles;
import relulab.ui.state.LabSnapshot;

/**
 * A result saved from the window as float32 has NumPy's float32 bits, as {@code compute} writes
 * them: Leaky ReLU's slope is rounded to float32 before it multiplies (the files of
 * {@code src/test/resources/golden/make_leaky_float32.py}).
 */
class ResultsTest {

    @Test
    void float32LeakyResultsAreNumpysBits() throws IOException {
        Tensor3 x = TensorFiles.read(TestFiles.golden("leaky32/x.npy")).tensor();
        Tensor3 dout = TensorFiles.read(TestFiles.golden("leaky32/dout.npy")).tensor();
        LabSnapshot s = new LabSnapshot(x, dout, Activations.parse("leaky:0.3"), GradientAtZero.ZERO);

        assertFloat32Bits(TestFiles.golden("leaky32/0.3_out.npy"), Results.OUT.of(s, DType.FLOAT32));
        assertFloat32Bits(TestFiles.golden("leaky32/0.3_dx.npy"), Results.DX.of(s, DType.FLOAT32));
    }

    private static void assertFloat32Bits(java.nio.file.Path expectedFile, TensorData result) throws IOException {
        Tensor3 expected = TensorFiles.read(expectedFile).tensor();
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(
                    Float.floatToRawIntBits((float) expected.get(i)),
                    Float.floatToRawIntBits((float) result.tensor().get(i)),
                    "cell " + i);
        }
    }
}
