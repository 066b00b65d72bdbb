package relulab.ui.shared.grid;

import java.util.Optional;

/**
 * What an editable {@link TensorGrid} asks its owner to do. Each method returns the reason
 * for a refusal, shown at the cell, or an empty Optional when the change was made.
 */
public interface GridEditHandler {

    /** Set the cell to the number written in {@code text}. */
    Optional<String> commit(CellIndex cell, String text);

    /** Set the cell to 0 (the Delete key). */
    Optional<String> clear(CellIndex cell);

    /** Paste the clipboard's block with its top-left corner at {@code anchor}. */
    Optional<String> paste(CellIndex anchor);

    /** Copy the depth slice holding {@code cell} to the clipboard (Ctrl+C). */
    Optional<String> copy(CellIndex cell);
}
