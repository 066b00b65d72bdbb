package relulab.train;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The story the dying lesson tells, checked where it is true and where it stops: with plain SGD
 * (the lesson's optimiser) a first-layer unit that dies never fires again, on every network
 * shape and dataset; a deeper one can; with momentum, whose velocity outlives the gradient, a
 * first-layer unit can come back too — which is why the story names plain SGD.
 */
class WhichDeadUnitsStayDeadTest {

    private static final TrainingConfig BASE = TrainingConfig.DEFAULT.withSteps(150);

    @Test
    void withPlainSgdNoFirstLayerUnitComesBackOnAnyShapeOrDataset() {
        List<TrainingConfig> configs = List.of(
                BASE.withLearningRate(2),
                BASE.withLearningRate(2).withShape(1, 64),
                BASE.withLearningRate(2).withShape(2, 8),
                BASE.withLearningRate(2).withShape(4, 32),
                BASE.withLearningRate(5).withDataset(DatasetKind.CIRCLES),
                BASE.withLearningRate(2).withOptimizer(32, 0));
        for (TrainingConfig c : configs) {
            assertTrue(Trainer.train(c).recoveredUnits(0).isEmpty(), c.toString());
        }
    }

    @Test
    void aDeeperUnitCanComeBackWhenTheLayerBelowChanges() {
        assertFalse(Trainer.train(BASE.withLearningRate(2)).recoveredUnits(1).isEmpty());
    }

    @Test
    void withMomentumAFirstLayerUnitCanComeBack() {
        TrainingRun run =
                Trainer.train(TrainingConfig.DEFAULT.withLearningRate(1).withOptimizer(0, 0.9));
        assertFalse(run.recoveredUnits(0).isEmpty());
    }
}
