package relulab.ui.shared.grid;

import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import relulab.core.Shape;
import relulab.io.NumberText;
import relulab.ui.shared.EscapeKey;

/**
 * Spreadsheet editing for an editable {@link TensorGrid}: one {@link TextField} laid over the
 * selected cell, and a message bubble for refusals.
 *
 * <p>Click or the arrow keys move the selection; Page Up and Page Down go to the previous and
 * next depth slice. Typing a character opens the editor with
 * that character (replacing the value); F2, Enter or a double click open it with the current
 * value. Enter commits and moves down, Tab right (Shift+Tab left), Escape cancels, Delete
 * and Backspace set 0, Ctrl+V pastes a block at the selection, Ctrl+C copies the selection's
 * depth slice. A refused entry closes the
 * editor, leaves the old value and shows the reason next to the cell until the next key or
 * click.
 */
final class CellEditing {

    private static final Duration MESSAGE_TIME = Duration.seconds(8);
    /** The editor covers its cell exactly; only a cell smaller than this lets it spill over. */
    private static final double MIN_EDITOR_WIDTH = 40;

    private static final double MIN_EDITOR_HEIGHT = 24;

    private final TensorGrid grid;
    private final ObjectProperty<GridEditHandler> handler = new SimpleObjectProperty<>();
    private final TextField editor = new TextField();
    private final Label bubble = new Label();
    private final PauseTransition bubbleTimer = new PauseTransition(MESSAGE_TIME);
    private CellIndex editing;
    private CellIndex bubbleCell;

    CellEditing(TensorGrid grid) {
        this.grid = grid;
        editor.getStyleClass().add("cell-editor");
        editor.setManaged(false);
        editor.setVisible(false);
        bubble.getStyleClass().add("cell-error");
        bubble.setManaged(false);
        bubble.setVisible(false);
        bubble.setMouseTransparent(true);
        bubble.setWrapText(true);
        bubble.setMaxWidth(320);
        grid.addOverlay(editor);
        grid.addOverlay(bubble);
        bubbleTimer.setOnFinished(e -> hideMessage());
        editor.addEventFilter(KeyEvent.KEY_PRESSED, this::onEditorKey);
        EscapeKey.claimWhile(editor, editor::isVisible);
        editor.focusedProperty().addListener((o, was, is) -> {
            if (!is && editing != null) {
                commit(0, 0);
            }
        });
        grid.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onMousePressed);
        grid.addEventHandler(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        grid.addEventHandler(KeyEvent.KEY_TYPED, this::onKeyTyped);
    }

    ObjectProperty<GridEditHandler> handlerProperty() {
        return handler;
    }

    Optional<String> message() {
        return bubble.isVisible() ? Optional.of(bubble.getText()) : Optional.empty();
    }

    private boolean active() {
        return grid.editableProperty().get() && handler.get() != null && grid.shape() != null;
    }

    private void onMousePressed(MouseEvent e) {
        if (!active() || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        hideMessage();
        grid.requestFocus();
        // Consumed, or an enclosing TabPane would take the focus back on this same press.
        e.consume();
        grid.cellAt(e.getX(), e.getY()).ifPresent(cell -> {
            grid.selectionProperty().set(cell);
            if (e.getClickCount() == 2) {
                open(cell, NumberText.forFile(grid.valueAt(cell)));
            }
        });
    }

    private void onKeyPressed(KeyEvent e) {
        if (!active() || editing != null) {
            return;
        }
        CellIndex sel = selectionOrFirst();
        hideMessage();
        KeyCode code = e.getCode();
        if (e.isShortcutDown() && code == KeyCode.V) {
            handler.get().paste(sel).ifPresent(m -> showMessage(sel, m));
        } else if (e.isShortcutDown() && code == KeyCode.C) {
            handler.get().copy(sel).ifPresent(m -> showMessage(sel, m));
        } else if (e.isShortcutDown() || e.isAltDown()) {
            return;
        } else if (code == KeyCode.UP || code == KeyCode.DOWN || code == KeyCode.LEFT || code == KeyCode.RIGHT) {
            int dr = code == KeyCode.UP ? -1 : code == KeyCode.DOWN ? 1 : 0;
            int dc = code == KeyCode.LEFT ? -1 : code == KeyCode.RIGHT ? 1 : 0;
            select(sel.moved(dr, dc, grid.shape()));
        } else if (code == KeyCode.PAGE_UP || code == KeyCode.PAGE_DOWN) {
            int d = sel.d() + (code == KeyCode.PAGE_DOWN ? 1 : -1);
            select(new CellIndex(Math.max(0, Math.min(grid.shape().depth() - 1, d)), sel.r(), sel.c()));
        } else if (code == KeyCode.TAB) {
            select(sel.moved(0, e.isShiftDown() ? -1 : 1, grid.shape()));
        } else if (code == KeyCode.ENTER || code == KeyCode.F2) {
            open(sel, NumberText.forFile(grid.valueAt(sel)));
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            handler.get().clear(sel).ifPresent(m -> showMessage(sel, m));
        } else {
            return;
        }
        e.consume();
    }

    private void onKeyTyped(KeyEvent e) {
        String ch = e.getCharacter();
        if (!active()
                || editing != null
                || e.isShortcutDown()
                || e.isAltDown()
                || ch.isEmpty()
                || Character.isISOControl(ch.charAt(0))) {
            return;
        }
        open(selectionOrFirst(), ch);
        e.consume();
    }

    private CellIndex selectionOrFirst() {
        Shape shape = grid.shape();
        CellIndex sel = grid.selectionProperty().get();
        CellIndex cell = sel == null
                ? new CellIndex(Math.min(grid.depthProperty().get(), shape.depth() - 1), 0, 0)
                : sel.clampedTo(shape);
        if (!cell.equals(sel)) {
            grid.selectionProperty().set(cell);
        }
        return cell;
    }

    private void select(CellIndex cell) {
        grid.selectionProperty().set(cell);
        grid.reveal(cell);
    }

    private void open(CellIndex cell, String text) {
        grid.reveal(cell);
        editing = cell;
        editor.setText(text);
        editor.setVisible(true);
        layoutOverlays();
        editor.requestFocus();
        editor.end();
        editor.deselect();
    }

    private void onEditorKey(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> commit(1, 0);
            case TAB -> commit(0, e.isShiftDown() ? -1 : 1);
            case ESCAPE -> close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Hands the text to the handler; on success moves the selection by (dr, dc). */
    private void commit(int dr, int dc) {
        CellIndex cell = editing;
        String text = editor.getText();
        close();
        Optional<String> refusal = handler.get().commit(cell, text);
        if (refusal.isPresent()) {
            showMessage(cell, refusal.get());
        } else if (dr != 0 || dc != 0) {
            select(cell.moved(dr, dc, grid.shape()));
        }
    }

    private void close() {
        editing = null;
        editor.setVisible(false);
        grid.requestFocus();
    }

    private void showMessage(CellIndex cell, String text) {
        bubbleCell = cell;
        bubble.setText(text);
        bubble.setVisible(true);
        layoutOverlays();
        bubbleTimer.playFromStart();
    }

    private void hideMessage() {
        bubbleTimer.stop();
        bubble.setVisible(false);
        bubbleCell = null;
    }

    /** Keeps the editor on its cell and the message just below its cell, inside the grid. */
    void layoutOverlays() {
        if (editing != null) {
            grid.cellBounds(editing).ifPresent(b -> {
                double w = Math.max(b.getWidth(), MIN_EDITOR_WIDTH);
                double h = Math.max(b.getHeight(), MIN_EDITOR_HEIGHT);
                editor.resizeRelocate(
                        fit(b.getMinX() - (w - b.getWidth()) / 2, w, grid.getWidth()),
                        fit(b.getMinY() - (h - b.getHeight()) / 2, h, grid.getHeight()),
                        w,
                        h);
            });
        }
        if (bubbleCell != null) {
            Optional<Bounds> cell = grid.cellBounds(bubbleCell);
            double w = Math.min(bubble.getMaxWidth(), bubble.prefWidth(-1));
            double h = bubble.prefHeight(w);
            cell.ifPresent(b -> {
                double below = b.getMaxY() + 4;
                double y = below + h <= grid.getHeight() ? below : b.getMinY() - h - 4;
                bubble.resizeRelocate(fit(b.getMinX(), w, grid.getWidth()), Math.max(0, y), w, h);
            });
        }
    }

    private static double fit(double start, double size, double room) {
        return Math.max(0, Math.min(start, room - size));
    }
}
