package relulab.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import relulab.io.DType;
import relulab.io.TensorData;
import relulab.io.TensorFiles;
import relulab.io.TestFiles;

/**
 * The golden files of the family that {@code src/test/resources/golden/make_family_golden.py}
 * writes with PyTorch 1.13 and mpmath, and the rule by which a member's out, dx and slope are
 * close enough to them: the engine's test ({@link FamilyGoldenTest}) and {@code compute}'s use
 * the same rule on the same files.
 *
 * <p>The rule, cell by cell: within {@link #ULPS} ulp of PyTorch or of the mathematics (mpmath,
 * 60 digits, rounded once to the dtype), or within {@link #ULPS} ulp of 1 (times |dout|) for a
 * slope near one of its zeros, or within {@link #SUBNORMAL_SLACK} for subnormal results. The
 * second reference covers PyTorch's own rounding on the other side of the true value, and the
 * places where PyTorch is wrong, where the program follows the mathematics (listed in
 * {@link FamilyGoldenTest}).
 */
public final class FamilyGolden {

    /** How far a member may be from its reference, in units of the last place of the dtype. */
    static final long ULPS = 2;
    /**
     * Where a true result is subnormal (below 2.2e-308), the steps before it have underflowed too
     * (e^−745 is 5e-324, with no digits left), so such results are compared in absolute terms: within
     * 1024 of the smallest subnormals, 5e-321. SiLU(−745.2) is −1.7e-321; the program gives −0.0.
     */
    private static final double SUBNORMAL_SLACK = 0x1p-1064;

    /** The members the script writes, by file name ({@code :} written as {@code _}). */
    public static final List<String> MEMBERS = List.of(
            "relu",
            "leaky_0.01",
            "leaky_0.2",
            "elu_1.0",
            "elu_0.5",
            "gelu",
            "gelu_tanh",
            "silu",
            "softplus",
            "sigmoid",
            "tanh");

    /** The parts compared, in the order {@link #assertClose} takes them. */
    public static final List<String> PARTS = List.of("out", "dx", "slope");

    private FamilyGolden() {}

    /** The member's spec for a file name: {@code leaky_0.01} → {@code leaky:0.01}. */
    public static String spec(String member) {
        return member.replace('_', ':');
    }

    /** One golden file, e.g. {@code file("gelu_f4", "x")}. */
    public static TensorData read(String name, String part) throws IOException {
        return TensorFiles.read(TestFiles.golden("family/" + name + "_" + part + ".npy"));
    }

    /**
     * Asserts that {@code ours} (out, dx and slope, in the dtype of the files: float32 values as
     * the doubles they widen to) are close to the golden files of {@code name} ({@code gelu_f4}),
     * and returns a line on how close: the worst distance in ulp from PyTorch and from the
     * mathematics where PyTorch is within {@link #ULPS}, and how many cells PyTorch has wrong.
     */
    public static String assertClose(String name, List<Tensor3> ours) throws IOException {
        TensorData xData = read(name, "x");
        boolean single = xData.dtype() == DType.FLOAT32;
        Tensor3 x = xData.tensor();
        Tensor3 dout = read(name, "dout").tensor();
        StringBuilder report = new StringBuilder(name + ":");
        for (int p = 0; p < PARTS.size(); p++) {
            Tensor3 torch = read(name, PARTS.get(p)).tensor();
            Tensor3 truth = read(name, PARTS.get(p) + "_true").tensor();
            long worstVsTorch = 0;
            long worstVsTruth = 0;
            int torchWrong = 0;
            for (int i = 0; i < x.size(); i++) {
                double v = single ? (float) ours.get(p).get(i) : ours.get(p).get(i);
                double scale = p == 0 ? 0.0 : p == 1 ? Math.abs(dout.get(i)) : 1.0;
                if (!close(single, torch.get(i), truth.get(i), scale)) {
                    torchWrong++;
                } else if (distance(single, torch.get(i), truth.get(i)) <= ULPS) {
                    worstVsTorch = Math.max(worstVsTorch, distance(single, v, torch.get(i)));
                    worstVsTruth = Math.max(worstVsTruth, distance(single, v, truth.get(i)));
                }
                assertTrue(
                        close(single, v, torch.get(i), scale) || close(single, v, truth.get(i), scale),
                        String.format(
                                "%s %s at x = %s (dout %s): ours %s, PyTorch %s, mpmath %s",
                                name, PARTS.get(p), x.get(i), dout.get(i), v, torch.get(i), truth.get(i)));
            }
            report.append(String.format(
                    " %s %d ulp from PyTorch and %d from mpmath where PyTorch is within %d"
                            + " (%d cells where PyTorch is wrong);",
                    PARTS.get(p), worstVsTorch, worstVsTruth, ULPS, torchWrong));
        }
        return report.toString();
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
