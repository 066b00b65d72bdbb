package relulab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import relulab.io.TensorFiles;
import relulab.io.TestFiles;

/**
 * Leaky ReLU as it computes on float32 ({@link Activation#forFloat32}) gives NumPy's float32 bits
 * once its results are rounded to float32, on the files of
 * {@code src/test/resources/golden/make_leaky_float32.py}; every other member computes float32 in
 * double and is itself.
 */
class LeakyReluFloat32Test {

    @ParameterizedTest(name = "a = {0}")
    @ValueSource(strings = {"0.01", "0.1", "0.2", "0.3", "0.333", "0.05", "0.9"})
    void forwardAndBackwardRoundedToFloat32AreNumpysBits(String a) throws IOException {
        Activation f = new LeakyRelu(Double.parseDouble(a)).forFloat32();
        Tensor3 x = TensorFiles.read(TestFiles.golden("leaky32/x.npy")).tensor();
        Tensor3 dout = TensorFiles.read(TestFiles.golden("leaky32/dout.npy")).tensor();
        Tensor3 out =
                TensorFiles.read(TestFiles.golden("leaky32/" + a + "_out.npy")).tensor();
        Tensor3 dx =
                TensorFiles.read(TestFiles.golden("leaky32/" + a + "_dx.npy")).tensor();
        Tensor3 ourOut = f.forward(x);
        Tensor3 ourDx = f.backward(x, dout);
        for (int i = 0; i < x.size(); i++) {
            int k = i;
            assertEquals(
                    Float.floatToRawIntBits((float) out.get(i)),
                    Float.floatToRawIntBits((float) ourOut.get(i)),
                    () -> "out at x = " + x.get(k));
            assertEquals(
                    Float.floatToRawIntBits((float) dx.get(i)),
                    Float.floatToRawIntBits((float) ourDx.get(i)),
                    () -> "dx at x = " + x.get(k) + ", dout = " + dout.get(k));
        }
    }

    @Test
    void theFloat32SlopeIsTheSlopeRoundedToFloat32AndTheOthersAreThemselves() {
        assertEquals((double) 0.01f, new LeakyRelu(0.01).forFloat32().slope());
        LeakyRelu quarter = new LeakyRelu(0.25);
        assertSame(quarter, quarter.forFloat32());
        for (Activation f : Activations.all()) {
            if (!(f instanceof LeakyRelu)) {
                assertSame(f, f.forFloat32(), f.name());
            }
        }
    }
}
