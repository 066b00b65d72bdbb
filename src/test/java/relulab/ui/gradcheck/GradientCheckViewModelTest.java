package relulab.ui.gradcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import relulab.core.Activations;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.ui.state.LabState;

class GradientCheckViewModelTest {

    private static final Shape SHAPE = new Shape(2, 3, 4);

    /** Random x in [-3, 3] with three cells put near or on the kink: 0, 3e-6 and -4e-7. */
    private static LabState stateWithKinkCells() {
        Random random = new Random(11);
        double[] x = new double[SHAPE.size()];
        double[] dout = new double[SHAPE.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = (random.nextBoolean() ? 1 : -1) * (0.01 + 3 * random.nextDouble());
            dout[i] = random.nextGaussian();
        }
        x[0] = 0.0;
        x[5] = 3e-6;
        x[17] = -4e-7;
        return new LabState(Tensor3.of(SHAPE, x), Tensor3.of(SHAPE, dout));
    }

    @Test
    void flagsTheCellsWithinHOfZeroAndTheRestAgree() {
        GradientCheckViewModel vm = checking(stateWithKinkCells());

        GradientCheckResult r = vm.result();
        assertEquals(1e-5, vm.step(), 1e-20);
        assertEquals(3, r.kinkCells());
        assertEquals(SHAPE.size() - 3, r.cellsAwayFromKink());
        assertTrue(
                r.maxErrorAwayFromKink() < GradientCheckResult.AGREEMENT_TOLERANCE,
                "max error " + r.maxErrorAwayFromKink());
        List<Integer> flagged = r.rows().stream()
                .filter(GradientCheckRow::nearKink)
                .map(row -> row.depth() * 12 + row.row() * 4 + row.column())
                .toList();
        assertEquals(List.of(0, 5, 17), flagged);
        assertTrue(
                vm.summaryProperty().get().contains("agree"),
                vm.summaryProperty().get());
    }

    /** A view model that checks the workbench's tensors of {@code state}. */
    private static GradientCheckViewModel checking(LabState state) {
        GradientCheckViewModel vm = new GradientCheckViewModel(state);
        vm.workbenchDataProperty().set(true);
        return vm;
    }

    /** A view model that hears every snapshot, as it does while its tab is shown. */
    private static GradientCheckViewModel following(LabState state) {
        GradientCheckViewModel vm = checking(state);
        state.snapshotProperty().addListener((o, was, is) -> vm.show(is));
        return vm;
    }

    @Test
    void atZeroTheNumericGradientIsHalfOfDoutWhateverTheConvention() {
        LabState state = stateWithKinkCells();
        GradientCheckViewModel vm = following(state);
        double dout0 = state.dout().get(0);

        GradientCheckRow atZero = vm.result().row(0);
        assertEquals(0.5 * dout0, atZero.numeric(), 1e-12);
        assertEquals(0.0, atZero.analytic());

        state.gradientAtZeroProperty().set(GradientAtZero.ONE);
        assertEquals(dout0, vm.result().row(0).analytic());
        assertEquals(0.5 * dout0, vm.result().row(0).numeric(), 1e-12);
    }

    @Test
    void aLargerStepWidensTheBandOfFlaggedCells() {
        GradientCheckViewModel vm = checking(stateWithKinkCells());
        vm.logStepProperty().set(-7);
        assertEquals(1, vm.result().kinkCells());

        vm.logStepProperty().set(-1);
        assertTrue(vm.result().kinkCells() > 3);
        assertEquals("h = 1e\u22121", vm.stepTextProperty().get());
        vm.logStepProperty().set(-6.5);
        assertEquals("h = 3.2e\u22127", vm.stepTextProperty().get());
    }

    @Test
    void onlyKinkFilterListsJustTheFlaggedCells() {
        GradientCheckViewModel vm = checking(stateWithKinkCells());
        vm.onlyKinkCellsProperty().set(true);
        assertEquals(3, vm.rowsProperty().get().size());
        assertTrue(vm.rowsProperty().get().stream().allMatch(GradientCheckRow::nearKink));
    }

    @Test
    void followsNewTensorsAndSetsAsideNonFiniteCells() {
        LabState state = stateWithKinkCells();
        GradientCheckViewModel vm = following(state);
        Tensor3 x = state.x().with(1, 2, 3, Double.NaN).with(1, 0, 0, Double.POSITIVE_INFINITY);

        state.setTensors(x, state.dout());

        assertEquals(2, vm.result().uncheckableCells());
        assertFalse(vm.result().row(SHAPE.size() - 1).checkable());
        assertTrue(
                vm.summaryProperty().get().contains("Not checked: 2 cells"),
                vm.summaryProperty().get());
        assertTrue(vm.result().agreesAwayFromKink());
    }

    @Test
    void withLeakyReluTheKinkMixesItsTwoSlopesAndTheRestAgree() {
        LabState state = stateWithKinkCells();
        GradientCheckViewModel vm = following(state);
        double dout0 = state.dout().get(0);

        state.activationProperty().set(Activations.parse("leaky:0.1"));

        GradientCheckResult r = vm.result();
        assertEquals(3, r.kinkCells());
        assertEquals(0.1 * dout0, r.row(0).analytic(), 1e-15, "dx = a * dout at x = 0");
        assertEquals(0.55 * dout0, r.row(0).numeric(), 1e-9, "the centred difference gives the mean of a and 1");
        assertTrue(r.agreesAwayFromKink(), "max error " + r.maxErrorAwayFromKink());
        assertTrue(
                vm.whyProperty().get().contains("mixes the slopes 0.1 and 1")
                        && vm.whyProperty().get().contains("The estimate gives 0.55 \u00b7 dout"),
                vm.whyProperty().get());
        assertFalse(vm.choiceAtZeroProperty().get(), "Leaky ReLU has no ReLU'(0) to choose");
        assertTrue(
                vm.summaryProperty().get().contains("Within h of the kink (|x| < h): 3 cells"),
                vm.summaryProperty().get());
    }

    @Test
    void aSmoothActivationHasNoKinkCellsAndSaysSo() {
        LabState state = stateWithKinkCells();
        GradientCheckViewModel vm = following(state);

        state.activationProperty().set(Activations.parse("tanh"));

        assertEquals(0, vm.result().kinkCells());
        assertEquals(SHAPE.size(), vm.result().cellsAwayFromKink());
        assertTrue(vm.result().agreesAwayFromKink(), "max error " + vm.result().maxErrorAwayFromKink());
        assertTrue(
                vm.whyProperty().get().startsWith("tanh has no kink"),
                vm.whyProperty().get());
        assertFalse(
                vm.summaryProperty().get().contains("kink"),
                vm.summaryProperty().get());
    }

    @Test
    void forReluTheWhyIsTheChaptersAndTheSwitchIsShown() {
        GradientCheckViewModel vm = checking(stateWithKinkCells());
        assertTrue(vm.choiceAtZeroProperty().get());
        assertTrue(
                vm.whyProperty().get().contains("straddles ReLU's kink and mixes the slopes 0 and 1")
                        && vm.whyProperty().get().contains("any value between 0 and dout is a subgradient"),
                vm.whyProperty().get());
    }
}
