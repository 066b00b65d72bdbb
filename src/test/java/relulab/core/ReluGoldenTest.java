package relulab.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import relulab.io.TensorFiles;
import relulab.io.TestFiles;

/**
 * The engine against NumPy, bit for bit: {@code np.maximum(x, 0)}, {@code x > 0},
 * {@code x < 0} and {@code np.where(x > 0, dout, 0)} on the golden files that
 * {@code src/test/resources/golden/make_golden.py} wrote (float64 and float32, ranks 1 to 4,
 * with ±0, NaN, ±Inf, subnormals, huge and tiny values in x and ±Inf and NaN in dout).
 */
class ReluGoldenTest {

    static Stream<Arguments> cases() {
        return Stream.of("f8", "f4").flatMap(t -> Stream.of(1, 2, 3, 4).map(r -> Arguments.of(t + "_r" + r)));
    }

    private static Tensor3 golden(String name, String part) throws IOException {
        return TensorFiles.read(TestFiles.golden("relu/" + name + "_" + part + ".npy"))
                .tensor();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void forwardMatchesNumpyMaximumBitForBit(String name) throws IOException {
        Bits.assertSameBits(golden(name, "out"), Relu.STANDARD.forward(golden(name, "x")), name + " out");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void backwardMatchesNumpyWhereBitForBit(String name) throws IOException {
        Tensor3 dx = Relu.STANDARD.backward(golden(name, "x"), golden(name, "dout"));
        Bits.assertSameBits(golden(name, "dx"), dx, name + " dx");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void masksMatchNumpyComparisons(String name) throws IOException {
        Tensor3 x = golden(name, "x");
        Bits.assertSameBits(golden(name, "gate"), Bits.asTensor(Mask.gate(x)), name + " gate");
        Bits.assertSameBits(golden(name, "zeroed"), Bits.asTensor(Mask.zeroed(x)), name + " zeroed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void goldenInputsHoldTheSpecialValues(String name) throws IOException {
        Tensor3 x = golden(name, "x");
        Tensor3 dout = golden(name, "dout");
        boolean negZero = false;
        boolean nan = false;
        boolean posInf = false;
        boolean negInf = false;
        boolean subnormal = false;
        boolean infDoutBlocked = false;
        for (int i = 0; i < x.size(); i++) {
            double v = x.get(i);
            negZero |= Double.doubleToRawLongBits(v) == Long.MIN_VALUE;
            nan |= Double.isNaN(v);
            posInf |= v == Double.POSITIVE_INFINITY;
            negInf |= v == Double.NEGATIVE_INFINITY;
            subnormal |= v != 0 && Math.abs(v) < (name.startsWith("f4") ? Float.MIN_NORMAL : Double.MIN_NORMAL);
            infDoutBlocked |= !(v > 0) && Double.isInfinite(dout.get(i));
        }
        assertTrue(negZero && nan && posInf && negInf && subnormal && infDoutBlocked, name);
    }
}
