package relulab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import relulab.io.DType;
import relulab.io.TensorData;

/**
 * Every member — ReLU, Leaky ReLU (slopes 0.01 and 0.2), ELU (α = 1 and ½), GELU (exact and tanh),
 * SiLU, Softplus, sigmoid and tanh — against PyTorch 1.13's {@code torch.nn.functional}
 * and against the mathematics (mpmath, 60 digits), on the files that
 * {@code src/test/resources/golden/make_family_golden.py} wrote: about 630 inputs per dtype —
 * random normal values times 0.01, 1, 5 and 30 with ±0, NaN, ±∞, subnormals, huge values,
 * softplus's threshold 20 and its neighbours, the zeros of GELU' and SiLU' and the underflow of exp
 * — and a dout with ±∞ and NaN cells.
 *
 * <p>Precision: every member computes in double, whatever the file's dtype; a float32 input is
 * widened exactly, computed as a double and rounded once to float32 on the way out, as the engine
 * writes float32 files ({@code (float) v}). Leaky ReLU on float32 first rounds its slope to float32
 * ({@link Activation#forFloat32}), as NumPy and PyTorch do. PyTorch computes float32 in float32.
 *
 * <p>The rule, cell by cell, for out, dx and the slope is {@link FamilyGolden#assertClose}'s: close
 * to PyTorch or to the mathematics, within 2 ulp. The second reference covers PyTorch's own
 * rounding on the other side of the true value, and the places where PyTorch is wrong, where the
 * program follows the mathematics:
 * <ul>
 *   <li>ELU: PyTorch's {@code exp(x) − 1} cancels for small negative x (−1e-10 and the subnormals),
 *       and gives +0.0 for −0.0; {@code expm1} keeps every digit and the sign.</li>
 *   <li>GELU: {@code 1 + erf(x/√2)} cancels in the left tail (0 below about −8; digits lost from
 *       about −2), also in its backward; at ±∞ PyTorch gives NaN for the slope and for f(−∞).</li>
 *   <li>GELU (tanh): {@code 1 + tanh(u)} cancels in the left tail the same way.</li>
 *   <li>SiLU: {@code x/(1 + e^−x)} is NaN at −∞, and its slope NaN at ±∞.</li>
 *   <li>ReLU: PyTorch's backward passes dout through at x = NaN; the program's select blocks it
 *       (NaN is not greater than 0), as it blocks it at every x that is not positive.</li>
 *   <li>Sigmoid and tanh: PyTorch's backward, {@code (1 − y)·y} and {@code 1 − y²}, cancels to 0 for
 *       large |x|; the program's slopes, {@code σ(x)σ(−x)} and {@code 4e/(1 + e)²}, keep their digits
 *       (an infinite dout there gives ±∞, not 0 or NaN).</li>
 *   <li>float32: PyTorch's SIMD kernels read subnormal inputs as 0, and its float32 exp, erf and tanh
 *       are a few ulp from the truth.</li>
 *   <li>Backward where the slope is 0 and dout is ±∞ or NaN: PyTorch gives {@code 0·∞ = NaN}; the
 *       program gives 0, since a zero slope blocks the gradient as ReLU's does.</li>
 * </ul>
 * Both sides give NaN for NaN x; PyTorch's ELU and Softplus pass NaN through their slopes too.
 */
class FamilyGoldenTest {

    static Stream<Arguments> cases() {
        return FamilyGolden.MEMBERS.stream().flatMap(m -> Stream.of("f8", "f4").map(t -> Arguments.of(m, t)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void forwardBackwardAndSlopeAreWithinTwoUlpOfPyTorchOrOfTheMathematicsWherePyTorchIsWrong(
            String member, String dtype) throws IOException {
        Activation f = Activations.parse(FamilyGolden.spec(member));
        String name = member + "_" + dtype;
        TensorData xData = FamilyGolden.read(name, "x");
        assertEquals(dtype.equals("f4"), xData.dtype() == DType.FLOAT32);
        Activation computing = xData.dtype() == DType.FLOAT32 ? f.forFloat32() : f;
        Tensor3 x = xData.tensor();
        Tensor3 dout = FamilyGolden.read(name, "dout").tensor();
        System.out.println(FamilyGolden.assertClose(
                name,
                List.of(
                        computing.forward(x),
                        computing.backward(x, dout),
                        Tensor3.generate(x.shape(), i -> computing.slope(x.get(i))))));
    }
}
