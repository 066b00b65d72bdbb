package relulab.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import relulab.core.GradientAtZero;
import relulab.core.LeakyRelu;
import relulab.core.Relu;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.core.presets.Presets;

class LabStateTest {

    private final LabState state = new LabState(new Shape(1, 2, 2));
    private final List<LabSnapshot> heard = new ArrayList<>();

    LabStateTest() {
        state.snapshotProperty().addListener((o, was, is) -> heard.add(is));
    }

    @Test
    void theFirstExampleIsTheTextbooksXWithADoutInHundredthsTheSameEveryTime() {
        LabState first = LabState.firstExample();

        assertEquals(Presets.textbookExample().create(new Shape(2, 4, 4), 0), first.x());
        assertEquals(first.x().shape(), first.dout().shape());
        for (int i = 0; i < first.dout().size(); i++) {
            double d = first.dout().get(i);
            assertEquals(Math.round(d * 100) / 100.0, d, "dout[" + i + "] in hundredths");
        }
        assertEquals(first.dout(), LabState.firstExample().dout());
        assertEquals(GradientAtZero.ZERO, first.snapshot().gradientAtZero());
    }

    @Test
    void aResizeOfBothTensorsIsOneEventWithAPairOfOneShape() {
        Shape bigger = new Shape(2, 3, 4);
        state.setTensors(Tensor3.zeros(bigger), Tensor3.zeros(bigger));

        assertEquals(1, heard.size());
        assertEquals(bigger, heard.get(0).x().shape());
        assertEquals(bigger, heard.get(0).dout().shape());
    }

    @Test
    void settingTheSameTensorsAgainNotifiesNobody() {
        state.setTensors(state.x(), state.dout());
        state.activationProperty().set(Relu.STANDARD);
        state.gradientAtZeroProperty().set(GradientAtZero.ZERO);
        assertEquals(List.of(), heard);
    }

    @Test
    void refusesTensorsOfTwoShapesAndKeepsTheOldOnes() {
        Tensor3 before = state.x();
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> state.setTensors(Tensor3.zeros(new Shape(1, 2, 2)), Tensor3.zeros(new Shape(1, 3, 2))));
        assertEquals("dout has shape (1, 3, 2) but x has shape (1, 2, 2)", e.getMessage());
        assertSame(before, state.x());
        assertEquals(List.of(), heard);
    }

    @Test
    void theReluPrimeAtZeroSwitchPublishesOneSnapshotThatKeepsTheTensors() {
        Tensor3 x = state.x();
        state.gradientAtZeroProperty().set(GradientAtZero.HALF);

        assertEquals(1, heard.size());
        assertEquals(GradientAtZero.HALF, heard.get(0).gradientAtZero());
        assertSame(x, heard.get(0).x());
        assertEquals(
                Relu.of(GradientAtZero.HALF).gradientAtZero(),
                ((Relu) heard.get(0).activation()).gradientAtZero());
    }

    @Test
    void choosingAnActivationPublishesOneSnapshotWithIt() {
        state.activationProperty().set(new LeakyRelu(0.1));
        assertEquals(new LeakyRelu(0.1), state.snapshot().activation());
        state.activationProperty().set(Relu.STANDARD);
        assertEquals(Relu.STANDARD, state.snapshot().activation());
        assertEquals(2, heard.size());
    }

    @Test
    void reluTakesTheChosenGradientAtZeroWhateverItWasChosenWith() {
        state.gradientAtZeroProperty().set(GradientAtZero.HALF);
        state.activationProperty().set(Relu.STANDARD);
        assertEquals(Relu.of(GradientAtZero.HALF), state.snapshot().activation());
        assertEquals(Relu.of(GradientAtZero.HALF), state.activationProperty().get());
    }

    @Test
    void restoringASnapshotReplacesEverythingAtOnceAndMovesTheSwitch() {
        Shape shape = new Shape(1, 1, 1);
        LabSnapshot saved = new LabSnapshot(
                Tensor3.of(shape, new double[] {-1}),
                Tensor3.of(shape, new double[] {2}),
                new LeakyRelu(0.2),
                GradientAtZero.ONE);
        state.restore(saved);

        assertEquals(List.of(saved), heard);
        assertEquals(GradientAtZero.ONE, state.gradientAtZeroProperty().get());
        assertEquals(new LeakyRelu(0.2), state.activationProperty().get());
    }
}
