package relulab.ui.dying;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import relulab.core.Activations;
import relulab.train.Trainer;
import relulab.train.TrainingConfig;
import relulab.train.TrainingRun;

class DeadShareGuessTest {

    private static final TrainingConfig SHORT = TrainingConfig.DEFAULT.withSteps(40);

    @Test
    void resultsShowAsAlwaysUntilTheLearnerChoosesToPredict() {
        DeadShareGuess guess = new DeadShareGuess();
        assertTrue(guess.resultsShownProperty().get());
        assertEquals("", guess.verdict(null, false));
        guess.predictingProperty().set(true);
        assertFalse(guess.resultsShownProperty().get(), "hidden until the guess is locked in");
    }

    @Test
    void comparingShowsTheResultsAndTheGuessBesideTheRealDeadShare() {
        TrainingRun run = Trainer.train(SHORT.withLearningRate(5));
        double actual = 0;
        int units = 0;
        for (int layer = 0; layer < run.hiddenLayers(); layer++) {
            actual += run.deadFraction(layer) * run.width(layer);
            units += run.width(layer);
        }
        actual = 100 * actual / units;
        DeadShareGuess guess = new DeadShareGuess();
        guess.predictingProperty().set(true);
        guess.guessPercentProperty().set(10);
        guess.compare(5);
        assertTrue(guess.resultsShownProperty().get());
        assertEquals("Training at lr = 5\u2026 your guess: 10 % dead.", guess.verdict(run, true));
        String verdict = guess.verdict(run, false);
        assertTrue(
                verdict.startsWith("You guessed 10 % dead at lr = 5; the network ended with "
                        + String.format(Locale.ROOT, "%.0f %% dead", actual)),
                verdict);
        assertEquals(100 * DeadShareGuess.silentShare(run), actual, 1e-9);
    }

    @Test
    void aRunAtAnotherRateIsNotComparedAndANewRateAsksForANewGuess() {
        TrainingRun run = Trainer.train(SHORT.withLearningRate(0.1));
        DeadShareGuess guess = new DeadShareGuess();
        guess.predictingProperty().set(true);
        guess.compare(5);
        assertTrue(guess.verdict(run, false).startsWith("Training at lr = 5"), "the shown run is not the guessed one");
        guess.rateChanged();
        assertFalse(guess.resultsShownProperty().get());
    }

    @Test
    void leakyUnitsCannotDie() {
        TrainingRun run = Trainer.train(SHORT.withLearningRate(5).withActivation(Activations.parse("leaky:0.01")));
        DeadShareGuess guess = new DeadShareGuess();
        guess.predictingProperty().set(true);
        guess.guessPercentProperty().set(30);
        guess.compare(5);
        assertTrue(
                guess.verdict(run, false).startsWith("You guessed 30 %. Leaky ReLU units cannot die: 0 % dead"),
                guess.verdict(run, false));
    }
}
