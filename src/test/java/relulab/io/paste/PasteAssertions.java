package relulab.io.paste;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The checks the paste tests share: what a text becomes, or the message that refuses it. */
final class PasteAssertions {

    /** How NumPy's summarised printing is refused, in English as the log has it. */
    static final String SUMMARISED = "the array was printed with '...' (summarised); print it with "
            + "np.set_printoptions(threshold=np.inf) or save it with np.save";

    private PasteAssertions() {}

    /** Asserts that the block has the given size and values (bit for bit, so NaN and −0 count). */
    static void assertBlock(int depth, int rows, int cols, double[] values, PastedBlock block) {
        assertEquals(depth, block.depth(), "depth");
        assertEquals(rows, block.rows(), "rows");
        assertEquals(cols, block.cols(), "cols");
        assertArrayEquals(values, block.values());
    }

    /** The message with which pasting {@code text} is refused; fails when it is accepted. */
    static String refusal(String text) {
        return assertThrows(PasteException.class, () -> PastedText.parse(text)).getMessage();
    }
}
