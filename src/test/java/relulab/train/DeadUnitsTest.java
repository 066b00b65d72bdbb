package relulab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import relulab.core.LeakyRelu;
import relulab.core.Relu;

class DeadUnitsTest {

    /** Four points, one in each quadrant, labels irrelevant to the detector. */
    private static final Dataset QUADRANTS =
            new Dataset("quadrants", new double[] {1, 1, -1, 1, -1, -1, 1, -1}, new int[] {0, 1, 0, 1}, 2);

    /**
     * Layer 1 (2 → 3): unit 0 = x₁ (fires on two points), unit 1 = −1 (never fires),
     * unit 2 = −x₁ − x₂ − 2 (≤ 0 everywhere: max is 0 at (−1, −1)).
     * Layer 2 (3 → 2): unit 0 = h₀ (fires), unit 1 = −h₀ (never fires).
     */
    private static Mlp handBuilt() {
        double[] w1 = {
            1, 0, -1,
            0, 0, -1
        };
        double[] b1 = {0, -1, -2};
        double[] w2 = {
            1, -1,
            5, 5,
            5, 5
        };
        double[] b2 = {0, 0};
        double[] w3 = {1, 0, 0, 1};
        double[] b3 = {0, 0};
        return Mlp.of(2, new double[][] {w1, w2, w3}, new double[][] {b1, b2, b3});
    }

    @Test
    void findsTheUnitsThatAreNonPositiveOnEveryPoint() {
        BitSet[] silent = DeadUnits.silentUnits(handBuilt(), Relu.STANDARD, QUADRANTS);
        assertEquals(bits(1, 2), silent[0]);
        assertEquals(bits(1), silent[1], "a unit fed only by dead units and a negative weight is dead too");
    }

    @Test
    void aUnitExactlyZeroOnEveryPointCountsAsDead() {
        // Unit 2 of layer 1 reaches exactly 0 at (−1, −1): ≤ 0 is dead, as ReLU'(0) = 0.
        BitSet[] silent = DeadUnits.silentUnits(handBuilt(), Relu.STANDARD, QUADRANTS);
        assertTrue(silent[0].get(2));
    }

    @Test
    void aUnitWhoseLargestPreActivationIsPositiveIsAlive() {
        // The largest z of each unit over the points: unit 1 is positive on a single point.
        double[][] zMax = {{-1, 0.001, 0, -0.0}};
        assertEquals(bits(0, 2, 3), DeadUnits.silentFromMaxima(zMax)[0]);
    }

    @Test
    void aNaNMaximumCountsAsSilent() {
        assertEquals(bits(0), DeadUnits.silentFromMaxima(new double[][] {{Double.NaN, Double.POSITIVE_INFINITY}})[0]);
    }

    @Test
    void leakyUnitsAreSilentButNotDead() {
        assertTrue(DeadUnits.silentMeansDead(Relu.STANDARD));
        assertFalse(DeadUnits.silentMeansDead(new LeakyRelu(0.01)));
        BitSet[] silent = DeadUnits.silentUnits(handBuilt(), new LeakyRelu(0.01), QUADRANTS);
        assertEquals(bits(1, 2), silent[0]);
    }

    private static BitSet bits(int... indices) {
        BitSet b = new BitSet();
        for (int i : indices) {
            b.set(i);
        }
        return b;
    }
}
