package relulab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LearningRateSweepTest {

    private static final double RELATIVE = 1e-12;

    @Test
    void labRatesRunFromOneThousandthToTenEvenlyInLog() {
        double[] r = LearningRateSweep.labRates();
        assertEquals(25, r.length);
        assertEquals(1e-3, r[0]);
        assertEquals(10, r[24]);
        assertEquals(0.1, r[12], 0.1 * RELATIVE);
        for (int i = 1; i < r.length; i++) {
            assertEquals(Math.log10(r[i]) - Math.log10(r[i - 1]), 4.0 / 24, RELATIVE);
        }
    }

    @Test
    void aPointAveragesTheSilentSharesOfItsSeeds() {
        TrainingConfig base = TrainingConfig.DEFAULT.withSteps(40);
        SweepPoint p = LearningRateSweep.measure(base, 2.0, 2, () -> false);
        double expected = (Trainer.train(base.withLearningRate(2.0)).silentFraction(40, 1)
                        + Trainer.train(base.withLearningRate(2.0).withSeed(2)).silentFraction(40, 1))
                / 2;
        assertEquals(expected, p.meanSilentFraction(1), RELATIVE);
        assertEquals(2, p.runs());
        assertTrue(p.meanSilentFraction(1) > 0);
    }

    @Test
    void runsAreStartedFromBothEndsOfTheRatesInwards() {
        assertArrayEquals(new int[] {4, 0, 3, 1, 2}, LearningRateSweep.fromBothEnds(5));
        assertArrayEquals(new int[] {3, 0, 2, 1}, LearningRateSweep.fromBothEnds(4));
    }

    @Test
    void refusesAnEmptyRange() {
        assertThrows(IllegalArgumentException.class, () -> LearningRateSweep.rates(0, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSweep.rates(1, 0.5, 5));
    }
}
