package relulab.ui.gradcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.ui.state.LabState;

/**
 * The "Things to try" rows of the gradient check's help page and of the path's step on it, each
 * done on the lesson's view model as the tab opens (the window's first tensors, the lesson's own
 * example data, h = 1e−5), with what the row promises checked.
 */
class GradientCheckTryThisTest {

    /** The model as its tab opens, hearing every snapshot as it does while shown. */
    private static GradientCheckViewModel opened() {
        LabState state = LabState.firstExample();
        GradientCheckViewModel vm = new GradientCheckViewModel(state);
        state.snapshotProperty().addListener((o, was, is) -> vm.show(is));
        return vm;
    }

    /** Help and path: "Make the step h smaller" → "fewer cells lie within h of 0". */
    @Test
    void tryThis_gradcheck_smallerStepFlagsFewerCells() {
        GradientCheckViewModel vm = opened();
        int before = vm.result().kinkCells();

        vm.logStepProperty().set(GradientCheckViewModel.MIN_LOG_STEP);

        assertTrue(
                vm.result().kinkCells() < before, before + " -> " + vm.result().kinkCells());
        assertTrue(before >= 3, "several cells within the default h: " + before);
    }

    /**
     * Path: "Look at the relative error of each cell" → "tiny at every cell farther than h from
     * 0; the cells within h of 0 are flagged".
     */
    @Test
    void tryThis_pathGradcheck_relativeErrorTinyAwayFromTheFlaggedCells() {
        GradientCheckResult r = opened().result();
        List<GradientCheckRow> rows = r.rows();

        for (GradientCheckRow row : rows) {
            assertEquals(Math.abs(row.x()) < r.h(), row.nearKink(), row.position());
            if (!row.nearKink()) {
                assertTrue(row.relativeError() < GradientCheckResult.AGREEMENT_TOLERANCE, row.toString());
            }
        }
        assertTrue(r.kinkCells() > 0);
    }

    /** Help: "Show only the cells within h of 0, and read above the table why each is flagged." */
    @Test
    void tryThis_gradcheck_onlyKinkCellsWithTheReason() {
        GradientCheckViewModel vm = opened();

        vm.onlyKinkCellsProperty().set(true);

        assertEquals(vm.result().kinkCells(), vm.rowsProperty().get().size());
        assertTrue(vm.rowsProperty().get().stream().allMatch(GradientCheckRow::nearKink));
        assertTrue(
                vm.whyProperty().get().contains("straddles ReLU's kink"),
                vm.whyProperty().get());
        assertTrue(vm.whyProperty().get().contains("any value between 0 and dout is a subgradient"));
    }

    /** Help: "Set ReLU′(0) = ½: at x = 0 the estimate and the analytic dx agree." */
    @Test
    void tryThis_gradcheck_halfAtZeroAgreesAtZero() {
        GradientCheckViewModel vm = opened();
        GradientCheckRow before = vm.result().row(0);

        vm.gradientAtZeroProperty().set(GradientAtZero.HALF);

        GradientCheckRow atZero = vm.result().row(0);
        assertEquals(0.0, atZero.x());
        assertTrue(before.relativeError() > 0.5, before.toString());
        assertTrue(atZero.relativeError() < GradientCheckResult.AGREEMENT_TOLERANCE, atZero.toString());
        assertTrue(
                vm.whyProperty().get().contains("they agree"), vm.whyProperty().get());
    }

    /** x = 1e308: no h the tab offers survives rounding there, so the cell is not checked rather than failed. */
    @Test
    void aHugeXIsNotCheckedAtAnyStepInsteadOfDisagreeing() {
        Shape shape = new Shape(1, 1, 2);
        GradientCheckViewModel vm = new GradientCheckViewModel(
                new LabState(Tensor3.of(shape, new double[] {1e308, 2}), Tensor3.of(shape, new double[] {1, 1})));
        vm.workbenchDataProperty().set(true);
        for (double logStep = GradientCheckViewModel.MIN_LOG_STEP;
                logStep <= GradientCheckViewModel.MAX_LOG_STEP;
                logStep++) {
            vm.logStepProperty().set(logStep);
            assertEquals(1, vm.result().unresolvedCells());
            assertFalse(vm.result().row(0).checkable());
            assertTrue(vm.result().agreesAwayFromKink());
            assertTrue(
                    vm.summaryProperty().get().contains("rounds back to x"),
                    vm.summaryProperty().get());
            assertFalse(
                    vm.summaryProperty().get().contains("DISAGREE"),
                    vm.summaryProperty().get());
        }
    }
}
