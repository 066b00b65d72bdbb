package relulab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One file argument opens the window on it; anything else is a command. */
class MainTest {

    @Test
    void aSingleFileTheWindowOpensGoesToTheWindowAndEverythingElseToTheCommandLine() {
        assertTrue(Main.opensInTheWindow(new String[] {"lesson.relulab"}));
        assertTrue(Main.opensInTheWindow(new String[] {"data/X.NPY"}));
        assertTrue(Main.opensInTheWindow(new String[] {"x.csv"}));
        assertFalse(Main.opensInTheWindow(new String[] {"compute"}));
        assertFalse(Main.opensInTheWindow(new String[] {"--help"}));
        assertFalse(Main.opensInTheWindow(new String[] {"-x.npy"}));
        assertFalse(Main.opensInTheWindow(new String[] {"render", "--input", "x.npy"}));
        assertFalse(Main.opensInTheWindow(new String[] {"notes.txt"}));
    }
}
