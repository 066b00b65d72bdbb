package relulab.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import relulab.core.Shape;
import relulab.core.Tensor3;

class LabStateTest {

    @Test
    void listenersOfEitherTensorSeeAPairOfOneShapeDuringAResize() {
        LabState state = new LabState(new Shape(1, 2, 2));
        List<String> seen = new ArrayList<>();
        state.xProperty().addListener(o -> seen.add("x " + state.x().shape() + " dout " + state.dout().shape()));
        state.doutProperty().addListener((o, was, is) -> seen.add("x " + state.x().shape() + " dout " + is.shape()));

        Shape bigger = new Shape(2, 3, 4);
        state.setTensors(Tensor3.zeros(bigger), Tensor3.zeros(bigger));

        assertEquals(List.of("x (2, 3, 4) dout (2, 3, 4)", "x (2, 3, 4) dout (2, 3, 4)"), seen);
    }

    @Test
    void settingTheSameTensorsAgainNotifiesNobody() {
        LabState state = new LabState(new Shape(1, 2, 2));
        List<String> seen = new ArrayList<>();
        state.xProperty().addListener((o, was, is) -> seen.add("x"));
        state.setTensors(state.x(), Tensor3.zeros(new Shape(1, 2, 2)));
        assertEquals(List.of(), seen);
    }

    @Test
    void refusesTensorsOfTwoShapesAndKeepsTheOldOnes() {
        LabState state = new LabState(new Shape(1, 2, 2));
        Tensor3 before = state.x();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> state.setTensors(Tensor3.zeros(new Shape(1, 2, 2)), Tensor3.zeros(new Shape(1, 3, 2))));
        assertEquals("dout has shape (1, 3, 2) but x has shape (1, 2, 2)", e.getMessage());
        assertEquals(before, state.x());
    }
}
