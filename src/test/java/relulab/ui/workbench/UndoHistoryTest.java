package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {

    private static UndoHistory<String> history() {
        return new UndoHistory<>("a", 10);
    }

    @Test
    void startsWithTheInitialStateAndNothingToUndoOrRedo() {
        UndoHistory<String> h = history();
        assertEquals("a", h.current());
        assertFalse(h.canUndo());
        assertFalse(h.canRedo());
        assertEquals("", h.undoName());
        assertEquals("", h.redoName());
        assertEquals("", h.undoName());
        assertEquals("", h.redoName());
        assertEquals(Optional.empty(), h.undo());
        assertEquals(Optional.empty(), h.redo());
        assertEquals("a", h.current());
    }

    @Test
    void pushMakesANewCurrentStateThatUndoTakesBack() {
        UndoHistory<String> h = history();
        h.push("paste 3\u00D74 block", "b");
        assertEquals("b", h.current());
        assertTrue(h.canUndo());
        assertEquals("paste 3\u00D74 block", h.undoName());
        assertEquals("paste 3\u00D74 block", h.undoName());
        assertEquals(Optional.of("a"), h.undo());
        assertEquals("a", h.current());
    }

    @Test
    void redoDoesTheUndoneEditAgain() {
        UndoHistory<String> h = history();
        h.push("edit x[0,0,0]", "b");
        h.undo();
        assertTrue(h.canRedo());
        assertEquals("edit x[0,0,0]", h.redoName());
        assertEquals("edit x[0,0,0]", h.redoName());
        assertEquals(Optional.of("b"), h.redo());
        assertEquals("b", h.current());
        assertFalse(h.canRedo());
        assertEquals("edit x[0,0,0]", h.undoName());
    }

    @Test
    void undoAndRedoWalkSeveralStepsWithTheirLabels() {
        UndoHistory<String> h = history();
        h.push("one", "b");
        h.push("two", "c");
        h.push("three", "d");
        assertEquals("three", h.undoName());
        assertEquals(Optional.of("c"), h.undo());
        assertEquals("two", h.undoName());
        assertEquals("three", h.redoName());
        assertEquals(Optional.of("b"), h.undo());
        assertEquals(Optional.of("a"), h.undo());
        assertEquals(Optional.empty(), h.undo());
        assertEquals("one", h.redoName());
        assertEquals(Optional.of("b"), h.redo());
        assertEquals(Optional.of("c"), h.redo());
        assertEquals(Optional.of("d"), h.redo());
        assertEquals(Optional.empty(), h.redo());
    }

    @Test
    void aNewEditAfterUndoClearsRedo() {
        UndoHistory<String> h = history();
        h.push("one", "b");
        h.push("two", "c");
        h.undo();
        h.push("other", "x");
        assertFalse(h.canRedo());
        assertEquals("", h.redoName());
        assertEquals("other", h.undoName());
        assertEquals(Optional.of("b"), h.undo());
        assertEquals(Optional.of("x"), h.redo());
    }

    @Test
    void keepsAtMostLimitStepsForgettingTheOldest() {
        UndoHistory<Integer> h = new UndoHistory<>(0, 3);
        for (int i = 1; i <= 5; i++) {
            h.push("set " + i, i);
        }
        assertEquals(Optional.of(4), h.undo());
        assertEquals(Optional.of(3), h.undo());
        assertEquals(Optional.of(2), h.undo());
        assertFalse(h.canUndo());
        assertEquals(Optional.empty(), h.undo());
        assertEquals(2, h.current());
        assertEquals("set 3", h.redoName());
    }

    @Test
    void aLimitOfOneKeepsOneUndoStep() {
        UndoHistory<Integer> h = new UndoHistory<>(0, 1);
        h.push("one", 1);
        h.push("two", 2);
        assertEquals(Optional.of(1), h.undo());
        assertFalse(h.canUndo());
        assertEquals(1, h.limit());
    }

    @Test
    void resetForgetsEveryStep() {
        UndoHistory<String> h = history();
        h.push("one", "b");
        h.push("two", "c");
        h.undo();
        h.reset("z");
        assertEquals("z", h.current());
        assertFalse(h.canUndo());
        assertFalse(h.canRedo());
    }

    @Test
    void refusesALimitBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new UndoHistory<>("a", 0));
    }

    @Test
    void refusesNullStatesAndBlankLabels() {
        assertThrows(NullPointerException.class, () -> new UndoHistory<String>(null, 5));
        UndoHistory<String> h = history();
        assertThrows(NullPointerException.class, () -> h.push("edit", null));
        assertThrows(NullPointerException.class, () -> h.push(null, "b"));
        assertThrows(IllegalArgumentException.class, () -> h.push(" ", "b"));
        assertEquals("a", h.current());
        assertFalse(h.canUndo());
    }

    /** A state made of two parts, like x and dout; a part's size is its array length. */
    private record Two(int[] a, int[] b) {}

    private static final UndoHistory.Footprint<Two> LENGTHS =
            UndoHistory.distinctParts(t -> List.of(t.a(), t.b()), part -> part.length);

    @Test
    void footprintCountsAPartSharedByTwoStatesOnce() {
        int[] shared = new int[100];
        Two first = new Two(new int[10], shared);
        Two second = new Two(new int[10], shared);

        assertEquals(110, LENGTHS.bytes(List.of(first)));
        assertEquals(120, LENGTHS.bytes(List.of(first, second)));
    }

    @Test
    void overBudgetTheOldestStatesAreForgottenButTheNewestStepsStay() {
        long budget = 1000;
        int[] shared = new int[100];
        UndoHistory<Two> h = new UndoHistory<>(new Two(new int[300], shared), 100, 2, budget, LENGTHS);
        for (int i = 1; i <= 20; i++) {
            h.push("edit " + i, new Two(new int[300], shared));
            assertTrue(h.retainedBytes() <= budget, "after edit " + i + ": " + h.retainedBytes() + " bytes");
        }
        // 100 shared + 3 × 300 = 1000 fits; a fourth state would not.
        assertEquals(2, h.steps());
        assertEquals("edit 20", h.undoName());
        h.undo();
        assertEquals("edit 19", h.undoName());
        h.undo();
        assertFalse(h.canUndo());
    }

    @Test
    void keepsMinStepsEvenWhenTheyAloneExceedTheBudget() {
        UndoHistory<Two> h = new UndoHistory<>(new Two(new int[500], new int[500]), 100, 3, 10, LENGTHS);
        for (int i = 1; i <= 10; i++) {
            h.push("edit " + i, new Two(new int[500], new int[500]));
        }
        assertEquals(3, h.steps());
        assertEquals(4000, h.retainedBytes());
        assertTrue(h.undo().isPresent());
        assertTrue(h.undo().isPresent());
        assertTrue(h.undo().isPresent());
        assertFalse(h.canUndo());
    }

    @Test
    void refusesMinStepsOutsideOneToLimitAndANegativeBudget() {
        assertThrows(IllegalArgumentException.class, () -> new UndoHistory<>("a", 5, 0, 10, s -> 0));
        assertThrows(IllegalArgumentException.class, () -> new UndoHistory<>("a", 5, 6, 10, s -> 0));
        assertThrows(IllegalArgumentException.class, () -> new UndoHistory<>("a", 5, 1, -1, s -> 0));
    }
}
