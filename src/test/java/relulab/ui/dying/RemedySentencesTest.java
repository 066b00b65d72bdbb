package relulab.ui.dying;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import relulab.train.TrainingConfig;

/** The remedies' captions and verdict say what the runs did, whichever activation is set. */
class RemedySentencesTest {

    private static List<Remedy> remedies(double rate, String activation) {
        TrainingConfig config =
                TrainingConfig.DEFAULT.withLearningRate(rate).withActivation(HiddenActivations.byId(activation));
        return RemedyRuns.train(config, () -> false);
    }

    @Test
    void theRunAsSetIsTheLeakyOneWhenLeakyIsSelected() {
        List<Remedy> r = remedies(2, HiddenActivations.LEAKY);
        assertEquals("ReLU, lr 2", RemedySentences.caption(r.get(0)));
        assertTrue(RemedySentences.caption(r.get(1)).endsWith("same lr (as set)"), RemedySentences.caption(r.get(1)));
        assertEquals("ReLU, lr 0.2 (÷10): another setting", RemedySentences.caption(r.get(2)));
    }

    @Test
    void theRunAsSetIsTheReluOneWhenReluIsSelected() {
        List<Remedy> r = remedies(2, HiddenActivations.RELU);
        assertEquals("ReLU, lr 2 (as set)", RemedySentences.caption(r.get(0)));
    }

    @Test
    void atRateTwoLeakyLosesToReluAndTheSentenceSaysTheRateIsTooHighForAnyActivation() {
        List<Remedy> r = remedies(2, HiddenActivations.RELU);
        assertTrue(r.get(1).run().trainAccuracy() < r.get(0).run().trainAccuracy());
        String verdict = RemedySentences.verdict(r);
        assertTrue(
                verdict.contains("Keeping units alive does not cure a rate that is too high for any activation"),
                verdict);
        assertTrue(verdict.contains("At lr 0.2, ten times lower, ReLU ended with"), verdict);
        assertTrue(verdict.contains("another setting, not a cure"), verdict);
    }

    @Test
    void atRateTenLeakyDivergesAndTheSentenceSaysWhyReluDidNot() {
        List<Remedy> r = remedies(10, HiddenActivations.RELU);
        assertTrue(r.get(1).run().diverged());
        String verdict = RemedySentences.verdict(r);
        assertTrue(
                verdict.startsWith("Leaky ReLU diverged at step "
                        + r.get(1).run().divergedAt().getAsInt()
                        + ": at lr 10 the steps are too big for any activation."),
                verdict);
    }
}
