package relulab.ui.workbench;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import relulab.ui.shared.Buttons;
import relulab.ui.shared.text.Messages;

/**
 * The walk-through's controls and its formula, above the grids while a walk is under way (a
 * pink band, so the grids' partly empty state reads as a walk, not as missing results):
 * first, back, play/pause, next, last, the speed and the step unit, and on a line of its own,
 * in large type, what the current step computed with its numbers.
 *
 * <p>Playing is a {@link Timeline} that calls {@link WalkThrough#next()} at the chosen speed
 * and stops at the end; the learner can step by hand at any time. The keys (→ ← Space Home End
 * Esc) are handled by {@link #handleKey}, which the workbench calls from its key filter.
 */
final class WalkThroughBar extends VBox {

    private static final Messages TEXT = Messages.of(WalkThroughBar.class);

    private final WorkbenchViewModel model;
    private final Label progress = new Label();
    private final Label formula = new Label();
    private final Button play = new Button();
    private final Button next = new Button();
    private final Slider speed = new Slider(WalkThrough.MIN_SPEED, WalkThrough.MAX_SPEED, 4);
    private final Label speedLabel = new Label();
    private final ChoiceBox<WalkThrough.Unit> unit = new ChoiceBox<>();
    private final Timeline timeline = new Timeline();
    private WalkThrough walk;

    WalkThroughBar(WorkbenchViewModel model) {
        this.model = model;
        getStyleClass().add("walk-through-bar");
        setId("walk-through-bar");
        Button first = button("walk-first", "walk.first", () -> walk.first());
        Button back = button("walk-back", "walk.back", () -> walk.back());
        play.setId("walk-play");
        play.setOnAction(e -> walk.togglePlaying());
        play.setTooltip(new Tooltip(TEXT.get("walk.play.tooltip")));
        next.setId("walk-next");
        next.setText(TEXT.get("walk.next"));
        next.setOnAction(e -> walk.next());
        next.setTooltip(new Tooltip(TEXT.get("walk.next.tooltip")));
        Button last = button("walk-last", "walk.last", () -> walk.last());
        speed.setId("walk-speed");
        speed.setBlockIncrement(1);
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setSnapToTicks(true);
        speed.setPrefWidth(100);
        speed.setTooltip(new Tooltip(TEXT.format("walk.speed.tooltip", WalkThrough.MIN_SPEED, WalkThrough.MAX_SPEED)));
        speed.setAccessibleText(TEXT.get("walk.speed.accessible"));
        speedLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> TEXT.format("walk.speed.label", Math.round(speed.getValue())), speed.valueProperty()));
        speedLabel.setTooltip(new Tooltip(TEXT.get("walk.speed.label.tooltip")));
        unit.setId("walk-unit");
        unit.getItems().addAll(WalkThrough.Unit.values());
        unit.setConverter(EnumLabels.of("walk.unit"));
        unit.setAccessibleText(TEXT.get("walk.unit.accessible"));
        unit.setTooltip(new Tooltip(TEXT.get("walk.unit.tooltip")));
        Button leave = button("walk-leave", "walk.leave", model::leaveWalkThrough);
        progress.setId("walk-progress");
        progress.getStyleClass().add("walk-progress");
        // A FlowPane, like the toolbar: in presentation mode or on a small screen the controls
        // wrap onto a second row rather than being cut to "Fi…".
        FlowPane controls = new FlowPane(6, 4, first, back, play, next, last, speed, speedLabel, unit, progress, leave);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getChildren().forEach(n -> {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        formula.setId("walk-formula");
        formula.getStyleClass().add("walk-formula");
        formula.setWrapText(true);
        formula.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(controls, formula);
        timeline.setCycleCount(Animation.INDEFINITE);
        speed.valueProperty().addListener(o -> {
            if (walk != null) {
                walk.speedProperty().set((int) Math.round(speed.getValue()));
            }
        });
        managedProperty().bind(visibleProperty());
        model.walkThroughProperty().addListener((o, was, is) -> follow(is));
        follow(model.walkThroughProperty().get());
    }

    /** The walk-through's keys, anywhere in the workbench but on the speed slider; true when the key was one of them. */
    boolean handleKey(KeyEvent e) {
        if (walk == null
                || e.isShortcutDown()
                || e.isAltDown()
                || (e.getTarget() == speed && e.getCode() != KeyCode.ESCAPE)) {
            return false; // the focused speed slider keeps its own keys
        }
        switch (e.getCode()) {
            case RIGHT -> walk.next();
            case LEFT -> walk.back();
            case SPACE -> walk.togglePlaying();
            case HOME -> walk.first();
            case END -> walk.last();
            case ESCAPE -> model.leaveWalkThrough();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Puts the keyboard focus on the bar, so that the keys reach the walk-through at once. */
    void focusNext() {
        next.requestFocus();
    }

    private void follow(WalkThrough now) {
        timeline.stop();
        if (walk != null) {
            unit.valueProperty().unbindBidirectional(walk.unitProperty());
        }
        walk = now;
        setVisible(now != null);
        if (now == null) {
            return;
        }
        progress.textProperty().bind(now.progressProperty());
        formula.textProperty().bind(now.formulaProperty());
        unit.valueProperty().bindBidirectional(now.unitProperty());
        now.speedProperty().set((int) Math.round(speed.getValue()));
        play.textProperty()
                .bind(Bindings.when(now.playingProperty())
                        .then(TEXT.get("walk.pause"))
                        .otherwise(TEXT.get("walk.play")));
        now.speedProperty().addListener(o -> retime(now));
        now.playingProperty().addListener((o, was, is) -> retime(now));
    }

    /** A button with its text {@code key} and tooltip {@code key.tooltip}. */
    private static Button button(String id, String key, Runnable action) {
        return Buttons.of(id, TEXT.get(key), TEXT.get(key + ".tooltip"), action);
    }

    private void retime(WalkThrough of) {
        timeline.stop();
        if (of != walk || !of.playingProperty().get()) {
            return;
        }
        timeline.getKeyFrames()
                .setAll(new KeyFrame(Duration.seconds(1.0 / of.speedProperty().get()), e -> {
                    if (!of.next()) {
                        timeline.stop();
                    }
                }));
        timeline.play();
    }
}
