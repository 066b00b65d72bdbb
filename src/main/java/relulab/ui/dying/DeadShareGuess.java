package relulab.ui.dying;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import relulab.train.TrainingRun;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.text.Messages;

/**
 * Predict, then see, in the dying lab: before the results of a learning rate are shown, the
 * learner guesses the share of hidden units that will be dead after training; "compare" shows
 * the results and sets the guess beside the network's real dead share.
 *
 * <p>The dead share is over all hidden units: {@code Σ dead(layer)·width(layer) / Σ width(layer)}.
 * While predicting is on, a new learning rate hides the results again, so every rate is
 * guessed before it is seen. A plain object, tested without a toolkit.
 */
final class DeadShareGuess {

    private static final Messages WORDS = Messages.of(DeadShareGuess.class);

    private final BooleanProperty predicting = new SimpleBooleanProperty(this, "predicting", false);
    private final DoubleProperty guessPercent = new SimpleDoubleProperty(this, "guessPercent", 50);
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(this, "revealed", false);
    private final BooleanBinding resultsShown = predicting.not().or(revealed);
    private double lockedGuess = Double.NaN;
    private double lockedRate = Double.NaN;

    DeadShareGuess() {
        predicting.addListener(o -> revealed.set(false));
    }

    /** Whether the learner predicts first; off, the results show as always. */
    BooleanProperty predictingProperty() {
        return predicting;
    }

    /** The guessed dead share, 0 to 100 %. */
    DoubleProperty guessPercentProperty() {
        return guessPercent;
    }

    ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** Whether the results may be seen: when not predicting, or once the guess is locked in. */
    BooleanBinding resultsShownProperty() {
        return resultsShown;
    }

    /** Locks in the guess for {@code learningRate} and shows the results. */
    void compare(double learningRate) {
        lockedGuess = guessPercent.get();
        lockedRate = learningRate;
        revealed.set(true);
    }

    /** A new learning rate was chosen: while predicting, its results wait for a new guess. */
    void rateChanged() {
        revealed.set(false);
    }

    /**
     * What to say now: how to predict, that training goes on, or the guess against the dead
     * share of {@code run} (null while none is there) when it was trained at the locked rate.
     */
    String verdict(TrainingRun run, boolean training) {
        if (!predicting.get()) {
            return "";
        }
        if (!revealed.get()) {
            return WORDS.get("guess.prompt");
        }
        if (run == null || training || Double.compare(run.config().learningRate(), lockedRate) != 0) {
            return WORDS.format("guess.training", RunSentences.number(lockedRate), percent(lockedGuess));
        }
        if (QuietUnits.nearly(run.config().activation())) {
            return WORDS.format(
                    "guess.nearly",
                    percent(lockedGuess),
                    percent(100 * nearlyDeadShare(run)),
                    ActivationWords.name(run.config().activation()));
        }
        if (!run.silentMeansDead()) {
            return WORDS.format("guess.inactive", percent(lockedGuess), percent(100 * silentShare(run)));
        }
        double actual = 100 * silentShare(run);
        double off = actual - lockedGuess;
        String how = Math.abs(off) < 5
                ? WORDS.get("guess.close")
                : WORDS.format(off > 0 ? "guess.more" : "guess.fewer", percent(Math.abs(off)));
        return WORDS.format(
                "guess.result",
                percent(lockedGuess),
                RunSentences.number(lockedRate),
                percent(actual),
                run.diverged() ? WORDS.get("guess.diverged") : "",
                how);
    }

    /** The share of all hidden units silent at the end, each layer weighted by its width. */
    static double silentShare(TrainingRun run) {
        double silent = 0;
        int units = 0;
        for (int layer = 0; layer < run.hiddenLayers(); layer++) {
            silent += run.silentUnits(run.stepsRun(), layer).cardinality();
            units += run.width(layer);
        }
        return units == 0 ? 0 : silent / units;
    }

    /** The share of all hidden units nearly dead at the end, each layer weighted by its width. */
    static double nearlyDeadShare(TrainingRun run) {
        double nearly = 0;
        int units = 0;
        for (int layer = 0; layer < run.hiddenLayers(); layer++) {
            nearly += run.nearlyDeadUnits(run.stepsRun(), layer).cardinality();
            units += run.width(layer);
        }
        return units == 0 ? 0 : nearly / units;
    }

    /** A percentage rounded half up, for a pattern's {@code {n,number,integer}}. */
    static long percent(double p) {
        return Math.round(p);
    }

    /** The verdict as a binding, for a label. */
    StringBinding verdictBinding(ObservableValue<TrainingRun> run, ObservableBooleanValue training) {
        return Bindings.createStringBinding(
                () -> verdict(run.getValue(), training.get()), run, training, predicting, revealed, guessPercent);
    }
}
