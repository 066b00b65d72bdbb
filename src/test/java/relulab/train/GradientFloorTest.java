package relulab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import relulab.core.Activation;
import relulab.core.Activations;

/** Dead means ReLU's flat side; nearly dead means a slope below the stated floor on every point. */
class GradientFloorTest {

    /** The walk's step: a cutoff is within one step of the exact crossing. */
    private static final double WALK = 1.0 / 256;

    @Test
    void reluIsDeadOnItsFlatSideAndNeverNearlyDead() {
        GradientFloor relu = GradientFloor.of(Activations.relu());
        assertEquals(0.0, relu.deadBelow());
        assertTrue(relu.noNearlyDead());
        BitSet silent = new BitSet();
        silent.set(1);
        assertEquals(silent, relu.dead(new double[] {0.5, 0.0, 2}, silent));
        assertTrue(relu.nearlyDead(new double[] {0.5, -3.0, 2}).isEmpty());
    }

    @Test
    void leakyRelusUnitsAreNeitherDeadNorNearlyDead() {
        GradientFloor leaky = GradientFloor.of(Activations.parse("leaky"));
        assertEquals(Double.NEGATIVE_INFINITY, leaky.deadBelow());
        assertEquals(Double.NEGATIVE_INFINITY, leaky.nearlyDeadBelow());
        assertTrue(leaky.nearlyDead(new double[] {-1e6}).isEmpty());
        assertTrue(leaky.dead(new double[] {-1e6}, new BitSet()).isEmpty());
    }

    @Test
    void eluIsNearlyDeadBelowTheLogOfTheFloor() {
        GradientFloor elu = GradientFloor.of(Activations.parse("elu"));
        assertEquals(Double.NEGATIVE_INFINITY, elu.deadBelow());
        assertEquals(Math.log(GradientFloor.NEARLY_DEAD_SLOPE), elu.nearlyDeadBelow(), WALK);
        assertEquals(BitSet.valueOf(new long[] {0b011}), elu.nearlyDead(new double[] {-900, -7, -6, 1}));
    }

    @Test
    void everySmoothMembersNearlyDeadSideHasASlopeBelowTheFloorAndNoDeadSide() {
        for (String spec : new String[] {"elu", "gelu", "gelu:tanh", "silu", "softplus"}) {
            Activation f = Activations.parse(spec);
            GradientFloor floor = GradientFloor.of(f);
            assertEquals(Double.NEGATIVE_INFINITY, floor.deadBelow(), spec);
            double cut = floor.nearlyDeadBelow();
            assertTrue(cut < -2 && cut > -10, spec + " " + cut);
            for (double z = -2000; z <= cut; z += 0.01) {
                assertTrue(Math.abs(f.slope(z)) < GradientFloor.NEARLY_DEAD_SLOPE, spec + " at " + z);
            }
            assertTrue(Math.abs(f.slope(cut + WALK)) >= GradientFloor.NEARLY_DEAD_SLOPE, spec);
        }
    }

    @Test
    void theLabTrainsTheReluFamilyOnly() {
        for (String spec : new String[] {"relu", "leaky", "elu", "gelu", "gelu:tanh", "silu", "softplus"}) {
            assertTrue(GradientFloor.trains(Activations.parse(spec)), spec);
        }
        assertFalse(GradientFloor.trains(Activations.parse("sigmoid")));
        assertFalse(GradientFloor.trains(Activations.parse("tanh")));
    }
}
