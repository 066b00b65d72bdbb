package relulab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import relulab.io.DType;
import relulab.io.TensorData;
import relulab.io.TensorFiles;
import relulab.io.TestFiles;

/**
 * ELU, GELU (exact and tanh), SiLU and Softplus against PyTorch 1.13's {@code torch.nn.functional}
 * and against the mathematics (mpmath, 60 digits), on the files that
 * {@code src/test/resources/golden/make_family_golden.py} wrote: about 630 inputs per dtype —
 * random normal values times 0.01, 1, 5 and 30 with ±0, NaN, ±∞, subnormals, huge values,
 * softplus's threshold 20 and its neighbours, the zeros of GELU' and SiLU' and the underflow of exp
 * — and a dout with ±∞ and NaN cells.
 *
 * <p>Precision: every member computes in double, whatever the file's dtype; a float32 input is
 * widened exactly, computed as a double and rounded once to float32 on the way out, as the engine
 * writes float32 files ({@code (float) v}). PyTorch computes float32 in float32.
 *
 * <p>The rule, cell by cell, for out, dx and the slope: {@link #close} to PyTorch or to the
 * mathematics — within {@link #ULPS} ulp, or within {@link #ULPS} ulp of 1 (times |dout|) for a slope
 * near one of its zeros, or within {@link #SUBNORMAL_SLACK} for subnormal results. The second
 * reference covers PyTorch's own rounding on the other side of the true value, and the places
 * where PyTorch is wrong, where the program follows the mathematics:
 * <ul>
 *   <li>ELU: PyTorch's {@code exp(x) − 1} cancels for small negative x (−1e-10 and the subnormals),
 *       and gives +0.0 for −0.0; {@code expm1} keeps every digit and the sign.</li>
 *   <li>GELU: {@code 1 + erf(x/√2)} cancels in the left tail (0 below about −8; digits lost from
 *       about −2), also in its backward; at ±∞ PyTorch gives NaN for the slope and for f(−∞).</li>
 *   <li>GELU (tanh): {@code 1 + tanh(u)} cancels in the left tail the same way.</li>
 *   <li>SiLU: {@code x/(1 + e^−x)} is NaN at −∞, and its slope NaN at ±∞.</li>
 *   <li>float32: PyTorch's SIMD kernels read subnormal inputs as 0, and its float32 exp, erf and tanh
 *       are a few ulp from the truth.</li>
 *   <li>Backward where the slope is 0 and dout is ±∞ or NaN: PyTorch gives {@code 0·∞ = NaN}; the
 *       program gives 0, since a zero slope blocks the gradient as ReLU's does.</li>
 * </ul>
 * Both sides give NaN for NaN x; PyTorch's ELU and Softplus pass NaN through their slopes too.
 */
class FamilyGoldenTest {

    /** How far a member may be from its reference, in units of the last place of the dtype. */
    private static final long ULPS = 2;
    /**
     * Where a true result is subnormal (below 2.2e-308), the steps before it have underflowed too
     * (e^−745 is 5e-324, with no digits left), so such results are compared in absolute terms: within
     * 1024 of the smallest subnormals, 5e-321. SiLU(−745.2) is −1.7e-321; the program gives −0.0.
     */
    private static final double SUBNORMAL_SLACK = 0x1p-1064;

    static Stream<Arguments> cases() {
        return Stream.of("elu_1.0", "elu_0.5", "gelu", "gelu_tanh", "silu", "softplus")
                .flatMap(m -> Stream.of("f8", "f4").map(t -> Arguments.of(m, t)));
    }

    private static TensorData golden(String name, String part) throws IOException {
        return TensorFiles.read(TestFiles.golden("family/" + name + "_" + part + ".npy"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void forwardBackwardAndSlopeAreWithinTwoUlpOfPyTorchOrOfTheMathematicsWherePyTorchIsWrong(
            String member, String dtype) throws IOException {
        Activation f = Activations.parse(member.replace('_', ':'));
        String name = member + "_" + dtype;
        TensorData xData = golden(name, "x");
        boolean single = xData.dtype() == DType.FLOAT32;
        assertEquals(dtype.equals("f4"), single);
        Tensor3 x = xData.tensor();
        Tensor3 dout = golden(name, "dout").tensor();
        Tensor3[] ours = {f.forward(x), f.backward(x, dout), Tensor3.generate(x.shape(), i -> f.slope(x.get(i)))};
        String[] parts = {"out", "dx", "slope"};
        StringBuilder report = new StringBuilder(name + ":");
        for (int p = 0; p < parts.length; p++) {
            Tensor3 torch = golden(name, parts[p]).tensor();
            Tensor3 truth = golden(name, parts[p] + "_true").tensor();
            long worstVsTorch = 0;
            long worstVsTruth = 0;
            int torchWrong = 0;
            for (int i = 0; i < x.size(); i++) {
                double v = single ? (float) ours[p].get(i) : ours[p].get(i);
                long vsTorch = distance(single, v, torch.get(i));
                long vsTruth = distance(single, v, truth.get(i));
                double scale = p == 0 ? 0.0 : p == 1 ? Math.abs(dout.get(i)) : 1.0;
                if (!close(single, torch.get(i), truth.get(i), scale)) {
                    torchWrong++;
                } else if (distance(single, torch.get(i), truth.get(i)) <= ULPS) {
                    worstVsTorch = Math.max(worstVsTorch, vsTorch);
                    worstVsTruth = Math.max(worstVsTruth, vsTruth);
                }
                assertTrue(
                        close(single, v, torch.get(i), scale) || close(single, v, truth.get(i), scale),
                        String.format(
                                "%s %s at x = %s (dout %s): ours %s, PyTorch %s, mpmath %s",
                                name, parts[p], x.get(i), dout.get(i), v, torch.get(i), truth.get(i)));
            }
            report.append(String.format(
                    " %s %d ulp from PyTorch and %d from mpmath where PyTorch is within %d"
                            + " (%d cells where PyTorch is wrong);",
                    parts[p], worstVsTorch, worstVsTruth, ULPS, torchWrong));
        }
        System.out.println(report);
    }

    /**
     * Within {@link #ULPS} ulp, or, for the slope and dx, within {@link #ULPS} ulp of 1 times
     * {@code scale} (|dout| for dx, 1 for the slope): near a zero of f' (GELU's at −0.7518, SiLU's at
     * −1.2785) the slope is a difference of terms of size up to 1 and keeps only their absolute
     * accuracy, in PyTorch as here.
     */
    private static boolean close(boolean single, double a, double b, double scale) {
        double ulpOfOne = single ? Math.ulp(1.0f) : Math.ulp(1.0);
        double difference = Math.abs(a - b);
        return distance(single, a, b) <= ULPS || difference <= ULPS * ulpOfOne * scale || difference <= SUBNORMAL_SLACK;
    }

    private static long distance(boolean single, double a, double b) {
        return single ? Ulps.betweenFloats(a, b) : Ulps.between(a, b);
    }
}
