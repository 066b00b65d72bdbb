package relulab.ui.dying;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import relulab.train.TrainingRun;
import relulab.train.UnitDeath;
import relulab.train.UnitState;

/**
 * Every "Try this" row of the dying lesson — the help page's "Things to try" and the path's
 * {@code step.dying.try.N} — done on the lesson's view model at its default settings (spiral,
 * 2 × 64 ReLU units, 300 steps, seed 1), checking what the row promises. Each test is named
 * after its row.
 */
class DyingTryThisTest {

    /** The rates the row "1 or more" covers: the slider's snap points from 1 to its top, 10. */
    private static final List<String> HIGH_RATES = List.of("1", "2", "3", "5", "7", "10");

    private final Executor direct = Runnable::run;
    private final DyingViewModel vm = new DyingViewModel(direct, direct, r -> {}, direct, direct, direct);

    private TrainingRun trainAt(String rate) {
        vm.start();
        assertTrue(vm.setLearningRateText(rate));
        return vm.runProperty().get();
    }

    /** Help row 1: tick "Predict", set a guess, press Train and compare. */
    @Test
    void tryThis_dying_predictTheDeadShareThenCompare() {
        DeadShareGuess guess = new DeadShareGuess();
        guess.predictingProperty().set(true);
        guess.guessPercentProperty().set(30);
        assertFalse(guess.resultsShownProperty().get(), "the results wait for the guess");
        guess.compare(vm.learningRateProperty().get());
        TrainingRun run = trainAt("0.1");
        String verdict = guess.verdict(run, false);
        assertTrue(guess.resultsShownProperty().get());
        assertTrue(
                verdict.startsWith("You guessed 30 % dead at lr = 0.1; the network ended with "
                        + DeadShareGuess.percent(100 * DeadShareGuess.silentShare(run)) + " % dead"),
                verdict);
    }

    /** Help row 2 and path try 1 (its first half): a small rate such as 0.01. */
    @Test
    void tryThis_dying_smallRateKeepsAlmostEveryUnitAlive() {
        TrainingRun run = trainAt("0.01");
        assertTrue(DeadShareGuess.silentShare(run) < 0.10, "over 90% alive: " + DeadShareGuess.silentShare(run));
        List<UnitDeath> deaths = run.deaths();
        long fromStart = deaths.stream().filter(UnitDeath::atInitialisation).count();
        assertTrue(2 * fromStart > deaths.size(), "most of the few ✕ were dead from the start: " + deaths);
    }

    /** Help row 3 and path try 1 (its second half): a rate of 1 or more on the default network. */
    @Test
    void tryThis_dying_rateOfOneOrMoreKillsHalfOfLayerTwoAndLayerOneStaysDead() {
        for (String rate : HIGH_RATES) {
            TrainingRun run = trainAt(rate);
            assertTrue(run.deadFraction(1) > 0.5, "lr " + rate + ": layer 2 " + run.deadFraction(1));
            assertTrue(run.recoveredUnits(0).isEmpty(), "lr " + rate + ": a layer-1 unit came back");
        }
    }

    /** Path try 1, both halves: a small rate such as 0.01, then 1 or more. */
    @Test
    void tryThis_path_dying_smallRateThenOneOrMore() {
        tryThis_dying_smallRateKeepsAlmostEveryUnitAlive();
        tryThis_dying_rateOfOneOrMoreKillsHalfOfLayerTwoAndLayerOneStaysDead();
    }

    /** Help row 4: "Revived" at a rate of 1 or 2. */
    @Test
    void tryThis_dying_revivedCountsLayerTwoUnitsAndNeverLayerOne() {
        for (String rate : List.of("1", "2")) {
            TrainingRun run = trainAt(rate);
            int layer2 = run.recoveredUnits(1).cardinality();
            assertTrue(layer2 > 0, "lr " + rate);
            assertTrue(vm.recoveryText().contains("layer 1: 0  layer 2: " + layer2 + "."), vm.recoveryText());
        }
    }

    /** Help row 5 and path try 2: switch to Leaky ReLU. */
    @Test
    void tryThis_dying_leakyReluKillsNoUnit() {
        vm.start();
        vm.activationProperty().set(HiddenActivations.byId(HiddenActivations.LEAKY));
        for (String rate : HIGH_RATES) {
            assertTrue(vm.setLearningRateText(rate));
            TrainingRun run = vm.runProperty().get();
            assertTrue(run.deaths().isEmpty(), "lr " + rate);
            for (int k = 0; k <= run.stepsRun(); k++) {
                for (int l = 0; l < run.hiddenLayers(); l++) {
                    for (int u = 0; u < run.width(l); u++) {
                        assertTrue(run.state(k, l, u) != UnitState.DEAD);
                    }
                }
            }
        }
    }

    /** Help row 6: a rate of 2, then Play through the steps. */
    @Test
    void tryThis_dying_mostUnitsThatDieDieInTheFirstThirtySteps() {
        List<UnitDeath> deaths = trainAt("2").deaths();
        vm.stepProperty().set(30);
        long early = deaths.stream().filter(d -> d.diedAtStep() <= 30).count();
        assertTrue(2 * early > deaths.size(), early + " of " + deaths.size());
        assertTrue(vm.stepText().startsWith("Step 30 of 300:"), vm.stepText());
    }

    /** Help row 7 and path try 3: click a dead unit's ✕. */
    @Test
    void tryThis_dying_clickADeadUnitShowsTheUpdateThatKilledIt() {
        List<UnitDeath> deaths = trainAt("2").deaths();
        UnitDeath death =
                deaths.stream().filter(d -> d.layer() == 0).findFirst().orElseThrow();
        assertTrue(vm.autopsy().select(death.layer(), death.unit()));
        AutopsyShown s = vm.autopsy().shownProperty().get();
        assertEquals(death, s.autopsy().death());
        assertTrue(s.autopsy().rangeBefore()[1] > 0, "fired on some point before the step");
        assertTrue(s.autopsy().rangeAfter()[1] <= 0, "every point on the negative side after it");
        vm.autopsy().next();
        UnitDeath next = vm.autopsy().shownProperty().get().autopsy().death();
        assertEquals(deaths.get(deaths.indexOf(death) + 1), next);
        assertTrue(next.diedAtStep() >= death.diedAtStep(), "in the order they died");
    }

    /** Help row 9: GELU (or ELU, SiLU, Softplus) at a rate of 5: none dead, nearly dead ones counted. */
    @Test
    void tryThis_dying_smoothMembersHaveNoDeadUnitsButCountNearlyDeadOnes() {
        vm.start();
        for (String id : List.of("gelu", "elu", "silu", "softplus")) {
            vm.activationProperty().set(HiddenActivations.byId(id));
            assertTrue(vm.setLearningRateText("5"));
            TrainingRun run = vm.runProperty().get();
            int nearly = 0;
            for (int l = 0; l < run.hiddenLayers(); l++) {
                assertEquals(0.0, run.deadFraction(l), id + ": no flat side, no dead unit");
                int n = run.nearlyDeadUnits(run.stepsRun(), l).cardinality();
                nearly += n;
                assertTrue(
                        vm.stepText().contains("layer " + (l + 1) + ": 0 dead, " + n + " nearly dead of 64"),
                        id + ": " + vm.stepText());
            }
            assertTrue(run.deaths().isEmpty(), id);
            if (id.equals("gelu")) {
                assertTrue(nearly > 0, "GELU at lr 5 has nearly dead units");
            }
        }
    }

    /** Help row 8: "Remedies". */
    @Test
    void tryThis_dying_remediesCompareReluLeakyAndALowerRateAtTheSameSeed() {
        trainAt("2");
        List<Remedy> remedies = vm.remediesProperty().get();
        assertEquals(
                List.of(
                        Remedy.Kind.RELU,
                        Remedy.Kind.LEAKY,
                        Remedy.Kind.LOWER_RATE,
                        Remedy.Kind.SMOOTH,
                        Remedy.Kind.SMOOTH),
                remedies.stream().map(Remedy::kind).toList());
        for (Remedy r : remedies) {
            assertEquals(1, r.run().config().seed());
            assertEquals(300, r.run().config().steps());
        }
        assertEquals(0.2, remedies.get(2).run().config().learningRate(), 1e-12);
        assertTrue(RemedySentences.verdict(remedies).startsWith("Leaky ReLU kept every unit learning"));
        assertEquals("elu", remedies.get(3).run().config().activation().id());
        assertEquals("gelu", remedies.get(4).run().config().activation().id());
        assertTrue(RemedySentences.verdict(remedies).contains(" GELU at the same rate: 0% dead, "));
    }
}
