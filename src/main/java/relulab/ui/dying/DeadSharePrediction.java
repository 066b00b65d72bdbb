package relulab.ui.dying;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import relulab.train.TrainingRun;
import relulab.ui.shared.text.Messages;

/**
 * The dying lab's "predict the dead share" band ({@link DeadShareGuess}): a check box to
 * predict first, a slider for the guess, a Compare button, and the verdict. It hides the
 * results node it is given until the guess is locked in; nothing else of the tab changes.
 */
final class DeadSharePrediction extends VBox {

    private static final Messages WORDS = Messages.of(DeadSharePrediction.class);

    private final DeadShareGuess guess = new DeadShareGuess();

    /**
     * @param learningRate the learning rate chosen in the tab
     * @param run          the newest training run, or null
     * @param training     whether a run is being trained
     * @param results      what stays hidden until the learner has guessed
     */
    DeadSharePrediction(
            ObservableDoubleValue learningRate,
            ObservableValue<TrainingRun> run,
            ObservableBooleanValue training,
            Node results) {
        getStyleClass().add("dead-share-prediction");
        setId("dying-prediction");
        CheckBox predicting = new CheckBox(WORDS.get("predict.check"));
        predicting.setId("dying-predict");
        predicting.selectedProperty().bindBidirectional(guess.predictingProperty());
        Slider slider = new Slider(0, 100, 50);
        slider.setId("dying-guess");
        slider.setBlockIncrement(1); // the arrow keys land on every whole percent
        slider.setMajorTickUnit(25);
        slider.setShowTickLabels(true);
        slider.setShowTickMarks(true);
        slider.setPrefWidth(220);
        slider.setTooltip(new Tooltip(WORDS.get("predict.guess.tooltip")));
        slider.setAccessibleText(WORDS.get("predict.guess.accessible"));
        slider.valueProperty().bindBidirectional(guess.guessPercentProperty());
        Label value = new Label();
        value.setId("dying-guess-value");
        value.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> WORDS.format(
                                "predict.guess.value",
                                DeadShareGuess.percent(slider.getValue()),
                                RunSentences.number(learningRate.get())),
                        slider.valueProperty(),
                        learningRate));
        Button compare = new Button(WORDS.get("predict.compare"));
        compare.setId("dying-compare");
        compare.setTooltip(new Tooltip(WORDS.get("predict.compare.tooltip")));
        compare.setOnAction(e -> guess.compare(learningRate.get()));
        compare.disableProperty().bind(guess.revealedProperty());
        FlowPane guessRow = new FlowPane(10, 4, slider, value, compare);
        guessRow.setAlignment(Pos.CENTER_LEFT);
        guessRow.visibleProperty().bind(guess.predictingProperty());
        guessRow.managedProperty().bind(guessRow.visibleProperty());
        Label verdict = new Label();
        verdict.setId("dying-verdict");
        verdict.getStyleClass().add("prediction-verdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(guess.verdictBinding(run, training));
        verdict.managedProperty().bind(verdict.textProperty().isNotEmpty());
        verdict.visibleProperty().bind(verdict.managedProperty());
        getChildren().addAll(predicting, guessRow, verdict);
        learningRate.addListener(o -> guess.rateChanged());
        results.visibleProperty().bind(guess.resultsShownProperty());
    }
}
