package relulab.ui.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.core.presets.Presets;
import relulab.io.NumberText;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.grid.GridData;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.LabState;
import relulab.ui.workbench.Panel;
import relulab.ui.workbench.Target;
import relulab.ui.workbench.WalkThrough;
import relulab.ui.workbench.WorkbenchResults;
import relulab.ui.workbench.WorkbenchViewModel;

/**
 * The try rows of the path's workbench steps — forward, shape, backward — each done as the learner
 * does it: the step is opened from the path (its tensors go on the shared state), then the row's
 * action is made on the workbench's view model (a hover, the walk-through's keys, an edit, a
 * resize, a preset) and what the row promises is checked on what the grids draw
 * ({@link WorkbenchResults#gridData}), the story line and the walk-through's formula.
 */
class PathWorkbenchTryThisTest {

    private final LabState state = LabState.firstExample();
    private final WorkbenchViewModel workbench = new WorkbenchViewModel(state);
    private final List<String> opened = new ArrayList<>();

    /** Opens path step {@code id} as the start page does, with the workbench following the state. */
    private WorkbenchViewModel open(String id) {
        state.snapshotProperty().addListener((o, was, is) -> workbench.follow(is));
        List<PathStep> steps = LessonPath.steps(lesson -> lesson);
        PathViewModel path = new PathViewModel(steps, state, opened::add);
        String title = Messages.of(LessonPath.class).get("step." + id + ".title");
        int index = steps.stream().map(PathStep::title).toList().indexOf(title);
        assertTrue(index >= 0, id);
        path.chosenProperty().set(index);
        path.openChosen();
        assertEquals(List.of("workbench"), opened);
        assertEquals(steps.get(index).x(), workbench.results().x());
        return workbench;
    }

    private static CellIndex cell(Shape shape, int flat) {
        int c = flat % shape.width();
        int rest = flat / shape.width();
        return new CellIndex(rest / shape.height(), rest % shape.height(), c);
    }

    private static int first(Tensor3 x, java.util.function.DoublePredicate test) {
        for (int i = 0; i < x.size(); i++) {
            if (test.test(x.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such cell in " + x);
    }

    private static double at(Tensor3 t, CellIndex cell) {
        return t.get(cell.d(), cell.r(), cell.c());
    }

    /** Forward 1: "Hover over a negative cell of x" → out 0, the zeroed grid marks it, the story says max(0, x) = 0. */
    @Test
    void tryThis_pathForward_hoverANegativeCell() {
        WorkbenchViewModel vm = open("forward");
        Tensor3 x = vm.results().x();
        int i = first(x, v -> v < 0);
        CellIndex cell = cell(x.shape(), i);

        vm.hoverProperty().set(cell);

        assertEquals(0.0, at(vm.results().out(), cell));
        assertTrue(vm.results().gridData(Panel.ZEROED).shows(i), "the zeroed grid marks the cell");
        String story = vm.storyProperty().get();
        assertTrue(
                story.contains("\u2192 out = max(0, " + NumberText.forDisplay(x.get(i), 4) + ") = 0 (zeroed)"), story);
    }

    /** Forward 2: "Press W, then → a few times" → out fills in cell by cell in loop order, the formula with its numbers. */
    @Test
    void tryThis_pathForward_walkFillsOutInLoopOrder() {
        WorkbenchViewModel vm = open("forward");
        Tensor3 x = vm.results().x();
        WalkThrough walk = vm.startWalkThrough();

        for (int k = 1; k <= 4; k++) {
            walk.next();
            CellIndex cell = cell(x.shape(), k - 1);
            assertEquals(k, walk.forwardDoneProperty().get());
            assertEquals(cell, walk.cueProperty().get(), "loop order d, h, w");
            for (int i = 0; i < x.size(); i++) {
                assertEquals(i >= k, walk.hiddenForward().test(i), "out filled in up to step " + k);
            }
            String formula = walk.formulaProperty().get();
            assertTrue(
                    formula.startsWith("out" + cell.toString().replace(" ", "") + " = max(0, "
                            + NumberText.forDisplay(x.get(k - 1), 4) + ") = "),
                    formula);
        }
    }

    /** Forward 3: "Type 0 into a cell of x" → out is 0, and the cell is not counted as zeroed. */
    @Test
    void tryThis_pathForward_typeZeroIsNotCountedAsZeroed() {
        WorkbenchViewModel vm = open("forward");
        int i = first(vm.results().x(), v -> v < 0);
        CellIndex cell = cell(vm.results().x().shape(), i);
        int zeroedBefore = vm.results().stats().total().zeroed();

        assertTrue(vm.edit(Target.X, cell, "0").isEmpty());

        assertEquals(0.0, at(vm.results().out(), cell));
        assertFalse(vm.results().isZeroed(cell.d(), cell.r(), cell.c()));
        assertFalse(vm.results().gridData(Panel.ZEROED).shows(i));
        assertEquals(zeroedBefore - 1, vm.results().stats().total().zeroed());
    }

    /** Shape 1: "Read the shape of x, out and dx" → every grid is 3 slices of 4 × 5. */
    @Test
    void tryThis_pathShape_everyGridHasTheShapeOfX() {
        WorkbenchViewModel vm = open("shape");
        Shape shape = new Shape(3, 4, 5);
        for (Panel panel : Panel.values()) {
            assertEquals(shape, vm.results().gridData(panel).values().shape(), panel.name());
        }
    }

    /** Shape 2: "Change the depth in the toolbar's shape controls" → every grid follows; zeroed counts per slice. */
    @Test
    void tryThis_pathShape_changeTheDepthEveryGridFollows() {
        WorkbenchViewModel vm = open("shape");

        assertTrue(vm.resize(new Shape(5, 4, 5)).isEmpty());

        for (Panel panel : Panel.values()) {
            assertEquals(5, vm.results().gridData(panel).values().shape().depth(), panel.name());
        }
        GridData zeroed = vm.results().gridData(Panel.ZEROED);
        Tensor3 x = vm.results().x();
        for (int d = 0; d < 5; d++) {
            int count = 0;
            for (int i = d * 20; i < (d + 1) * 20; i++) {
                count += x.get(i) < 0 ? 1 : 0;
            }
            assertTrue(
                    zeroed.captions().get(d).startsWith("d = " + d + " \u00b7 " + count + " "),
                    zeroed.captions().get(d));
        }
        assertTrue(
                vm.results().zeroedSummary().contains("per channel"),
                vm.results().zeroedSummary());
    }

    /** Shape 3: "Fill x with Presets ▸ Checkerboard ±1" → out keeps exactly the +1 squares in every slice. */
    @Test
    void tryThis_pathShape_checkerboardOutKeepsThePlusOnes() {
        WorkbenchViewModel vm = open("shape");

        assertTrue(vm.applyPreset(
                        Target.X,
                        Presets.builtIn().stream()
                                .filter(p -> p.id().equals("checkerboard"))
                                .findFirst()
                                .orElseThrow())
                .isEmpty());

        Tensor3 x = vm.results().x();
        Tensor3 out = vm.results().out();
        assertEquals(new Shape(3, 4, 5), x.shape());
        for (int d = 0; d < 3; d++) {
            int kept = 0;
            for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 5; c++) {
                    assertEquals(1.0, Math.abs(x.get(d, r, c)));
                    assertEquals(x.get(d, r, c) > 0 ? 1.0 : 0.0, out.get(d, r, c));
                    kept += out.get(d, r, c) == 1.0 ? 1 : 0;
                }
            }
            assertEquals(10, kept, "half the squares of slice " + d);
        }
    }

    /** Backward 1: "Press W, then End, then ← a few times" → backward steps from dout through the gate x > 0 to dx. */
    @Test
    void tryThis_pathBackward_walkBackFromTheEnd() {
        WorkbenchViewModel vm = open("backward");
        Tensor3 x = vm.results().x();
        WalkThrough walk = vm.startWalkThrough();
        walk.last();

        for (int k = 1; k <= 3; k++) {
            walk.back();
            int i = x.size() - k - 1;
            CellIndex cell = cell(x.shape(), i);
            assertEquals(x.size(), walk.forwardDoneProperty().get());
            assertEquals(i + 1, walk.backwardDoneProperty().get());
            String at = cell.toString().replace(" ", "");
            String formula = walk.formulaProperty().get();
            assertTrue(
                    formula.startsWith("dout" + at + " = ")
                            && formula.contains("\u2192 x = " + NumberText.forDisplay(x.get(i), 4))
                            && formula.contains("\u2192 dx" + at + " = "),
                    formula);
            assertTrue(
                    formula.contains(x.get(i) > 0 ? "gate open" : x.get(i) < 0 ? "gate closed" : "the kink"), formula);
        }
    }

    /** Backward 2: "Change a dout cell where x is negative" → dx stays 0 there, whatever dout is. */
    @Test
    void tryThis_pathBackward_doutAtANegativeXNeverPasses() {
        WorkbenchViewModel vm = open("backward");
        CellIndex cell = cell(vm.results().x().shape(), first(vm.results().x(), v -> v < 0));
        for (String dout : List.of("123.5", "-7", "inf", "-inf")) {
            assertTrue(vm.edit(Target.DOUT, cell, dout).isEmpty(), dout);
            assertEquals(0.0, at(vm.results().dx(), cell), dout);
        }
    }

    /** Backward 3: "Hover over x[0,1,1], which is exactly 0" → dx is 0 there: ReLU′(0) is taken as 0, as in PyTorch. */
    @Test
    void tryThis_pathBackward_hoverTheZeroAtX011() {
        WorkbenchViewModel vm = open("backward");
        CellIndex cell = new CellIndex(0, 1, 1);
        assertEquals(0.0, at(vm.results().x(), cell));
        assertTrue(at(vm.results().dout(), cell) != 0, "a dout that would show if it passed");

        vm.hoverProperty().set(cell);

        assertEquals(0.0, at(vm.results().dx(), cell));
        String story = vm.storyProperty().get();
        assertTrue(
                story.startsWith("x[0,1,1] = 0 ") && story.contains("ReLU\u2032 is taken as 0, as in PyTorch"), story);
    }
}
