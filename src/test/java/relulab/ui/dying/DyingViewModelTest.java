package relulab.ui.dying;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import relulab.train.SweepPoint;
import relulab.train.Trainer;
import relulab.train.TrainingRun;

/** The tab's state without a toolkit: training runs on the calling thread, the sweep when cranked. */
class DyingViewModelTest {

    private static final double EXACT = 1e-12;

    private final Queue<Runnable> sweepTasks = new ArrayDeque<>();
    private final Executor direct = Runnable::run;
    private final DyingViewModel vm = new DyingViewModel(direct, direct, sweepTasks::add, direct, direct, direct);

    private void crankSweep() {
        while (!sweepTasks.isEmpty()) {
            sweepTasks.poll().run();
        }
    }

    @Test
    void theRateIsTenToThePowerOfTheSliderPosition() {
        assertEquals(0.1, vm.learningRateProperty().get(), EXACT);
        vm.logLearningRateProperty().set(1);
        assertEquals(10, vm.learningRateProperty().get(), EXACT);
        assertEquals("lr = 10", vm.learningRateText());
    }

    @Test
    void startingTrainsAndShowsTheLastStep() {
        vm.start();
        TrainingRun run = vm.runProperty().get();
        assertNotNull(run);
        assertEquals(300, vm.stepProperty().get());
        assertTrue(vm.stepText().startsWith("Step 300 of 300:"), vm.stepText());
        assertTrue(vm.stepText().contains("layer 2:"));
    }

    @Test
    void aHighRateKillsMoreUnitsThanALowOne() {
        vm.start();
        vm.logLearningRateProperty().set(-2);
        double low = vm.runProperty().get().maxSilentFraction();
        vm.logLearningRateProperty().set(Math.log10(5));
        double high = vm.runProperty().get().maxSilentFraction();
        assertTrue(high > low + 0.3, low + " → " + high);
    }

    @Test
    void aScrubbedStepStaysWhenTheRunChanges() {
        vm.start();
        vm.stepProperty().set(40);
        vm.logLearningRateProperty().set(0);
        assertEquals(40, vm.stepProperty().get());
        assertTrue(vm.stepText().startsWith("Step 40 of 300:"));
    }

    @Test
    void aBadSeedIsRefusedWithAMessageAndTheOldSeedKept() {
        vm.start();
        TrainingRun before = vm.runProperty().get();
        assertFalse(vm.setSeedText("abc"));
        assertEquals(1, vm.seedProperty().get());
        assertTrue(vm.messageProperty().get().contains("'abc'"));
        assertFalse(vm.setSeedText("2.5"));
        assertFalse(vm.setSeedText("-1"));
        assertEquals(before, vm.runProperty().get());
        assertTrue(vm.setSeedText(" 7 "));
        assertEquals(7, vm.seedProperty().get());
        assertEquals("", vm.messageProperty().get());
    }

    @Test
    void divergenceIsSpelledOut() {
        vm.start();
        assertEquals("", vm.divergenceText());
        vm.seedProperty().set(5);
        vm.logLearningRateProperty().set(Math.log10(3));
        assertTrue(vm.divergenceText().startsWith("Diverged at step 16"), vm.divergenceText());
        assertTrue(vm.stepText().startsWith("Step 15 of 300:"), vm.stepText());
    }

    @Test
    void noDeadFirstLayerUnitComesBackButLeakyOnesDo() {
        vm.logLearningRateProperty().set(Math.log10(2));
        vm.start();
        assertTrue(vm.recoveryText().contains("(dead at some step"), vm.recoveryText());
        assertTrue(vm.recoveryText().contains("layer 1: 0 "), vm.recoveryText());
        vm.activationProperty().set(HiddenActivations.byId(HiddenActivations.LEAKY));
        assertFalse(vm.recoveryText().contains("layer 1: 0 "), vm.recoveryText());
    }

    @Test
    void leakyUnitsAreCalledInactive() {
        vm.activationProperty().set(HiddenActivations.byId(HiddenActivations.LEAKY));
        vm.logLearningRateProperty().set(Math.log10(2));
        assertTrue(vm.stepText().contains("inactive"), vm.stepText());
    }

    @Test
    void theSweepFillsAllRatesInOrderOfRate() {
        vm.stepsProperty().set(10);
        vm.widthProperty().set(8);
        vm.start();
        crankSweep();
        List<SweepPoint> points = vm.sweepProperty().get();
        assertEquals(25, points.size());
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i).learningRate() > points.get(i - 1).learningRate());
        }
        assertEquals("25 rates × 3 seeds", vm.sweepText());
        vm.seedProperty().set(2);
        assertEquals(List.of(), vm.sweepProperty().get(), "a setting change clears the stale sweep");
    }

    @Test
    void aSweepInterruptedByHidingTheTabStartsAgainWhenItIsShown() {
        vm.stepsProperty().set(10);
        vm.widthProperty().set(8);
        vm.start();
        vm.pause();
        crankSweep();
        assertEquals(List.of(), vm.sweepProperty().get(), "no work while hidden");

        vm.resume();
        crankSweep();
        assertEquals(25, vm.sweepProperty().get().size());
        vm.pause();
        vm.resume();
        assertTrue(sweepTasks.isEmpty(), "a finished sweep is not redone");
    }

    @Test
    void coarseToFineVisitsEveryRateOnceStartingWithTheEnds() {
        int[] order = SweepJob.coarseToFine(25);
        assertEquals(0, order[0]);
        assertEquals(16, order[1]);
        assertEquals(24, order[3]);
        assertEquals(25, java.util.Arrays.stream(order).distinct().count());
    }

    @Test
    void theSnapshotIsTheNetworkAtTheShownStep() {
        vm.start();
        StepSnapshot end = vm.snapshotProperty().get();
        assertNotNull(end);
        assertEquals(300, end.step());
        assertEquals(vm.runProperty().get().finalModel(), end.model(), "the run cut at its last step is the run");
        vm.stepProperty().set(7);
        StepSnapshot early = vm.snapshotProperty().get();
        assertEquals(7, early.step());
        TrainingRun seven = Trainer.train(vm.config().withSteps(7));
        assertEquals(seven.finalModel(), early.model());
        // the ranges say what the grid says: a unit is silent at step 7 exactly when its max z is <= 0
        for (int l = 0; l < 2; l++) {
            for (int u = 0; u < 64; u++) {
                assertEquals(
                        vm.runProperty().get().silentUnits(7, l).get(u),
                        early.ranges()[l][u][1] <= 0,
                        "layer " + l + " unit " + u);
            }
        }
    }

    @Test
    void theRemediesAreTheRunLeakyAndATenTimesLowerRateAtTheSameSeed() {
        vm.start();
        vm.setLearningRateText("5");
        List<Remedy> remedies = vm.remediesProperty().get();
        assertEquals(5, remedies.size());
        assertEquals("elu:1.0", remedies.get(3).run().config().activation().name());
        assertEquals("gelu", remedies.get(4).run().config().activation().name());
        assertEquals(5.0, remedies.get(0).run().config().learningRate(), EXACT);
        assertEquals("leaky:0.01", remedies.get(1).run().config().activation().name());
        assertEquals(0.5, remedies.get(2).run().config().learningRate(), EXACT);
        assertTrue(remedies.get(0).run().maxSilentFraction()
                > remedies.get(2).run().maxSilentFraction());
        assertEquals(0.0, remedies.get(1).run().deadFraction(0), EXACT, "Leaky units are never dead");
    }

    @Test
    void aTypedRateIsTakenExactlyAndABadOneRefused() {
        assertTrue(vm.setLearningRateText("3"));
        assertEquals(3.0, vm.learningRateProperty().get(), 1e-15);
        assertEquals("3", vm.rateFieldText());
        assertFalse(vm.setLearningRateText("30"));
        assertFalse(vm.setLearningRateText("fast"));
        assertEquals(3.0, vm.learningRateProperty().get(), 1e-15);
        assertTrue(
                vm.messageProperty().get().contains("'fast'"),
                vm.messageProperty().get());
    }

    @Test
    void theSliderSnapsToOneTwoFiveOnlyWhenClose() {
        assertEquals(Math.log10(3), RateScale.snap(Math.log10(3)), 0.0, "3 is not 1-2-5: kept");
        assertEquals(Math.log10(2), RateScale.snap(Math.log10(2.1)), 0.0);
        assertEquals(Math.log10(5), RateScale.snap(Math.log10(4.8)), 0.0);
        assertEquals(-2.0, RateScale.snap(Math.log10(0.0097)), 0.0);
        assertEquals(Math.log10(2.92), RateScale.snap(Math.log10(2.92)), 0.0, "fine values stay reachable");
    }

    @Test
    void theLogScrubberGivesTheFirstStepsHalfItsLength() {
        assertEquals(0, RateScale.stepAt(0, 300));
        assertEquals(300, RateScale.stepAt(1, 300));
        assertTrue(RateScale.stepAt(0.5, 300) <= 17, "half way: step " + RateScale.stepAt(0.5, 300));
        for (int k : new int[] {0, 1, 5, 20, 299, 300}) {
            assertEquals(k, RateScale.stepAt(RateScale.positionOf(k, 300), 300));
        }
    }

    @Test
    void aWhollyDeadSecondLayerIsSaidToFreezeTheFirst() {
        vm.start();
        vm.setLearningRateText("10");
        TrainingRun run = vm.runProperty().get();
        assertEquals(64, run.silentUnits(run.stepsRun(), 1).cardinality(), "measured: lr 10 seed 1 kills layer 2");
        assertTrue(vm.frozenText().startsWith("Layer 2 is all dead since step "), vm.frozenText());
        vm.setLearningRateText("0.1");
        assertEquals("", vm.frozenText());
    }

    @Test
    void revivedUnitsAreExplainedWhereTheyAreCounted() {
        vm.start();
        String text = vm.recoveryText();
        assertTrue(text.startsWith("Revived (dead at some step, alive at the end):"), text);
        assertTrue(text.contains("A layer-1 unit sees the fixed data and stays dead"), text);
    }

    @Test
    void unitsDeadFromInitialisationAreCountedAndExplained() {
        vm.start();
        TrainingRun run = vm.runProperty().get();
        int fromStart = run.silentThroughout(1).cardinality();
        assertTrue(fromStart > 0, "the default network has layer-2 units that never fire");
        String text = vm.recoveryText();
        assertTrue(
                text.contains("Dead from initialisation (framed ✕, never fired):  layer 1: 0  layer 2: " + fromStart
                        + ": the random initial weights"),
                text);
    }

    /** The sweep takes every core: it starts only once the run the student waits for is shown. */
    @Test
    void theSweepWaitsForTheRunAtTheSlidersRate() {
        Queue<Runnable> trainTasks = new ArrayDeque<>();
        DyingViewModel queued = new DyingViewModel(trainTasks::add, direct, sweepTasks::add, direct, direct, direct);
        queued.stepsProperty().set(10);
        queued.start();
        assertTrue(sweepTasks.isEmpty(), "no sweep before the run");
        trainTasks.poll().run();
        assertNotNull(queued.runProperty().get());
        assertFalse(sweepTasks.isEmpty(), "the sweep starts with the run shown");
    }
}
