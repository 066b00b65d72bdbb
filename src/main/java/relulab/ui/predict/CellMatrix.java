package relulab.ui.predict;

import java.util.function.IntFunction;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import relulab.core.Shape;
import relulab.ui.shared.text.Messages;

/**
 * A small tensor as a grid of controls, one per cell, its depth slices stacked under a caption
 * each ({@code d = 0}, {@code d = 1}). Questions are 32 cells, so a node per cell costs nothing
 * and every cell is a real control: focusable, read by a screen reader, styled in CSS.
 *
 * <p>With {@link #arrowKeysMoveFocus} the arrow keys move the focus between the cells, as in a
 * spreadsheet (Up and Down across slices too).
 */
final class CellMatrix extends GridPane {

    private final Shape shape;
    private final Node[] cells;

    CellMatrix(Shape shape, String title, IntFunction<Node> cell) {
        this.shape = shape;
        this.cells = new Node[shape.size()];
        getStyleClass().add("cell-matrix");
        Label heading = new Label(title);
        heading.getStyleClass().add("matrix-title");
        add(heading, 0, 0, shape.width(), 1);
        int row = 1;
        Messages messages = Messages.of(CellMatrix.class);
        for (int d = 0; d < shape.depth(); d++) {
            Label caption = new Label(messages.format("matrix.slice", d));
            caption.getStyleClass().add("matrix-caption");
            add(caption, 0, row++, shape.width(), 1);
            for (int r = 0; r < shape.height(); r++, row++) {
                for (int c = 0; c < shape.width(); c++) {
                    int i = shape.index(d, r, c);
                    cells[i] = cell.apply(i);
                    add(cells[i], c, row);
                }
            }
        }
    }

    Node cell(int i) {
        return cells[i];
    }

    /** Arrow keys move the focus to the neighbouring cell (Left and Right too when {@code sideways}). */
    void arrowKeysMoveFocus(boolean sideways) {
        for (int i = 0; i < cells.length; i++) {
            int from = i;
            cells[i].addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                int to = neighbour(from, e.getCode(), sideways);
                if (to >= 0) {
                    cells[to].requestFocus();
                    e.consume();
                }
            });
        }
    }

    /** The flat index the key moves to from {@code i}, or −1 when the key is not a move or runs off the edge. */
    private int neighbour(int i, KeyCode key, boolean sideways) {
        int width = shape.width();
        int c = i % width;
        return switch (key) {
            case UP -> i - width >= 0 ? i - width : -1;
            case DOWN, ENTER -> i + width < cells.length ? i + width : -1;
            case LEFT -> sideways && c > 0 ? i - 1 : -1;
            case RIGHT -> sideways && c < width - 1 ? i + 1 : -1;
            default -> -1;
        };
    }
}
