package relulab.ui.dying;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import relulab.train.TrainingRun;
import relulab.train.UnitDeath;

/** Choosing a dead unit and walking the deaths, on the view model with every job on the calling thread. */
class AutopsyModelTest {

    private final Executor direct = Runnable::run;
    private final DyingViewModel vm = new DyingViewModel(direct, direct, r -> {}, direct, direct, direct);

    private List<UnitDeath> trainAtRateTwo() {
        vm.start();
        vm.setLearningRateText("2");
        return vm.runProperty().get().deaths();
    }

    @Test
    void choosingADeadUnitShowsTheStepAtWhichItDiedAndTheUpdate() {
        UnitDeath death = trainAtRateTwo().stream()
                .filter(d -> d.layer() == 0)
                .findFirst()
                .orElseThrow();
        assertTrue(vm.autopsy().select(0, death.unit()));
        AutopsyShown s = vm.autopsy().shownProperty().get();
        assertEquals(death, s.autopsy().death());
        String head = AutopsySentences.head(s.autopsy());
        assertTrue(head.contains("died for good at step " + death.diedAtStep()), head);
        assertTrue(s.autopsy().rangeBefore()[1] > 0 && s.autopsy().rangeAfter()[1] <= 0);
        assertTrue(AutopsySentences.update(s.autopsy()).contains("−lr·∂L/∂w had length"));
    }

    @Test
    void anAliveUnitHasNoAutopsy() {
        trainAtRateTwo();
        TrainingRun run = vm.runProperty().get();
        int alive = run.silentUnits(run.stepsRun(), 0).nextClearBit(0);
        assertFalse(vm.autopsy().select(0, alive));
        assertNull(vm.autopsy().shownProperty().get());
    }

    @Test
    void previousAndNextWalkTheDeathsInTheOrderTheyHappened() {
        List<UnitDeath> deaths = trainAtRateTwo();
        vm.autopsy().next();
        assertEquals(deaths.get(0), vm.autopsy().shownProperty().get().autopsy().death());
        vm.autopsy().next();
        vm.autopsy().next();
        assertEquals(deaths.get(2), vm.autopsy().shownProperty().get().autopsy().death());
        vm.autopsy().previous();
        AutopsyShown s = vm.autopsy().shownProperty().get();
        assertEquals(deaths.get(1), s.autopsy().death());
        assertEquals("Death 2 of " + deaths.size() + ", in the order they died", AutopsySentences.position(s));
    }

    @Test
    void aUnitDeadFromInitialisationIsSaidToHaveNeverFired() {
        vm.start();
        UnitDeath death = vm.runProperty().get().deaths().get(0);
        assertTrue(death.atInitialisation(), "the default run has layer-2 units dead from the start");
        vm.autopsy().select(death.layer(), death.unit());
        String head = AutopsySentences.head(vm.autopsy().shownProperty().get().autopsy());
        assertTrue(head.contains("dead from initialisation"), head);
    }

    @Test
    void theChosenUnitStaysChosenWhenItIsDeadInTheNewRunToo() {
        trainAtRateTwo();
        UnitDeath death = vm.runProperty().get().deaths().get(0);
        vm.autopsy().select(death.layer(), death.unit());
        vm.stepsProperty().set(299);
        AutopsyShown s = vm.autopsy().shownProperty().get();
        assertNotNull(s);
        assertEquals(death.unit(), s.autopsy().death().unit());
    }
}
