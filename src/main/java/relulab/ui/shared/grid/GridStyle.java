package relulab.ui.shared.grid;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The looks of a grid as resolved from CSS at paint time; see {@link TensorGrid}.
 *
 * @param darkInk  numbers and marks on light cells
 * @param lightInk numbers and marks on dark cells, and the inner line of a frame
 */
record GridStyle(
        Color captionColor,
        Color emptyColor,
        Color hatchColor,
        Color markColor,
        Color hoverColor,
        Color selectionColor,
        Color cueColor,
        Color darkInk,
        Color lightInk,
        Font cellFont,
        Font captionFont) {

    /** The ink that reads on a cell of colour {@code argb}. */
    Color inkOn(int argb) {
        return ColorScale.wantsDarkText(argb) ? darkInk : lightInk;
    }
}
