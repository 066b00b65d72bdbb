package relulab.ui.shared.grid;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/** The looks of a grid as resolved from CSS at paint time; see {@link TensorGrid}. */
record GridStyle(Color captionColor, Color emptyColor, Color hatchColor, Color markColor,
                 Color hoverColor, Color selectionColor, Color cueColor, Font cellFont, Font captionFont) {
}
