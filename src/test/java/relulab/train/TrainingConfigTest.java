package relulab.train;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import relulab.core.Sigmoid;

class TrainingConfigTest {

    private static final TrainingConfig D = TrainingConfig.DEFAULT;

    @Test
    void refusesImpossibleSettingsWithAMessageNamingThem() {
        assertMessage("learning rate", () -> D.withLearningRate(0));
        assertMessage("learning rate", () -> D.withLearningRate(Double.NaN));
        assertMessage("learning rate", () -> D.withLearningRate(Double.POSITIVE_INFINITY));
        assertMessage("width", () -> D.withShape(2, 0));
        assertMessage("hidden layers", () -> D.withShape(0, 64));
        assertMessage("steps", () -> D.withSteps(-1));
        assertMessage("momentum", () -> D.withOptimizer(0, 1.0));
        assertMessage("batch size", () -> D.withOptimizer(-4, 0));
        assertMessage("ReLU family", () -> D.withActivation(Sigmoid.INSTANCE));
    }

    private static void assertMessage(String expected, Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
