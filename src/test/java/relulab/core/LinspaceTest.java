package relulab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import relulab.testsupport.Python;

class LinspaceTest {

    /** np.linspace(-0.5, 0.5, 12) as float.hex, printed by NumPy 2.4 and committed here. */
    private static final String[] CS231N_GOLDEN = {
        "-0x1.0000000000000p-1", "-0x1.a2e8ba2e8ba2ep-2", "-0x1.45d1745d1745dp-2",
        "-0x1.d1745d1745d18p-3", "-0x1.1745d1745d174p-3", "-0x1.745d1745d1740p-5",
        "0x1.745d1745d1740p-5", "0x1.1745d1745d174p-3", "0x1.d1745d1745d18p-3",
        "0x1.45d1745d1745ep-2", "0x1.a2e8ba2e8ba30p-2", "0x1.0000000000000p-1",
    };

    @Test
    void matchesTheCommittedNumpyValuesOfTheCs231nTestCase() {
        double[] golden =
                Arrays.stream(CS231N_GOLDEN).mapToDouble(Double::parseDouble).toArray();
        assertArrayEquals(golden, Linspace.values(-0.5, 0.5, 12));
    }

    @Test
    void matchesRealNumpyBitForBit() throws Exception {
        String[] cases = {
            "-0.5, 0.5, 12",
            "-1, 1, 7",
            "-1, 1, 4096",
            "0.1, 0.7, 3",
            "-3.3, 2.9, 101",
            "5, 5, 4",
            "1, -1, 10",
            "1e-300, 1e300, 50"
        };
        StringBuilder script = new StringBuilder("import numpy as np\n");
        for (String c : cases) {
            script.append("print(' '.join(float(v).hex() for v in np.linspace(")
                    .append(c)
                    .append(")))\n");
        }
        String[] lines = Python.run(script.toString()).split("\n");
        for (int i = 0; i < cases.length; i++) {
            double[] numpy = Arrays.stream(lines[i].trim().split(" "))
                    .mapToDouble(Double::parseDouble)
                    .toArray();
            String[] args = cases[i].split(", ");
            assertArrayEquals(
                    numpy,
                    Linspace.values(
                            Double.parseDouble(args[0]), Double.parseDouble(args[1]), Integer.parseInt(args[2])),
                    "linspace(" + cases[i] + ")");
        }
    }

    @Test
    void endsExactlyAtStartAndStop() {
        double[] y = Linspace.values(-0.3, 0.7, 13);
        assertEquals(-0.3, y[0]);
        assertEquals(0.7, y[12]);
    }

    @Test
    void oneValueIsTheStart() {
        assertArrayEquals(new double[] {2.5}, Linspace.values(2.5, 9, 1));
    }

    @Test
    void refusesZeroValues() {
        assertThrows(IllegalArgumentException.class, () -> Linspace.values(0, 1, 0));
    }
}
