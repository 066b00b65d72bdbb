package relulab.ui.workbench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A linear undo history of immutable states, each with the label of the edit that made it.
 *
 * <p>The history is a list of states with a cursor at the current one. {@link #push} drops
 * every state after the cursor (a new edit clears redo) and appends; {@link #undo} and
 * {@link #redo} move the cursor. At most {@code limit} undo steps are kept: the oldest state is
 * forgotten first.
 *
 * <p>A count alone does not bound memory when states are large (100 snapshots of a
 * 64×128×128 pair are 1.6 GB), so a history may also have a <em>memory budget</em>: after each
 * push, while {@code footprint(kept states) > budget} and more than {@code minSteps} undo steps
 * remain, the oldest state is forgotten. The footprint is computed over all kept states at once
 * so it can count memory shared between states (an edit of x keeps the same dout) only once.
 * Plain Java, no JavaFX: a ViewModel wraps it and exposes properties.
 *
 * @param <T> the state; it must be immutable (e.g. a record of {@code Tensor3}s), since the
 *            history hands out the very instances it keeps
 */
public final class UndoHistory<T> {

    private record Entry<T>(String label, T state) {}

    /** Bytes held by a set of states, each shared part counted once. */
    @FunctionalInterface
    public interface Footprint<T> {
        long bytes(List<T> states);
    }

    private final int limit;
    private final int minSteps;
    private final long budget;
    private final Footprint<T> footprint;
    private final List<Entry<T>> entries = new ArrayList<>();
    private int cursor;

    /**
     * A history holding only {@code initial}, bounded by the number of steps only.
     *
     * @param limit how many undo steps to keep, at least 1
     */
    public UndoHistory(T initial, int limit) {
        this(initial, limit, limit, Long.MAX_VALUE, states -> 0);
    }

    /**
     * A history holding only {@code initial}, bounded by steps and by memory.
     *
     * @param limit     how many undo steps to keep at most, at least 1
     * @param minSteps  how many undo steps to keep even over budget (1 ≤ minSteps ≤ limit)
     * @param budget    the most bytes the kept states may hold, as measured by {@code footprint}
     * @param footprint the bytes held by a list of states
     */
    public UndoHistory(T initial, int limit, int minSteps, long budget, Footprint<T> footprint) {
        if (limit < 1) {
            throw new IllegalArgumentException("an undo history keeps at least 1 step, got " + limit);
        }
        if (minSteps < 1 || minSteps > limit) {
            throw new IllegalArgumentException("minSteps must be in 1.." + limit + ", got " + minSteps);
        }
        if (budget < 0) {
            throw new IllegalArgumentException("a memory budget cannot be negative, got " + budget);
        }
        this.limit = limit;
        this.minSteps = minSteps;
        this.budget = budget;
        this.footprint = Objects.requireNonNull(footprint, "footprint");
        reset(initial);
    }

    /** A footprint that adds up {@code size} of every distinct part (by identity) of the states. */
    public static <T, P> Footprint<T> distinctParts(Function<T, List<P>> parts, ToLongFunction<P> size) {
        return states -> {
            Set<P> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            long total = 0;
            for (T state : states) {
                for (P part : parts.apply(state)) {
                    if (seen.add(part)) {
                        total += size.applyAsLong(part);
                    }
                }
            }
            return total;
        };
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
        while (entries.size() > minSteps + 1 && retainedBytes() > budget) {
            entries.remove(0);
        }
        cursor = entries.size() - 1;
    }

    /** The bytes the kept states hold, as the footprint measures them (0 without a budget). */
    public long retainedBytes() {
        return footprint.bytes(entries.stream().map(Entry::state).toList());
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

    /** How many undo steps are kept now (how many times {@link #undo} can be called from the newest state). */
    public int steps() {
        return entries.size() - 1;
    }

    /** How many undo steps are kept at most. */
    public int limit() {
        return limit;
    }
}
