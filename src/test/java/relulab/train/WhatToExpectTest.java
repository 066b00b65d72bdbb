package relulab.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The expectations on the default setup (He init, 2 × 64 ReLU, 300 full-batch steps
 * on the spiral), checked on seeds 1 to 3 as measured — not tuned.
 */
class WhatToExpectTest {

    /** "typically under 15%". */
    private static final double FEW_DEAD = 0.15;
    /** "40% and more in at least one layer". */
    private static final double MANY_DEAD = 0.40;

    @Test
    void atRatesUpToOneTenthFewUnitsAreDead() {
        for (double lr : new double[] {0.001, 0.01, 0.1}) {
            for (long seed = 1; seed <= 3; seed++) {
                TrainingRun run = Trainer.train(
                        TrainingConfig.DEFAULT.withLearningRate(lr).withSeed(seed));
                assertTrue(
                        run.maxSilentFraction() < FEW_DEAD,
                        "lr " + lr + " seed " + seed + ": " + run.maxSilentFraction());
            }
        }
    }

    @Test
    void atRatesOfTwoAndMoreAtLeastOneLayerIsLargelyDead() {
        for (double lr : new double[] {2, 5, 10}) {
            for (long seed = 1; seed <= 3; seed++) {
                TrainingRun run = Trainer.train(
                        TrainingConfig.DEFAULT.withLearningRate(lr).withSeed(seed));
                assertTrue(
                        run.maxSilentFraction() >= MANY_DEAD,
                        "lr " + lr + " seed " + seed + ": " + run.maxSilentFraction());
            }
        }
    }
}
