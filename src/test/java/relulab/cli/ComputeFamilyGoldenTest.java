package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import relulab.core.Activations;
import relulab.core.FamilyGolden;
import relulab.core.Tensor3;
import relulab.io.DType;
import relulab.io.TensorData;
import relulab.io.TensorFiles;
import relulab.io.TestFiles;

/**
 * {@code compute --activation F} for every member of the family, on the golden files that
 * {@code src/test/resources/golden/make_family_golden.py} made with PyTorch 1.13 and mpmath:
 * out, dx and slope within 2 ulp of PyTorch or, where PyTorch is wrong, of the mathematics, by the
 * engine's own rule ({@link FamilyGolden#assertClose}), in float64 and float32, special values
 * included (±0, NaN, ±∞, subnormals, huge |x|). Where PyTorch is wrong the command follows the
 * mathematics, as the engine does (see {@code FamilyGoldenTest}): PyTorch's float32 kernels read
 * subnormal inputs as 0 (its leaky_relu(−1e-40f) is −1e-42, not 0.01·−1e-40), its GELU, SiLU and
 * tanh-GELU cancel in the left tail and give NaN at ±∞, its sigmoid and tanh slopes cancel to 0
 * for large |x|, and its ReLU passes dout through at x = NaN.
 */
class ComputeFamilyGoldenTest {

    static Stream<Arguments> cases() {
        return FamilyGolden.MEMBERS.stream().flatMap(m -> Stream.of("f8", "f4").map(t -> Arguments.of(m, t)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void outDxAndSlopeAreWithinTwoUlpOfPyTorchOrOfTheMathematics(String member, String dtype, @TempDir Path dir)
            throws IOException {
        String name = member + "_" + dtype;
        CliRun run = CliRun.of(
                "compute",
                "--activation",
                FamilyGolden.spec(member),
                "--input",
                TestFiles.golden("family/" + name + "_x.npy").toString(),
                "--dout",
                TestFiles.golden("family/" + name + "_dout.npy").toString(),
                "--out",
                dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        DType expected = dtype.equals("f4") ? DType.FLOAT32 : DType.FLOAT64;
        List<Tensor3> ours = new ArrayList<>();
        for (String part : FamilyGolden.PARTS) {
            TensorData written = TensorFiles.read(dir.resolve(part + ".npy"));
            assertEquals(expected, written.dtype(), part);
            ours.add(written.tensor());
        }
        System.out.println("compute " + FamilyGolden.assertClose(name, ours));
        Tensor3 x = FamilyGolden.read(name, "x").tensor();
        Tensor3 gate = TensorFiles.read(dir.resolve("gate.npy")).tensor();
        Tensor3 zeroed = TensorFiles.read(dir.resolve("zeroed.npy")).tensor();
        for (int i = 0; i < x.size(); i++) {
            assertEquals(x.get(i) > 0 ? 1.0 : 0.0, gate.get(i), "gate at x = " + x.get(i));
            assertEquals(x.get(i) < 0 ? 1.0 : 0.0, zeroed.get(i), "zeroed at x = " + x.get(i));
        }
    }

    @Test
    void everyMemberOfTheCatalogueHasGoldenFiles() {
        List<String> specs = FamilyGolden.MEMBERS.stream()
                .map(m -> Activations.parse(FamilyGolden.spec(m)).id())
                .distinct()
                .toList();
        assertEquals(Activations.all().stream().map(f -> f.id()).toList(), specs, "the script covers every member");
    }

    @Test
    void theHelpListsEveryMember() {
        String help = CliRun.of("compute", "--help").out();
        for (String spec :
                List.of("relu", "leaky:A", "elu:A", "gelu", "gelu:tanh", "silu", "softplus", "sigmoid", "tanh")) {
            assertTrue(help.contains(spec), spec + " in\n" + help);
        }
        assertTrue(help.contains("slope.npy"), help);
    }
}
