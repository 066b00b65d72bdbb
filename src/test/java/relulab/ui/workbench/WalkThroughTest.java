package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import relulab.core.GradientAtZero;
import relulab.core.Relu;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.ui.shared.grid.CellIndex;

class WalkThroughTest {

    /** One slice of 2 × 3: x = [[1.5, −0.95, 0], [NaN, 2, −1]], dout = [[0.5, 1.73, 0.3], [1, −2, 4]]. */
    private static final Tensor3 X = Tensor3.of(new Shape(1, 2, 3), new double[] {1.5, -0.95, 0, Double.NaN, 2, -1});

    private static final Tensor3 DOUT = Tensor3.of(new Shape(1, 2, 3), new double[] {0.5, 1.73, 0.3, 1, -2, 4});

    @Test
    void startsWithNothingComputedAndOneStepPerElementEachWay() {
        WalkThrough walk = new WalkThrough(X, DOUT, Relu.of(GradientAtZero.ZERO));
        assertEquals(0, walk.step());
        assertEquals(12, walk.lastStepProperty().get());
        assertEquals(0, walk.forwardDoneProperty().get());
        assertNull(walk.cueProperty().get());
        assertTrue(walk.hiddenForward().test(0));
    }

    @Test
    void forwardStepsFillOutInLoopOrderAndSayTheFormulaWithItsNumbers() {
        WalkThrough walk = new WalkThrough(X, DOUT, Relu.of(GradientAtZero.ZERO));
        walk.next();
        walk.next();
        assertEquals(2, walk.forwardDoneProperty().get());
        assertEquals(new CellIndex(0, 0, 1), walk.cueProperty().get());
        assertEquals(
                "out[0,0,1] = max(0, \u22120.95) = 0 (zeroed)",
                walk.formulaProperty().get());
        assertFalse(walk.hiddenForward().test(1));
        assertTrue(walk.hiddenForward().test(2));
        walk.next();
        walk.next();
        assertEquals(
                "out[0,1,0] = max(0, NaN) = NaN (NaN propagates)",
                walk.formulaProperty().get());
        assertEquals(new CellIndex(0, 1, 0), walk.cueProperty().get());
    }

    @Test
    void backwardStepsGoFromDoutThroughTheGateToDx() {
        WalkThrough walk = new WalkThrough(X, DOUT, Relu.of(GradientAtZero.ZERO));
        for (int i = 0; i < 8; i++) {
            walk.next();
        }
        assertEquals(6, walk.forwardDoneProperty().get());
        assertEquals(2, walk.backwardDoneProperty().get());
        assertEquals(
                "dout[0,0,1] = 1.73 \u2192 x = \u22120.95 < 0, gate closed \u2192 dx[0,0,1] = 0 (gradient blocked)",
                walk.formulaProperty().get());
        walk.next();
        assertEquals(
                "dout[0,0,2] = 0.3 \u2192 x = 0, the kink \u2192 dx[0,0,2] = 0 "
                        + "(at x = 0 ReLU\u2032 is taken as 0, as in PyTorch)",
                walk.formulaProperty().get());
    }

    @Test
    void backGoesBackOneStepAndStopsAtTheStart() {
        WalkThrough walk = new WalkThrough(X, DOUT, Relu.of(GradientAtZero.ZERO));
        walk.next();
        assertTrue(walk.back());
        assertEquals(0, walk.step());
        assertFalse(walk.back());
    }

    @Test
    void theLastStepShowsEverythingAndNextThereStopsPlaying() {
        WalkThrough walk = new WalkThrough(X, DOUT, Relu.of(GradientAtZero.HALF));
        walk.togglePlaying();
        walk.last();
        assertEquals(6, walk.backwardDoneProperty().get());
        assertEquals(new CellIndex(0, 1, 2), walk.cueProperty().get());
        assertFalse(walk.next());
        assertFalse(walk.playingProperty().get());
        walk.togglePlaying();
        assertEquals(0, walk.step(), "playing from the end starts over");
    }

    @Test
    void largeTensorsStepByRowOrSliceAndTheRowFormulaCounts() {
        assertEquals(WalkThrough.Unit.ELEMENT, WalkThrough.Unit.fitting(new Shape(2, 8, 8)));
        assertEquals(WalkThrough.Unit.ROW, WalkThrough.Unit.fitting(new Shape(4, 16, 16)));
        assertEquals(WalkThrough.Unit.SLICE, WalkThrough.Unit.fitting(new Shape(64, 128, 128)));
        WalkThrough walk = new WalkThrough(X, DOUT, Relu.of(GradientAtZero.ZERO));
        walk.unitProperty().set(WalkThrough.Unit.ROW);
        assertEquals(4, walk.lastStepProperty().get());
        walk.next();
        assertEquals(
                "out[0,0,:] = max(0, x[0,0,:]): 1 of 3 zeroed",
                walk.formulaProperty().get());
        walk.next();
        walk.next();
        assertEquals(
                "dx[0,0,:] = dout[0,0,:] where x > 0, else 0: 1 of 3 gates open",
                walk.formulaProperty().get());
    }

    @Test
    void changingTheUnitKeepsThePlace() {
        WalkThrough walk = new WalkThrough(X, DOUT, Relu.of(GradientAtZero.ZERO));
        for (int i = 0; i < 8; i++) {
            walk.next();
        }
        walk.unitProperty().set(WalkThrough.Unit.ROW);
        assertEquals(3, walk.step(), "2 of 6 dx done: the first backward row covers them");
        assertEquals(3, walk.backwardDoneProperty().get());
        walk.unitProperty().set(WalkThrough.Unit.ELEMENT);
        assertEquals(9, walk.step());
    }

    @Test
    void speedStaysBetweenOneAndTwentyStepsASecond() {
        WalkThrough walk = new WalkThrough(X, DOUT, Relu.of(GradientAtZero.ZERO));
        walk.speedProperty().set(50);
        assertEquals(20, walk.speedProperty().get());
        walk.speedProperty().set(0);
        assertEquals(1, walk.speedProperty().get());
    }
}
