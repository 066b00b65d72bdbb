package relulab.ui.workbench;
import java.util.*;
public final class UndoHistory<T> {
  private final Deque<Map.Entry<String,T>> undo = new ArrayDeque<>(), redo = new ArrayDeque<>();
  private T current; private final int limit;
  public UndoHistory(T initial, int limit) { current = initial; this.limit = limit; }
  public void push(String label, T state) { undo.push(Map.entry(label, current)); if (undo.size() > limit) undo.removeLast(); current = state; redo.clear(); }
  public Optional<T> undo() { if (undo.isEmpty()) return Optional.empty(); var e = undo.pop(); redo.push(Map.entry(e.getKey(), current)); current = e.getValue(); return Optional.of(current); }
  public Optional<T> redo() { if (redo.isEmpty()) return Optional.empty(); var e = redo.pop(); undo.push(Map.entry(e.getKey(), current)); current = e.getValue(); return Optional.of(current); }
  public boolean canUndo() { return !undo.isEmpty(); } public boolean canRedo() { return !redo.isEmpty(); }
  public String undoLabel() { return undo.isEmpty() ? "" : undo.peek().getKey(); } public String redoLabel() { return redo.isEmpty() ? "" : redo.peek().getKey(); }
  public T current() { return current; }
}
