package relulab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import relulab.core.LeakyRelu;

/** Every death of a run has a step that matches the recorded silent units, and its autopsy shows the killing update. */
class AutopsyTest {

    private static final TrainingRun KILLING_RUN = Trainer.train(TrainingConfig.DEFAULT.withLearningRate(2.0));

    @Test
    void everyUnitDeadAtTheEndIsListedOnceInTheOrderItDied() {
        List<UnitDeath> deaths = KILLING_RUN.deaths();
        int dead = 0;
        for (int l = 0; l < KILLING_RUN.hiddenLayers(); l++) {
            dead += KILLING_RUN.silentUnits(KILLING_RUN.stepsRun(), l).cardinality();
        }
        assertEquals(dead, deaths.size());
        for (int i = 1; i < deaths.size(); i++) {
            assertTrue(deaths.get(i - 1).diedAtStep() <= deaths.get(i).diedAtStep());
        }
    }

    @Test
    void aUnitFiresOnSomePointBeforeItsStepAndOnNoneFromItToTheEnd() {
        for (UnitDeath d : KILLING_RUN.deaths()) {
            for (int k = d.diedAtStep(); k <= KILLING_RUN.stepsRun(); k++) {
                assertTrue(KILLING_RUN.silentUnits(k, d.layer()).get(d.unit()), d + " at " + k);
            }
            if (!d.atInitialisation()) {
                assertFalse(
                        KILLING_RUN.silentUnits(d.diedAtStep() - 1, d.layer()).get(d.unit()), d.toString());
            }
        }
    }

    @Test
    void theDefaultNetworkHasLayerTwoUnitsDeadFromInitialisation() {
        TrainingRun gentle = Trainer.train(TrainingConfig.DEFAULT.withLearningRate(0.01));
        assertTrue(gentle.deaths().stream().anyMatch(d -> d.atInitialisation() && d.layer() == 1));
    }

    @Test
    void leakyUnitsNeverDie() {
        TrainingRun leaky =
                Trainer.train(TrainingConfig.DEFAULT.withLearningRate(2.0).withActivation(new LeakyRelu(0.01)));
        assertTrue(leaky.deaths().isEmpty());
    }

    @Test
    void theKillingUpdatePushesEveryPointToTheNegativeSide() {
        UnitDeath death = KILLING_RUN.deaths().stream()
                .filter(d -> d.layer() == 0)
                .findFirst()
                .orElseThrow();
        Autopsy a = Autopsy.of(KILLING_RUN, death, () -> false);
        assertTrue(a.rangeBefore()[1] > 0, "fired before");
        assertTrue(a.rangeAfter()[1] <= 0, "fires on no point after");
        assertEquals(2, a.weightsBefore().length);
        double[] w1 = new double[2];
        for (int k = 0; k < 2; k++) {
            w1[k] = a.after().weight(0, k, death.unit());
        }
        double[] sum = {a.weightsBefore()[0] + a.weightUpdate()[0], a.weightsBefore()[1] + a.weightUpdate()[1]};
        assertArrayEquals(w1, sum, 1e-12);
    }

    @Test
    void underPlainSgdTheUpdateIsTheRateTimesTheGradientOfThatStep() {
        UnitDeath death = KILLING_RUN.deaths().stream()
                .filter(d -> !d.atInitialisation())
                .findFirst()
                .orElseThrow();
        Autopsy a = Autopsy.of(KILLING_RUN, death, () -> false);
        Dataset data = KILLING_RUN.data();
        Backprop pass = new Backprop(
                a.before().sizes(), data.size(), KILLING_RUN.config().activation());
        pass.forward(a.before().copyWeights(), a.before().copyBiases(), data.pointsView(), data.labelsView());
        pass.backward();
        int l = death.layer();
        int out = a.before().sizes()[l + 1];
        double lr = KILLING_RUN.config().learningRate();
        for (int k = 0; k < a.weightUpdate().length; k++) {
            assertEquals(-lr * pass.gradW[l][k * out + death.unit()], a.weightUpdate()[k], 1e-9);
        }
        assertEquals(-lr * pass.gradB[l][death.unit()], a.biasUpdate(), 1e-9);
    }

    @Test
    void aUnitDeadAtInitialisationHadNoUpdate() {
        TrainingRun gentle =
                Trainer.train(TrainingConfig.DEFAULT.withLearningRate(0.01).withSteps(20));
        UnitDeath death = gentle.deaths().get(0);
        Autopsy a = Autopsy.of(gentle, death, () -> false);
        assertEquals(0.0, Autopsy.norm(a.weightUpdate()));
        assertTrue(a.rangeBefore()[1] <= 0);
    }
}
