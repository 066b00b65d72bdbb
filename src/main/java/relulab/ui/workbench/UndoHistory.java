package relulab.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A linear undo history of immutable states, each with the label of the edit that made it.
 *
 * <p>The history is a list of states with a cursor at the current one. {@link #push} drops
 * every state after the cursor (a new edit clears redo) and appends; {@link #undo} and
 * {@link #redo} move the cursor. At most {@code limit} undo steps are kept: the oldest state is
 * forgotten first. Plain Java, no JavaFX: a ViewModel wraps it and exposes properties.
 *
 * @param <T> the state; it must be immutable (e.g. a record of {@code Tensor3}s), since the
 *            history hands out the very instances it keeps
 */
public final class UndoHistory<T> {

    private record Entry<T>(String label, T state) {
    }

    private final int limit;
    private final List<Entry<T>> entries = new ArrayList<>();
    private int cursor;

    /**
     * A history holding only {@code initial}.
     *
     * @param limit how many undo steps to keep, at least 1
     */
    public UndoHistory(T initial, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("an undo history keeps at least 1 step, got " + limit);
        }
        this.limit = limit;
        reset(initial);
    }

    /**
     * Makes {@code state} the current state, reached by the edit called {@code label}
     * (e.g. "paste 3×4 block"). Clears redo.
     */
    public void push(String label, T state) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(state, "state");
        if (label.isBlank()) {
            throw new IllegalArgumentException("an undo step needs a label to show in the menu");
        }
        entries.subList(cursor + 1, entries.size()).clear();
        entries.add(new Entry<>(label, state));
        if (entries.size() > limit + 1) {
            entries.remove(0);
        }
        cursor = entries.size() - 1;
    }

    /** Steps back one edit and returns the state before it; empty when there is none. */
    public Optional<T> undo() {
        if (!canUndo()) {
            return Optional.empty();
        }
        cursor--;
        return Optional.of(current());
    }

    /** Steps forward one undone edit and returns its state; empty when there is none. */
    public Optional<T> redo() {
        if (!canRedo()) {
            return Optional.empty();
        }
        cursor++;
        return Optional.of(current());
    }

    public boolean canUndo() {
        return cursor > 0;
    }

    public boolean canRedo() {
        return cursor < entries.size() - 1;
    }

    /** For a menu item: "Undo " and {@link #undoName()}, or "" when there is nothing to undo. */
    public String undoLabel() {
        return canUndo() ? "Undo " + undoName() : "";
    }

    /** For a menu item: "Redo " and {@link #redoName()}, or "" when there is nothing to redo. */
    public String redoLabel() {
        return canRedo() ? "Redo " + redoName() : "";
    }

    /** The label of the edit undo would take back, as pushed (e.g. "paste 3×4 block"), or "". */
    public String undoName() {
        return canUndo() ? entries.get(cursor).label() : "";
    }

    /** The label of the edit redo would do again, as pushed, or "". */
    public String redoName() {
        return canRedo() ? entries.get(cursor + 1).label() : "";
    }

    /** The current state. */
    public T current() {
        return entries.get(cursor).state();
    }

    /** Forgets every step and starts again from {@code state} (e.g. a new session). */
    public void reset(T state) {
        Objects.requireNonNull(state, "state");
        entries.clear();
        entries.add(new Entry<>("", state));
        cursor = 0;
    }

    /** How many undo steps are kept at most. */
    public int limit() {
        return limit;
    }
}
