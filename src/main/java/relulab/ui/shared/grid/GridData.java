package relulab.ui.shared.grid;

import java.util.List;
import java.util.function.IntPredicate;
import relulab.core.Tensor3;

/**
 * What one grid shows: a tensor's values, coloured on a shared {@link ColorRange}.
 *
 * @param values   the tensor
 * @param only     when not null, only the cells (by flat index) it accepts are drawn, hatched and
 *                 outlined, the rest stay empty: this is how the "zeroed by ReLU" grid shows its
 *                 mask. A predicate rather than a stored mask, so an edit costs no O(n) pass.
 * @param range    the limits of the colour scale, per slice
 * @param captions one caption per depth slice, shown above it
 */
public record GridData(Tensor3 values, IntPredicate only, ColorRange range, List<String> captions) {

    public GridData {
        if (range.depth() != values.shape().depth()
                || captions.size() != values.shape().depth()) {
            throw new IllegalArgumentException("range and captions need one entry per slice of " + values.shape());
        }
        captions = List.copyOf(captions);
    }

    /** Whether cell i is drawn with its value (true everywhere unless a mask is given). */
    public boolean shows(int flatIndex) {
        return only == null || only.test(flatIndex);
    }

    /** Whether cells are hatched as members of a mask. */
    public boolean masked() {
        return only != null;
    }
}
