package relulab.ui.gradzero;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import relulab.core.GradientAtZero;
import relulab.ui.state.LabState;

/**
 * The "Things to try" rows of the ReLU′(0) help page, each done on the lesson's view model as the
 * window opens (its first tensors), with what the row promises checked. (That the gradient check
 * then agrees at x = 0 is GradientCheckTryThisTest's.)
 */
class GradientAtZeroTryThisTest {

    /**
     * Help: "Choose ½: the sentence under the switch counts the cells of the current x that are
     * exactly 0 and says dx is ½ × dout there."
     */
    @Test
    void tryThis_gradzero_halfSaysDxIsHalfDoutAtTheZeroCells() {
        LabState state = LabState.firstExample();
        GradientAtZeroViewModel vm = new GradientAtZeroViewModel(state);
        state.snapshotProperty().addListener((o, was, is) -> vm.show(is));
        int zeros = GradientAtZeroViewModel.zeroCells(state.x());

        vm.gradientAtZeroProperty().set(GradientAtZero.HALF);

        String effect = vm.effectProperty().get();
        assertTrue(zeros > 0, "the first tensors hold a zero");
        assertTrue(effect.contains(zeros + " of ") && effect.contains("exactly 0"), effect);
        assertTrue(effect.endsWith("dx is \u00bd \u00d7 dout with ReLU\u2032(0) = \u00bd."), effect);
    }

    /** Help: "Read why exact zeros are common in float32: every row of the table is 0 in float32 and not 0 in float64." */
    @Test
    void tryThis_gradzero_float32TableRowsAreZeroOnlyInFloat32() {
        for (Float32Zero row : Float32Zero.examples()) {
            assertEquals(0f, row.float32(), row.expression());
            assertNotEquals(0.0, row.float64(), row.expression());
        }
    }
}
