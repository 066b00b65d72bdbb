package relulab.ui.dying;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import relulab.train.TrainingRun;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.DisplaySettings;

/**
 * The bar that chooses the watched step: a log-scaled scrubber ({@link RateScale#stepAt}, so the
 * first steps, where units die, get half its length) and a Play button that runs it through the
 * whole run in about six seconds. It moves the view model's step, and follows it when the step
 * changes for another reason (a new run).
 */
final class StepPlayer extends HBox {

    private static final Messages WORDS = Messages.of(StepPlayer.class);
    /** Scrubber positions per second while playing: the whole log-scaled run in about 6 s. */
    private static final double PLAY_SPEED = 1.0 / 6;

    private static final Duration FRAME = Duration.millis(40);

    private final Slider scrubber = new Slider(0, 1, 1);
    private final Button play = new Button();
    private final Timeline player = new Timeline(new KeyFrame(FRAME, e -> advance()));

    /**
     * @param vm      whose step the bar moves
     * @param display in presentation mode the bar shows {@code stepLine} in place of its own
     *                "Watch step": the tab's step line moves down here, so the pictures keep its row
     * @param stepLine the step line, short
     */
    StepPlayer(DyingViewModel vm, DisplaySettings display, Label stepLine) {
        super(8);
        scrubber.setId("dying-scrubber");
        // Named by its tooltip too: in presentation mode the "Watch step" label gives way.
        scrubber.setTooltip(new Tooltip(WORDS.get("player.watch.tooltip")));
        scrubber.setBlockIncrement(0.02);
        // The arrow keys step one SGD step at a time: on the log scale 0.02 of the track skips
        // dozens of late steps, and a teacher wants to land on the step where a unit died.
        scrubber.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            TrainingRun run = vm.runProperty().get();
            int delta = e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.UP
                    ? 1
                    : e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.DOWN ? -1 : 0;
            if (run != null && delta != 0) {
                vm.stepProperty()
                        .set(Math.max(
                                0, Math.min(run.stepsRun(), vm.stepProperty().get() + delta)));
                e.consume();
            }
        });
        play.setId("dying-play");
        play.setMinWidth(Button.USE_PREF_SIZE);
        play.setOnAction(e -> togglePlay());
        Label watch = new Label(WORDS.get("player.watch"));
        watch.setMinWidth(Label.USE_PREF_SIZE);
        watch.visibleProperty().bind(display.presentationProperty().not());
        watch.managedProperty().bind(watch.visibleProperty());
        stepLine.getStyleClass().add("step-text");
        stepLine.setWrapText(true);
        stepLine.setMinHeight(Label.USE_PREF_SIZE);
        stepLine.visibleProperty().bind(display.presentationProperty());
        stepLine.managedProperty().bind(stepLine.visibleProperty());
        getChildren().addAll(play, watch, stepLine, scrubber);
        setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        player.setCycleCount(Timeline.INDEFINITE);
        stopPlaying();
        scrubber.valueProperty().addListener((o, was, now) -> {
            TrainingRun run = vm.runProperty().get();
            if (run != null) {
                vm.stepProperty()
                        .set(Math.min(
                                run.stepsRun(),
                                RateScale.stepAt(now.doubleValue(), run.config().steps())));
            }
        });
    }

    /** Puts the scrubber at the view model's step, unless it is already at a position showing it. */
    void follow(TrainingRun run, int step) {
        if (run != null && RateScale.stepAt(scrubber.getValue(), run.config().steps()) != step) {
            scrubber.setValue(RateScale.positionOf(step, run.config().steps()));
        }
    }

    private void togglePlay() {
        if (player.getStatus() == Timeline.Status.RUNNING) {
            stopPlaying();
        } else {
            if (scrubber.getValue() >= 1) {
                scrubber.setValue(0);
            }
            play.setText(WORDS.get("player.pause"));
            player.play();
        }
    }

    private void advance() {
        double next = scrubber.getValue() + PLAY_SPEED * FRAME.toSeconds();
        scrubber.setValue(Math.min(1, next));
        if (next >= 1) {
            stopPlaying();
        }
    }

    /** Stops the play animation. */
    void stopPlaying() {
        player.stop();
        play.setText(WORDS.get("player.play"));
    }
}
