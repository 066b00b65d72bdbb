package relulab.io.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static relulab.io.code.ExactTensors.assertSameBits;
import static relulab.io.code.ExactTensors.assertWithinRounding;
import static relulab.io.code.ExactTensors.awkward;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import relulab.core.Activation;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.testsupport.ScriptRunner;

/**
 * The Python the code view offers, run by {@code python3} with NumPy: pasted as it is, it must
 * rebuild x and dout and compute ReLU Lab's out and dx — bit for bit for ReLU (with each
 * ReLU'(0)) and Leaky ReLU, to rounding for the sigmoid and tanh — and its own check must say so.
 */
class NumpyRoundTripTest {

    private static final Duration PYTHON_TIMEOUT = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    @BeforeEach
    void needsPython() {
        ScriptRunner.requireInstalled("python3");
    }

    static Stream<Named<Activation>> activations() {
        return RoundTripActivations.ALL.stream().map(a -> Named.of(RoundTripActivations.describe(a), a));
    }

    @ParameterizedTest
    @MethodSource("activations")
    void pastedPythonReproducesOutAndDx(Activation activation) throws Exception {
        Random random = new Random(42);
        ScriptRunner python = new ScriptRunner(dir, PYTHON_TIMEOUT, "python3");
        String agreement = activation.code().bitExact() ? "equals ReLU Lab's: " : "equals ReLU Lab's to rounding: ";
        for (Shape shape : List.of(new Shape(1, 1, 1), new Shape(2, 3, 5), new Shape(4, 32, 32))) {
            Tensor3 x = awkward(shape, random);
            Tensor3 dout = awkward(shape, random);

            List<String> lines = python.run(
                    "layer.py",
                    ChapterCode.script(LiteralLanguage.PYTHON, x, dout, activation)
                            + "print(out.astype('>f8').tobytes().hex())\n"
                            + "print(dx.astype('>f8').tobytes().hex())\n"
                            + "print(out.shape, dx.shape)\n");

            assertEquals("out " + agreement + "True", lines.get(0), shape.toString());
            assertEquals("dx " + agreement + "True", lines.get(1), shape.toString());
            if (activation.code().bitExact()) {
                assertSameBits(activation.forward(x), lines.get(2), "NumPy", "out " + shape);
                assertSameBits(activation.backward(x, dout), lines.get(3), "NumPy", "dx " + shape);
            } else {
                assertWithinRounding(activation.forward(x), null, lines.get(2), "NumPy", "out " + shape);
                assertWithinRounding(activation.backward(x, dout), dout, lines.get(3), "NumPy", "dx " + shape);
            }
            assertEquals(shape + " " + shape, lines.get(4));
        }
    }
}
