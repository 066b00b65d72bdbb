package relulab.io.literal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import relulab.core.GradientAtZero;
import relulab.core.Relu;
import relulab.core.Shape;
import relulab.core.Tensor3;

/**
 * The Python the code view offers, run by {@code python3} with NumPy: pasted as it is, it must
 * rebuild x and dout and compute ReLU Lab's out and dx bit for bit.
 */
class NumpyRoundTripTest {

    /** Values where a careless literal or a careless formula goes wrong. */
    private static final double[] AWKWARD = {
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
        0.1, -0.1, 1e-300, 2.0 / 3.0, -1e22, 123456789.123456789,
    };

    private static final long PYTHON_TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(GradientAtZero.class)
    void pastedPythonReproducesOutAndDxExactly(GradientAtZero atZero) throws Exception {
        Random random = new Random(42);
        for (Shape shape : List.of(new Shape(1, 1, 1), new Shape(2, 3, 5), new Shape(4, 32, 32))) {
            Tensor3 x = awkward(shape, random);
            Tensor3 dout = awkward(shape, random);
            Relu relu = Relu.withGradientAtZero(atZero);

            List<String> lines = runPython(ChapterCode.script(LiteralLanguage.PYTHON, x, dout, atZero)
                    + "print(out.astype('<f8').tobytes().hex())\n"
                    + "print(dx.astype('<f8').tobytes().hex())\n"
                    + "print(out.shape, dx.shape)\n");

            assertEquals("out equals ReLU Lab's: True", lines.get(0), shape.toString());
            assertEquals("dx equals ReLU Lab's: True", lines.get(1), shape.toString());
            assertSameBits(relu.forward(x), lines.get(2), "out " + shape);
            assertSameBits(relu.backward(x, dout), lines.get(3), "dx " + shape);
            assertEquals(shape + " " + shape, lines.get(4));
        }
    }

    /** Mostly random doubles of every magnitude and sign, with the awkward values sprinkled in. */
    private static Tensor3 awkward(Shape shape, Random random) {
        return Tensor3.generate(shape, i -> random.nextInt(3) == 0
                ? AWKWARD[random.nextInt(AWKWARD.length)]
                : random.nextGaussian() * Math.pow(10, random.nextInt(21) - 10));
    }

    /** NaN matches any NaN (a payload is not part of the contract); every other value by its bits. */
    private static void assertSameBits(Tensor3 expected, String hex, String what) {
        assertEquals(expected.size() * 16, hex.length(), what + ": length");
        for (int i = 0; i < expected.size(); i++) {
            long littleEndian = Long.parseUnsignedLong(hex.substring(16 * i, 16 * i + 16), 16);
            double actual = Double.longBitsToDouble(Long.reverseBytes(littleEndian));
            double e = expected.get(i);
            boolean same = Double.isNaN(e) ? Double.isNaN(actual)
                    : Double.doubleToRawLongBits(e) == Double.doubleToRawLongBits(actual);
            assertTrue(same, what + " at " + i + ": ReLU Lab " + e + ", NumPy " + actual);
        }
    }

    private List<String> runPython(String program) throws IOException, InterruptedException {
        Path script = dir.resolve("relu.py");
        Files.writeString(script, program, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", script.toString()).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(PYTHON_TIMEOUT_SECONDS, TimeUnit.SECONDS), "python3 did not finish");
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "python3 failed:\n" + text);
        return text.lines().toList();
    }
}
