package relulab.ui.dying;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import relulab.train.TrainingRun;
import relulab.ui.lesson.PresentationRoles;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.DisplaySettings;

/**
 * The "Units and data" view, where the learner watches units die step by step: the hidden units
 * of every layer ({@link UnitGrid}, each with a tooltip), the data over the decision regions with
 * the first layer's lines at the watched step ({@link DecisionView}), the key to the units, the
 * silent share of each layer over the steps on a log step axis, and the {@link StepPlayer}.
 * The grids, the data and the chart scroll when the window is too short for them (presentation
 * mode on a small screen) rather than squash the chart flat; the player stays in view under them.
 */
final class WatchPane extends VBox {

    private static final Messages WORDS = Messages.of(WatchPane.class);

    private final DyingViewModel vm;
    private final UnitGrid grid = new UnitGrid();
    private final DecisionView data = new DecisionView(230);
    private final Label dataTitle = new Label();
    /** The step line in presentation mode, without the layers' dead counts, which the grids' titles give. */
    private final Label stepLine = new Label();

    private final LayerChart timeline;
    private final StepPlayer player;
    private final UnitLegend legend;

    WatchPane(DyingViewModel vm, DisplaySettings display) {
        super(6);
        this.vm = vm;
        grid.setId("dying-grid");
        grid.setDescriber(vm::describeUnit);
        grid.setPrefWidth(360);
        grid.setMinWidth(120);
        PresentationRoles.picture(grid);
        PresentationRoles.picture(data);

        dataTitle.setId("dying-data-title");
        dataTitle.getStyleClass().add("data-title");
        dataTitle.setWrapText(true);
        dataTitle.setMinHeight(Label.USE_PREF_SIZE);
        data.setId("dying-data");
        VBox dataBox = new VBox(2, dataTitle, data);
        dataBox.setPrefWidth(240);
        dataBox.setMinWidth(160);
        VBox.setVgrow(data, Priority.ALWAYS);
        HBox units = new HBox(10, grid, dataBox);
        HBox.setHgrow(grid, Priority.ALWAYS);
        HBox.setHgrow(dataBox, Priority.ALWAYS);
        VBox.setVgrow(units, Priority.ALWAYS);

        NumberAxis steps = new NumberAxis(0, 1, 0.2);
        steps.setTickLabelFormatter(new StepAxisLabels(this::currentSteps));
        steps.setLabel(WORDS.get("watch.axis.steps"));
        steps.setMinorTickVisible(false);
        timeline = new LayerChart(
                WORDS.get("watch.title.dead"), steps, WORDS.get("watch.axis.share"), WORDS.get("watch.marker"));
        timeline.setPrefHeight(230);
        timeline.getStyleClass().add("step-chart");
        PresentationRoles.picture(timeline);
        VBox.setVgrow(timeline, Priority.ALWAYS);

        units.getStyleClass().add("watch-pictures");
        legend = new UnitLegend(grid);
        legend.showFor(vm.activationProperty().get());
        // The key folds away in presentation mode, for the grids' room: the glyphs differ in shape,
        // and the F1 help's "Colours and marks" keeps the key.
        PresentationRoles.explanation(legend, display);
        VBox watched = new VBox(6, units, legend, timeline);
        ScrollPane watchScroll = ViewScroll.around(watched);
        VBox.setVgrow(watchScroll, Priority.ALWAYS);
        stepLine.setId("dying-player-step");
        player = new StepPlayer(vm, display, stepLine);
        getChildren().addAll(watchScroll, player);
        setPadding(new Insets(6, 0, 0, 0));

        vm.runProperty().addListener((o, was, run) -> showRun(run));
        vm.stepProperty().addListener((o, was, now) -> showStep());
        vm.snapshotProperty().addListener((o, was, now) -> showSnapshot());
    }

    private int currentSteps() {
        TrainingRun run = vm.runProperty().get();
        return run == null ? vm.stepsProperty().get() : run.config().steps();
    }

    private void showRun(TrainingRun run) {
        timeline.setTitle(WORDS.get(QuietUnits.key("watch.title", run)));
        legend.showFor(run.config().activation());
        int steps = run.config().steps();
        List<double[][]> curves = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int l = 0; l < run.hiddenLayers(); l++) {
            double[] f = QuietUnits.byStep(run, l);
            double[][] points = new double[f.length][];
            for (int k = 0; k < f.length; k++) {
                points[k] = new double[] {RateScale.positionOf(k, steps), 100 * f[k]};
            }
            curves.add(points);
            names.add(WORDS.format(QuietUnits.key("watch.key", run), l + 1));
        }
        timeline.xAxis().setTickUnit(0.2);
        timeline.show(curves, names, RateScale.positionOf(vm.stepProperty().get(), steps));
        showStep();
    }

    private void showStep() {
        TrainingRun run = vm.runProperty().get();
        int k = vm.stepProperty().get();
        player.follow(run, k);
        stepLine.setText(vm.stepText(false));
        grid.show(run, k);
        if (run != null) {
            timeline.moveMarker(RateScale.positionOf(k, run.config().steps()));
        }
    }

    private void showSnapshot() {
        StepSnapshot s = vm.snapshotProperty().get();
        TrainingRun run = vm.runProperty().get();
        if (s == null || run == null) {
            return;
        }
        BitSet dead = QuietUnits.at(run, Math.min(s.step(), run.stepsRun()), 0);
        data.show(run.data(), s.regions(), s.model(), dead);
        dataTitle.setText(RunSentences.dataTitle(run, s.step()));
    }

    /** Stops the play animation, as when the tab is hidden. */
    void stopPlaying() {
        player.stopPlaying();
    }

    /** The unit grids, for tests. */
    UnitGrid grid() {
        return grid;
    }
}
