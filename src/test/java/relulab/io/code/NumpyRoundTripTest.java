package relulab.io.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static relulab.io.code.ExactTensors.assertSameBits;
import static relulab.io.code.ExactTensors.awkward;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import relulab.core.GradientAtZero;
import relulab.core.Relu;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.testsupport.ScriptRunner;

/**
 * The Python the code view offers, run by {@code python3} with NumPy: pasted as it is, it must
 * rebuild x and dout and compute ReLU Lab's out and dx bit for bit.
 */
class NumpyRoundTripTest {

    private static final Duration PYTHON_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @BeforeEach
    void needsPython() {
        ScriptRunner.requireInstalled("python3");
    }

    @ParameterizedTest
    @EnumSource(GradientAtZero.class)
    void pastedPythonReproducesOutAndDxExactly(GradientAtZero atZero) throws Exception {
        Random random = new Random(42);
        ScriptRunner python = new ScriptRunner(dir, PYTHON_TIMEOUT, "python3");
        for (Shape shape : List.of(new Shape(1, 1, 1), new Shape(2, 3, 5), new Shape(4, 32, 32))) {
            Tensor3 x = awkward(shape, random);
            Tensor3 dout = awkward(shape, random);
            Relu relu = Relu.of(atZero);

            List<String> lines = python.run("relu.py", ChapterCode.script(LiteralLanguage.PYTHON, x, dout, atZero)
                    + "print(out.astype('>f8').tobytes().hex())\n"
                    + "print(dx.astype('>f8').tobytes().hex())\n"
                    + "print(out.shape, dx.shape)\n");

            assertEquals("out equals ReLU Lab's: True", lines.get(0), shape.toString());
            assertEquals("dx equals ReLU Lab's: True", lines.get(1), shape.toString());
            assertSameBits(relu.forward(x), lines.get(2), "NumPy", "out " + shape);
            assertSameBits(relu.backward(x, dout), lines.get(3), "NumPy", "dx " + shape);
            assertEquals(shape + " " + shape, lines.get(4));
        }
    }
}
