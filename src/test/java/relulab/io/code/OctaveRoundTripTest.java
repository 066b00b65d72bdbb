package relulab.io.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static relulab.io.code.ExactTensors.assertSameBits;
import static relulab.io.code.ExactTensors.assertWithinRounding;
import static relulab.io.code.ExactTensors.awkward;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import relulab.core.Activation;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.testsupport.ScriptRunner;

/**
 * The MATLAB the code view offers, run by GNU Octave: pasted as it is, it must rebuild x and dout,
 * compute ReLU Lab's out and dx (bit for bit for ReLU with each ReLU'(0) and Leaky ReLU, to
 * rounding for the sigmoid and tanh), and its own check must say so.
 *
 * <p>Octave takes a while to start, so every case runs in one Octave process, each as a fresh
 * paste ({@code clear} first) inside {@code try}, so one failing case does not hide the others;
 * each case is then reported as its own test.
 */
class OctaveRoundTripTest {

    private static final String OCTAVE = "octave-cli";
    /** No start-up file, and no history file: saving it fails on a read-only home. */
    private static final String[] OCTAVE_COMMAND = {OCTAVE, "--quiet", "--norc", "--no-history"};

    private static final Duration OCTAVE_TIMEOUT = Duration.ofMinutes(2);
    /** From one element to the largest tensor the view prints ({@link LiteralLanguage#MAX_ELEMENTS}). */
    private static final List<Shape> SHAPES =
            List.of(new Shape(1, 1, 1), new Shape(2, 3, 5), new Shape(4, 8, 8), new Shape(4, 32, 32));

    private static final String CASE_MARK = "=== case ";
    private static final int SHOWN_CHARS = 80;

    @TempDir
    Path dir;

    private record Case(Activation activation, Shape shape, Tensor3 x, Tensor3 dout) {

        String name() {
            return RoundTripActivations.describe(activation) + ", shape " + shape;
        }
    }

    @TestFactory
    Stream<DynamicTest> pastedMatlabReproducesOutAndDxExactly() throws Exception {
        ScriptRunner.requireInstalled(OCTAVE);
        Random random = new Random(42);
        List<Case> cases = new ArrayList<>();
        for (Activation activation : RoundTripActivations.ALL) {
            for (Shape shape : SHAPES) {
                cases.add(new Case(activation, shape, awkward(shape, random), awkward(shape, random)));
            }
        }
        StringBuilder program = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            program.append(octaveCase(i, cases.get(i)));
        }
        List<String> lines = new ScriptRunner(dir, OCTAVE_TIMEOUT, OCTAVE_COMMAND).run("layer.m", program.toString());
        return IntStream.range(0, cases.size())
                .mapToObj(i ->
                        dynamicTest(cases.get(i).name(), () -> assertOctaveAgrees(cases.get(i), output(lines, i))));
    }

    /**
     * One case: the pasted script as a student would run it, then out and dx printed in ReLU Lab's
     * order ({@code permute} swaps MATLAB's rows and columns back) as big-endian hex, and their sizes.
     */
    private static String octaveCase(int index, Case c) {
        return "clear\n"
                + "disp('" + CASE_MARK + index + "')\n"
                + "try\n"
                + ChapterCode.script(LiteralLanguage.MATLAB, c.x(), c.dout(), c.activation())
                + "lab_order = permute(out, [2 1 3]);\n"
                + "disp(reshape(num2hex(lab_order(:))', 1, []))\n"
                + "lab_order = permute(dx, [2 1 3]);\n"
                + "disp(reshape(num2hex(lab_order(:))', 1, []))\n"
                + "disp([mat2str(size(out)) ' ' mat2str(size(dx))])\n"
                + "catch problem\n"
                + "disp(['error: ' problem.message])\n"
                + "end\n";
    }

    /** The lines case {@code index} printed, between its mark and the next. */
    private static List<String> output(List<String> lines, int index) {
        int start = lines.indexOf(CASE_MARK + index);
        int end = lines.indexOf(CASE_MARK + (index + 1));
        return lines.subList(start + 1, end < 0 ? lines.size() : end);
    }

    private static void assertOctaveAgrees(Case c, List<String> printed) {
        String all = printed.stream().map(OctaveRoundTripTest::shortened).collect(Collectors.joining("\n"));
        assertEquals(5, printed.size(), all);
        Activation f = c.activation();
        String agreement = f.code().bitExact() ? "equals ReLU Lab's: " : "equals ReLU Lab's to rounding: ";
        assertEquals("out " + agreement + "true", printed.get(0), all);
        assertEquals("dx " + agreement + "true", printed.get(1), all);
        if (f.code().bitExact()) {
            assertSameBits(f.forward(c.x()), printed.get(2), "Octave", "out");
            assertSameBits(f.backward(c.x(), c.dout()), printed.get(3), "Octave", "dx");
        } else {
            assertWithinRounding(f.forward(c.x()), null, printed.get(2), "Octave", "out");
            assertWithinRounding(f.backward(c.x(), c.dout()), c.dout(), printed.get(3), "Octave", "dx");
        }
        String size = matlabSize(c.shape());
        assertEquals(size + " " + size, printed.get(4));
    }

    /** A line short enough for a failure message: the hex lines run to thousands of digits. */
    private static String shortened(String line) {
        return line.length() <= SHOWN_CHARS ? line : line.substring(0, SHOWN_CHARS) + "...";
    }

    /** {@code size(x)} as MATLAB prints it: [H W D], without a trailing 1. */
    private static String matlabSize(Shape s) {
        return s.depth() == 1
                ? "[" + s.height() + " " + s.width() + "]"
                : "[" + s.height() + " " + s.width() + " " + s.depth() + "]";
    }
}
