package relulab.io.paste;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import relulab.io.NumberText;

/**
 * Random blocks written out in every accepted layout and pasted back must come back bit for
 * bit: {@link NumberText#forFile} writes the shortest text that reads back to the same double.
 */
class PastedTextRoundTripTest {

    private static final int CASES = 200;
    private static final double[] SPECIALS = {
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, Double.MIN_VALUE, -Double.MAX_VALUE
    };

    private static PastedBlock randomBlock(Random random) {
        int depth = 1 + random.nextInt(3);
        int rows = 1 + random.nextInt(5);
        int cols = 1 + random.nextInt(5);
        double[] values = new double[depth * rows * cols];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(8) == 0
                    ? SPECIALS[random.nextInt(SPECIALS.length)]
                    : random.nextGaussian() * Math.pow(10, random.nextInt(9) - 4);
        }
        return new PastedBlock(depth, rows, cols, values);
    }

    /** Rows of values joined by {@code separator}; slices apart by a blank line. */
    private static String rows(PastedBlock b, String separator) {
        StringBuilder text = new StringBuilder();
        for (int d = 0; d < b.depth(); d++) {
            text.append(d == 0 ? "" : "\n");
            for (int r = 0; r < b.rows(); r++) {
                for (int c = 0; c < b.cols(); c++) {
                    text.append(c == 0 ? "" : separator).append(NumberText.forFile(b.get(d, r, c)));
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** Nested brackets as NumPy's repr writes them, always 3-D. */
    private static String brackets(PastedBlock b) {
        StringBuilder text = new StringBuilder("array([");
        for (int d = 0; d < b.depth(); d++) {
            text.append(d == 0 ? "[" : ",\n\n       [");
            for (int r = 0; r < b.rows(); r++) {
                text.append(r == 0 ? "[" : ",\n        [");
                for (int c = 0; c < b.cols(); c++) {
                    text.append(c == 0 ? "" : ", ").append(NumberText.forFile(b.get(d, r, c)));
                }
                text.append(']');
            }
            text.append(']');
        }
        return text.append("])").toString();
    }

    @Test
    void randomBlocksComeBackBitForBitFromEveryLayout() throws PasteException {
        Random random = new Random(2026);
        for (int i = 0; i < CASES; i++) {
            PastedBlock block = randomBlock(random);
            assertEquals(block, PastedText.parse(rows(block, "\t")), "tabs, case " + i);
            assertEquals(block, PastedText.parse(rows(block, ", ")), "commas, case " + i);
            assertEquals(block, PastedText.parse(rows(block, ";")), "semicolons, case " + i);
            assertEquals(block, PastedText.parse(rows(block, "   ")), "spaces, case " + i);
            assertEquals(block, PastedText.parse(rows(block, "\t").replace("\n", "\r\n")), "CRLF, case " + i);
            assertEquals(block, PastedText.parse(brackets(block)), "brackets, case " + i);
        }
    }
}
