package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.TensorData;
import relulab.io.TensorFiles;

/**
 * Success lines quote the names they were given as every message does
 * ({@link relulab.io.MessageText#quote}): a file or folder named with a terminal's title sequence
 * ({@code ESC ] 0 ; pwned BEL}) or a right-to-left override (U+202E) is printed escaped, so the
 * terminal's title stays and the line reads in its order.
 */
class QuotedNamesTest {

    /** A name that sets the terminal's title and then reverses the rest of the line. */
    private static final String HOSTILE = "f\u001B]0;pwned\u0007\u202Egnp";

    @TempDir
    Path dir;

    private static void assertNoRawControls(String printed) {
        assertFalse(printed.contains("\u001B"), printed);
        assertFalse(printed.contains("\u0007"), printed);
        assertFalse(printed.contains("\u202E"), printed);
        assertTrue(printed.contains("f\\u001B]0;"), printed);
    }

    @Test
    void computesSuccessLinesEscapeTheInputsAndTheFoldersNames() throws IOException {
        Path x = dir.resolve(HOSTILE + ".npy");
        TensorFiles.write(x, TensorData.of(Tensor3.of(new Shape(1, 1, 2), new double[] {-1, 1})));
        Path out = dir.resolve(HOSTILE);
        CliRun run = CliRun.of("compute", "--input", x.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("out.npy")));
        assertNoRawControls(run.out());
        assertTrue(run.out().startsWith("'f\\u001B]0;pwned\\u0007\\u202Egnp.npy': shape (1, 1, 2)"), run.out());
        // The folder's whole path is quoted, cut after 40 characters as every quotation is.
        assertTrue(run.out().contains(" in '" + dir + "/f\\u001B]0;"), run.out());
    }

    @Test
    void dyingsDumpLineEscapesTheFilesName() {
        Path dump = dir.resolve(HOSTILE + ".json");
        CliRun run = CliRun.of("dying", "--lr", "0.1", "--steps", "1", "--dump", dump.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertNoRawControls(run.out());
    }

    @Test
    void aRefusalEscapesTheNameToo() {
        CliRun run =
                CliRun.of("compute", "--input", dir.resolve(HOSTILE + ".npy").toString(), "--out", "o");
        assertEquals(2, run.exitCode());
        assertNoRawControls(run.err());
    }
}
