package relulab.ui.predict;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * One cell of a predict grid with a line for a note under it. In the answer grid the note is the
 * verdict Check writes — {@code ✓}, or {@code ✗} and the right answer — so that right and wrong
 * are read in signs and numbers, not in colour alone, in every kind of question. In the grids of
 * x and dout the note stays empty: every grid's cells have the same shape, so row r of x, of
 * dout and of the answer stand side by side. The note line takes room only while it is shown
 * ({@link #showNote}), so that before Check the cells are as large as the panel allows.
 */
final class NotedCell extends VBox {

    private final Node control;
    private final Label note = new Label();

    NotedCell(Node control) {
        this.control = control;
        getStyleClass().add("noted-cell");
        note.getStyleClass().add("cell-note");
        note.setMaxWidth(Double.MAX_VALUE);
        showNote(false);
        getChildren().addAll(control, note);
    }

    /** The value shown, the mark button or the value field. */
    Node control() {
        return control;
    }

    /** The line under the cell; empty until Check writes the verdict there. */
    Label note() {
        return note;
    }

    /** Gives the note line its room and shows it, or hides it and gives the room back. */
    void showNote(boolean shown) {
        note.setVisible(shown);
        note.setManaged(shown);
    }

    /** The arrow keys move the focus from cell to cell: it goes to the control. */
    @Override
    public void requestFocus() {
        control.requestFocus();
    }
}
