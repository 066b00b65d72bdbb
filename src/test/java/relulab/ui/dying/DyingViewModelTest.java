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
import relulab.train.TrainingRun;

/** The tab's state without a toolkit: training runs on the calling thread, the sweep when cranked. */
class DyingViewModelTest {

    private static final double EXACT = 1e-12;

    private final Queue<Runnable> sweepTasks = new ArrayDeque<>();
    private final Executor direct = Runnable::run;
    private final DyingViewModel vm = new DyingViewModel(direct, sweepTasks::add, direct, direct);

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
        vm.activationProperty().set(HiddenActivation.LEAKY);
        assertFalse(vm.recoveryText().contains("layer 1: 0 "), vm.recoveryText());
    }

    @Test
    void leakyUnitsAreCalledInactive() {
        vm.activationProperty().set(HiddenActivation.LEAKY);
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
}
