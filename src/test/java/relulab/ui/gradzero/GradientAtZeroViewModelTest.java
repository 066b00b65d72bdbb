package relulab.ui.gradzero;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import relulab.core.Activations;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.ui.state.LabState;

class GradientAtZeroViewModelTest {

    private static final Shape SHAPE = new Shape(1, 2, 2);

    @Test
    void countsTheCellsWhoseGradientTheChoiceChanges() {
        // x has two exact zeros (one of them -0.0); dout is 0 at one of them.
        LabState state = new LabState(
                Tensor3.of(SHAPE, new double[] {0.0, -0.0, 1, -1}), Tensor3.of(SHAPE, new double[] {2, 0, 3, 4}));
        GradientAtZeroViewModel vm = new GradientAtZeroViewModel(state);
        state.snapshotProperty().addListener((o, was, is) -> vm.show(is));

        assertEquals(2, GradientAtZeroViewModel.zeroCells(state.x()));
        assertEquals(1, GradientAtZeroViewModel.cellsTheChoiceChanges(state.x(), state.dout()));
        assertEquals(
                "In the current x, 2 of 4 cells are exactly 0 (50 %) and 1 of them has dout \u2260 0, "
                        + "so at 1 cell dx is 0 with ReLU\u2032(0) = 0.",
                vm.effectProperty().get());

        vm.gradientAtZeroProperty().set(GradientAtZero.HALF);
        assertEquals(GradientAtZero.HALF, state.gradientAtZero());
        assertEquals(
                "In the current x, 2 of 4 cells are exactly 0 (50 %) and 1 of them has dout \u2260 0, "
                        + "so at 1 cell dx is \u00bd \u00d7 dout with ReLU\u2032(0) = \u00bd.",
                vm.effectProperty().get());
    }

    @Test
    void theSentenceAgreesWithOneZeroAndWithNone() {
        LabState one = new LabState(
                Tensor3.of(SHAPE, new double[] {0.0, 2, 1, -1}), Tensor3.of(SHAPE, new double[] {2, 0, 3, 4}));
        GradientAtZeroViewModel vm = new GradientAtZeroViewModel(one);
        assertEquals(
                "In the current x, 1 of 4 cells is exactly 0 (25 %) and 1 of them has dout \u2260 0, "
                        + "so at 1 cell dx is 0 with ReLU\u2032(0) = 0.",
                vm.effectProperty().get());

        LabState none = new LabState(
                Tensor3.of(SHAPE, new double[] {3, 2, 1, -1}), Tensor3.of(SHAPE, new double[] {2, 0, 3, 4}));
        assertEquals(
                "In the current x, none of the 4 cells is exactly 0, so here the choice changes no value of dx.",
                new GradientAtZeroViewModel(none).effectProperty().get());
    }

    @Test
    void withAnotherActivationTheLessonStillShowsRelusKinkAndSaysTheLayerIsNotRelu() {
        LabState state = new LabState(
                Tensor3.of(SHAPE, new double[] {0.0, 2, 1, -1}), Tensor3.of(SHAPE, new double[] {2, 0, 3, 4}));
        GradientAtZeroViewModel vm = new GradientAtZeroViewModel(state);
        state.snapshotProperty().addListener((o, was, is) -> vm.show(is));
        assertEquals("", vm.otherActivationProperty().get(), "the layer is ReLU");

        state.activationProperty().set(Activations.parse("leaky:0.1"));
        state.gradientAtZeroProperty().set(GradientAtZero.HALF);

        assertEquals(
                "The layer's activation is Leaky ReLU (\u03b1 = 0.1) now, whose slope at 0 is not a choice: "
                        + "this lesson is about ReLU's kink, and the value chosen here applies when the layer is ReLU.",
                vm.otherActivationProperty().get());
        assertEquals(0.0, vm.reluProperty().get().slope(-1), "the plot is still ReLU's: 0 left of the kink");
        assertEquals(0.5, vm.reluProperty().get().slope(0.0), "with the chosen ReLU'(0)");
        assertTrue(
                vm.effectProperty().get().endsWith("dx is \u00bd \u00d7 dout with ReLU\u2032(0) = \u00bd."),
                vm.effectProperty().get());

        state.activationProperty().set(Activations.parse("relu"));
        assertEquals("", vm.otherActivationProperty().get());
        assertEquals(0.5, vm.reluProperty().get().slope(0.0), "the layer's own ReLU, with the choice applied");
    }

    @Test
    void float32ExamplesAreExactlyZeroInFloat32OnlyNotInFloat64() {
        for (Float32Zero example : Float32Zero.examples()) {
            assertEquals(0.0f, example.float32(), example.expression());
            assertNotEquals(0.0, example.float64(), example.expression());
        }
    }
}
