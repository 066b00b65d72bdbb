package relulab.io.paste;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import relulab.testsupport.Python;

/**
 * Pastes what real NumPy prints and compares the block with the array NumPy holds.
 *
 * <p>The Python side prints each case as: the array's text ({@code print(a)} or
 * {@code repr(a)}), a separator line, the shape, and every element exactly, as
 * {@code float.hex}. NumPy's default printing rounds to 8 digits after the point, so those
 * cases agree within {@link #DEFAULT_PRINT_TOLERANCE} (plus one float32 step for float32
 * arrays, which NumPy prints with no more digits than float32 needs); with {@code floatmode='unique'} NumPy
 * prints the shortest text that reads back to the same number, and the paste is bit-exact.
 */
class PastedTextNumpyTest {

    /** Half a unit in the 8th digit NumPy prints by default (fixed or scientific notation). */
    private static final double DEFAULT_PRINT_TOLERANCE = 5e-9;

    private static final String SEPARATOR = "----8<----";

    private static final String PRELUDE = String.join(
            "\n",
            "import numpy as np",
            "def case(text, a):",
            "    print(text)",
            "    print('" + SEPARATOR + "')",
            "    print(a.dtype.name, ' '.join(str(n) for n in a.shape))",
            "    print(' '.join(float(v).hex() for v in np.asarray(a, dtype=np.float64).ravel()))",
            "    print('" + SEPARATOR + "')",
            "rng = np.random.default_rng(20261127)",
            "");

    private record Case(String text, String dtype, int[] shape, double[] values) {}

    private static List<Case> cases(String body) throws Exception {
        String output = Python.run(PRELUDE + body);
        String[] parts = output.split(SEPARATOR + "\n", -1);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i + 2 < parts.length; i += 2) {
            String[] lines = parts[i + 1].split("\n");
            String[] header = lines[0].trim().split(" ");
            int[] shape =
                    Arrays.stream(header).skip(1).mapToInt(Integer::parseInt).toArray();
            double[] values = Arrays.stream(lines[1].trim().split(" "))
                    .mapToDouble(PastedTextNumpyTest::fromHex)
                    .toArray();
            cases.add(new Case(parts[i], header[0], shape, values));
        }
        return cases;
    }

    private static double fromHex(String hex) {
        return switch (hex) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(hex);
        };
    }

    /** The block's (depth, rows, cols) for NumPy's shape of 1 to 3 dimensions (or 4 with a leading 1). */
    private static int[] blockShape(int[] shape) {
        int[] padded = new int[] {1, 1, 1};
        int skip = shape.length == 4 ? 1 : 0;
        System.arraycopy(shape, skip, padded, 3 - (shape.length - skip), shape.length - skip);
        return padded;
    }

    /** Pastes the case's text, checks the block's shape against NumPy's and returns the values. */
    private static double[] paste(Case c) throws PasteException {
        PastedBlock block = PastedText.parse(c.text);
        assertArrayEquals(
                blockShape(c.shape), new int[] {block.depth(), block.rows(), block.cols()}, "shape of\n" + c.text);
        return block.values();
    }

    @Test
    void defaultPrintingOfTwoAndThreeDimensionalArraysPastesWithinPrintPrecision() throws Exception {
        List<Case> cases = cases("""
                for shape in [(5,), (3, 4), (2, 3, 4), (1, 2, 2, 3), (4, 12)]:
                    a = rng.standard_normal(shape)
                    case(str(a), a)
                    case(repr(a), a)
                a = rng.standard_normal((3, 3)) * 1e-5
                case(str(a), a)
                a = rng.standard_normal((2, 5)) * 1e6
                case(repr(a), a)
                a = rng.standard_normal((2, 3, 3)).astype(np.float32)
                case(str(a), a)
                case(repr(a), a)
                """);
        assertEquals(14, cases.size());
        for (Case c : cases) {
            double[] pasted = paste(c);
            for (int i = 0; i < pasted.length; i++) {
                double tolerance = DEFAULT_PRINT_TOLERANCE * Math.max(1, Math.abs(c.values[i]))
                        + (c.dtype.equals("float32") ? Math.ulp((float) c.values[i]) : 0);
                assertEquals(c.values[i], pasted[i], tolerance, "element " + i + " of\n" + c.text);
            }
        }
    }

    @Test
    void uniquePrintingAndPythonListsPasteBitForBitIncludingNanAndInfinities() throws Exception {
        List<Case> cases = cases("""
                np.set_printoptions(floatmode='unique')
                a = rng.standard_normal((2, 3, 4))
                a[0, 0, 0] = np.nan; a[0, 1, 2] = np.inf; a[1, 2, 3] = -np.inf; a[1, 0, 0] = -0.0
                a[1, 1, 1] = 5e-324; a[1, 1, 2] = 1e308
                case(str(a), a)
                case(repr(a), a)
                b = np.linspace(-0.5, 0.5, 12).reshape(3, 4)
                case(str(b), b)
                case(repr(b), b)
                c = rng.standard_normal(5)
                case(str(list(c)), c)
                case(str(c.tolist()), c)
                d = np.arange(-6, 6).reshape(1, 3, 4)
                case(str(d), d)
                case(repr(d), d)
                """);
        assertEquals(8, cases.size());
        for (Case c : cases) {
            assertArrayEquals(c.values, paste(c), "values of\n" + c.text);
        }
    }

    @Test
    void float32ArraysPrintedUniquelyPasteToTheSameFloat32Values() throws Exception {
        List<Case> cases = cases("""
                np.set_printoptions(floatmode='unique')
                a = rng.standard_normal((3, 4)).astype(np.float32)
                a[0, 0] = np.nan; a[2, 3] = -np.inf
                case(str(a), a)
                case(repr(a), a)
                b = rng.standard_normal((2, 2, 3)).astype(np.float32)
                case(repr(b), b)
                """);
        assertEquals(3, cases.size());
        for (Case c : cases) {
            double[] pasted = paste(c);
            for (int i = 0; i < pasted.length; i++) {
                // NumPy prints float32 in its shortest unique form, so rounding back to float is exact.
                assertEquals((float) c.values[i], (float) pasted[i], "element " + i + " of\n" + c.text);
            }
        }
    }

    @Test
    void summarisedPrintingIsRefusedWithItsExplanation() throws Exception {
        List<Case> cases = cases("a = np.arange(2000.0).reshape(40, 50)\ncase(str(a), a)");
        PasteException e = org.junit.jupiter.api.Assertions.assertThrows(
                PasteException.class, () -> PastedText.parse(cases.get(0).text));
        assertEquals(PasteAssertions.SUMMARISED, e.getMessage());
    }
}
