package relulab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.core.LeakyRelu;

class TrainerTest {

    private static final TrainingConfig DEFAULT = TrainingConfig.DEFAULT;

    @Test
    void theSameSeedGivesTheSameRun() {
        TrainingConfig config = DEFAULT.withLearningRate(1.0).withSteps(60);
        assertSameRun(Trainer.train(config), Trainer.train(config));
    }

    @Test
    void aHelperThreadGivesTheSameRunBitForBit() {
        TrainingConfig config = DEFAULT.withLearningRate(2.0).withSteps(60);
        Dataset data = config.dataset().generate(config.seed());
        ExecutorService helper = Executors.newSingleThreadExecutor();
        try {
            assertSameRun(Trainer.train(config, data, () -> false), Trainer.train(config, data, () -> false, helper));
        } finally {
            helper.shutdownNow();
        }
    }

    @Test
    void aHelperThatHasShutDownLeavesTheWholeStepToTheCaller() {
        TrainingConfig config = DEFAULT.withSteps(10);
        Dataset data = config.dataset().generate(config.seed());
        ExecutorService helper = Executors.newSingleThreadExecutor();
        helper.shutdownNow();
        assertSameRun(Trainer.train(config, data, () -> false), Trainer.train(config, data, () -> false, helper));
    }

    private static void assertSameRun(TrainingRun a, TrainingRun b) {
        assertArrayEquals(a.lossByStep(), b.lossByStep());
        assertEquals(a.finalModel(), b.finalModel());
        for (int k = 0; k <= a.stepsRun(); k++) {
            for (int l = 0; l < a.hiddenLayers(); l++) {
                assertEquals(a.silentUnits(k, l), b.silentUnits(k, l));
            }
        }
    }

    @Test
    void anotherSeedGivesAnotherRun() {
        TrainingConfig config = DEFAULT.withSteps(20);
        assertNotEquals(
                Trainer.train(config).finalModel(),
                Trainer.train(config.withSeed(2)).finalModel());
    }

    @Test
    void minibatchesWithMomentumAreDeterministicToo() {
        TrainingConfig config = DEFAULT.withSteps(50).withOptimizer(32, 0.9);
        assertArrayEquals(
                Trainer.train(config).lossByStep(), Trainer.train(config).lossByStep());
    }

    @Test
    void recordsOneEvaluationPerStepFromInitialisation() {
        TrainingRun run = Trainer.train(DEFAULT.withSteps(25));
        assertEquals(25, run.stepsRun());
        assertEquals(26, run.lossByStep().length);
        assertEquals(26, run.silentFractionByStep(0).length);
        assertFalse(run.diverged());
    }

    @Test
    void aSmallLearningRateLowersTheLossAndLearnsTheSpiral() {
        TrainingRun run = Trainer.train(DEFAULT.withLearningRate(0.3));
        assertTrue(run.finalLoss() < run.loss(0) / 5, "loss " + run.loss(0) + " → " + run.finalLoss());
        assertTrue(run.trainAccuracy() > 0.9, "accuracy " + run.trainAccuracy());
    }

    @Test
    void aDeadFirstLayerUnitStaysDeadAndItsWeightsNeverChange() {
        TrainingConfig config = DEFAULT.withLearningRate(2.0);
        TrainingRun run = Trainer.train(config);
        BitSet everDead = new BitSet();
        for (int k = 0; k <= run.stepsRun(); k++) {
            BitSet dead = run.silentUnits(k, 0);
            BitSet stillDead = (BitSet) everDead.clone();
            stillDead.andNot(dead);
            assertTrue(stillDead.isEmpty(), "first-layer units " + stillDead + " came back at step " + k);
            everDead.or(dead);
        }
        assertFalse(everDead.isEmpty(), "at lr 2 some first-layer units die");
        // Replay to the step after the last death: from there on, dead units' weights are frozen.
        int lastDeath = 0;
        for (int k = 1; k <= run.stepsRun(); k++) {
            if (run.silentUnits(k, 0).cardinality() > run.silentUnits(k - 1, 0).cardinality()) {
                lastDeath = k;
            }
        }
        Mlp atDeath = Trainer.train(config.withSteps(lastDeath)).finalModel();
        Mlp end = run.finalModel();
        for (int unit = everDead.nextSetBit(0); unit >= 0; unit = everDead.nextSetBit(unit + 1)) {
            for (int k = 0; k < Dataset.FEATURES; k++) {
                assertEquals(atDeath.weight(0, k, unit), end.weight(0, k, unit), 0.0);
            }
            assertEquals(atDeath.biases(0)[unit], end.biases(0)[unit], 0.0);
        }
    }

    @Test
    void divergenceStopsAtTheFirstNonFiniteLossAndKeepsTheLastFiniteStep() {
        // Measured: seed 5 at lr 3 blows the loss past the largest double at step 16.
        TrainingConfig config = DEFAULT.withLearningRate(3.0).withSeed(5);
        TrainingRun run = Trainer.train(config);
        assertTrue(run.diverged());
        int d = run.divergedAt().getAsInt();
        assertEquals(d - 1, run.stepsRun());
        for (double loss : run.lossByStep()) {
            assertTrue(Double.isFinite(loss));
        }
        assertTrue(Double.isFinite(run.finalLoss()));
        assertEquals(
                Trainer.train(config.withSteps(d - 1)).finalModel(),
                run.finalModel(),
                "the result is the network of the last finite step");
    }

    @Test
    void leakyUnitsAreInactiveNotDeadAndSomeRecover() {
        TrainingRun run = Trainer.train(DEFAULT.withLearningRate(2.0).withActivation(new LeakyRelu(0.01)));
        assertFalse(run.silentMeansDead());
        int recovered = 0;
        for (int l = 0; l < run.hiddenLayers(); l++) {
            assertEquals(0.0, run.deadFraction(l));
            recovered += run.recoveredUnits(l).cardinality();
        }
        assertTrue(run.inactiveFraction(0) > 0);
        assertTrue(recovered > 0, "the leak brings some units back");
        int unit = run.silentUnits(run.stepsRun(), 0).nextSetBit(0);
        assertEquals(UnitState.INACTIVE, run.state(run.stepsRun(), 0, unit));
    }

    @Test
    void geluUnitsAreNeverDeadButNearlyDeadOnesPassLessThanTheFloorOnEveryPoint() {
        Activation gelu = Activations.parse("gelu");
        TrainingRun run = Trainer.train(DEFAULT.withLearningRate(5.0).withActivation(gelu));
        int nearly = 0;
        double[][][] ranges =
                run.finalModel().preActivationRanges(gelu, run.data().pointsView());
        for (int l = 0; l < run.hiddenLayers(); l++) {
            assertEquals(0.0, run.deadFraction(l), "a smooth member has no flat side");
            BitSet quiet = run.nearlyDeadUnits(run.stepsRun(), l);
            nearly += quiet.cardinality();
            for (int u = quiet.nextSetBit(0); u >= 0; u = quiet.nextSetBit(u + 1)) {
                assertEquals(UnitState.NEARLY_DEAD, run.state(run.stepsRun(), l, u));
                double lo = ranges[l][u][0];
                double hi = ranges[l][u][1];
                for (int i = 0; i <= 100; i++) {
                    double z = Math.min(hi, lo + (hi - lo) * i / 100); // lo + (hi − lo) can round past hi
                    assertTrue(Math.abs(gelu.slope(z)) < GradientFloor.NEARLY_DEAD_SLOPE, "slope at " + z);
                }
            }
        }
        assertTrue(nearly > 0, "at lr 5 some GELU units are nearly dead");
        assertTrue(run.deaths().isEmpty());
    }

    @Test
    void reluHasNoNearlyDeadUnitsItsQuietUnitsAreDead() {
        TrainingRun run = Trainer.train(DEFAULT.withLearningRate(2.0));
        for (int l = 0; l < run.hiddenLayers(); l++) {
            assertEquals(0.0, run.nearlyDeadFraction(l));
            assertEquals(run.silentUnits(run.stepsRun(), l), run.deadUnits(run.stepsRun(), l));
        }
    }

    @Test
    void cancellingStopsTraining() {
        int[] asked = {0};
        assertThrows(
                CancellationException.class,
                () -> Trainer.train(DEFAULT, DatasetKind.SPIRAL.generate(1), () -> ++asked[0] > 3));
        assertEquals(4, asked[0]);
    }

    @Test
    void trainsOnEveryDataset() {
        for (DatasetKind kind : DatasetKind.values()) {
            TrainingRun run =
                    Trainer.train(DEFAULT.withDataset(kind).withSteps(100).withLearningRate(0.3));
            assertTrue(run.finalLoss() < run.loss(0), kind + ": " + run.loss(0) + " → " + run.finalLoss());
        }
    }
}
