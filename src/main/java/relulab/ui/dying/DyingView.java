package relulab.ui.dying;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import relulab.core.Activation;
import relulab.io.NumberText;
import relulab.train.DatasetKind;
import relulab.train.DeadUnits;
import relulab.train.SweepPoint;
import relulab.train.TrainingRun;
import relulab.ui.shared.activation.ActivationWords;

/**
 * The "Dying ReLU" tab: the learning rate (typed, or on a log slider that snaps to 1-2-5
 * values), the hidden units of a real network trained by SGD (alive, dead or inactive, each
 * with a tooltip), the data with the decision regions and the first layer's lines at the
 * watched step, the dead share over the steps (log step axis, play button), the final dead
 * share against the learning rate, and the remedies side by side.
 *
 * <p>Built in code on a {@link DyingViewModel}; all training runs on the shell's background
 * threads. The lesson calls {@link #start()} when the tab is first shown.
 */
public final class DyingView extends BorderPane {

    static final String EXPLANATION = "The chapter: \u201cReLU units can irreversibly die if you use a big "
            + "learning rate.\u201d A big SGD step can push a unit's weights so far that its pre-activation "
            + "w\u00b7x + b is negative for every training example. Then its output is 0 and its gradient is 0 "
            + "for every example, so SGD never changes its weights again.\n\n"
            + "In the data view, each line is a layer-1 unit's w\u00b7x + b = 0; a dead unit's line (red, "
            + "dashed) has every point on its negative side.\n\n"
            + "Leaky ReLU keeps a small slope (0.01) for negative inputs, so a unit that is negative "
            + "everywhere is only inactive: it still gets a gradient and can recover. A lower rate avoids "
            + "the big steps: compare them under \u201cRemedies\u201d.";

    private static final List<Integer> WIDTHS = List.of(8, 16, 32, 64, 128);
    private static final List<Integer> LAYERS = List.of(1, 2, 3, 4);
    private static final List<Integer> STEPS = List.of(50, 100, 300, 1000);
    /** Scrubber positions per second while playing: the whole log-scaled run in about 6 s. */
    private static final double PLAY_SPEED = 1.0 / 6;
    private static final Duration FRAME = Duration.millis(40);

    private final DyingViewModel vm;
    private final Slider rate = new Slider(DyingViewModel.MIN_LOG_RATE, DyingViewModel.MAX_LOG_RATE, -1);
    private final TextField rateField = new TextField();
    private final Label rateValue = new Label();
    private final Label stepText = new Label();
    private final Label recovery = new Label();
    private final Label divergence = new Label();
    private final Label frozen = new Label();
    private final Label message = new Label();
    private final UnitGrid grid = new UnitGrid();
    private final DecisionView data = new DecisionView(230);
    private final Label dataTitle = new Label();
    private final Slider scrubber = new Slider(0, 1, 1);
    private final Button play = new Button("\u25b6 Play");
    private final Timeline player = new Timeline(new KeyFrame(FRAME, e -> advance()));
    private final LayerChart timeline;
    private final LayerChart sweep;
    private final Label sweepStatus = new Label();
    private final Label sweepNote = new Label();
    private final HBox remedies = new HBox(12);

    /** A view on {@code vm}, which the lesson made. */
    DyingView(DyingViewModel vm) {
        this.vm = vm;
        getStyleClass().add("dying-view");
        getStylesheets().add(DyingView.class.getResource("dying.css").toExternalForm());
        NumberAxis steps = new NumberAxis(0, 1, 0.2);
        steps.setTickLabelFormatter(new StepAxisLabels(() -> currentSteps()));
        steps.setLabel("SGD step (log scale: the first steps, where units die, get room)");
        steps.setMinorTickVisible(false);
        timeline = new LayerChart("Dead units over the steps", steps, "%", "step shown");
        NumberAxis rates = new NumberAxis(DyingViewModel.MIN_LOG_RATE, DyingViewModel.MAX_LOG_RATE, 1);
        rates.setTickLabelFormatter(LogRateLabels.forAxis());
        rates.setLabel("learning rate (log scale)");
        rates.setMinorTickCount(0);
        sweep = new LayerChart("Dead at the end vs learning rate", rates, "% of units", "current rate");
        player.setCycleCount(Timeline.INDEFINITE);
        setLeft(controls());
        setCenter(results());
        setTop(new DeadSharePrediction(vm.learningRateProperty(), vm.runProperty(), vm.trainingProperty(), getCenter()));
        bind();
    }

    private Node controls() {
        Label rateTitle = header("Learning rate");
        rate.setId("dying-rate");
        rate.setShowTickLabels(true);
        rate.setShowTickMarks(true);
        rate.setMajorTickUnit(1);
        rate.setMinorTickCount(0);
        rate.setBlockIncrement(1.0 / 12);
        rate.setLabelFormatter(LogRateLabels.forSlider());
        rate.setTooltip(new Tooltip("The learning rate, on a log scale from 0.001 to 10: it snaps to 1, 2 or 5 "
                + "of a decade when you let go near one, and keeps any other value you drag to"));
        // Room for the end labels "0.001" and "10", centred under the slider's ends.
        rate.setPadding(new Insets(0, 14, 0, 18));
        rateValue.setId("dying-rate-value");
        rateValue.getStyleClass().add("rate-value");
        rateField.setId("dying-rate-field");
        rateField.setPrefColumnCount(6);
        rateField.setText(vm.rateFieldText());
        Runnable commitRate = () -> {
            if (!vm.setLearningRateText(rateField.getText())) {
                rateField.setText(vm.rateFieldText());
            }
        };
        rateField.setOnAction(e -> commitRate.run());
        rateField.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commitRate.run();
            }
        });
        Label typeIt = new Label("Type a rate:");
        typeIt.setMinWidth(Label.USE_PREF_SIZE);
        typeIt.setLabelFor(rateField);
        HBox typed = new HBox(8, typeIt, rateField);
        typed.setAlignment(Pos.CENTER_LEFT);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);  // labels whole; the fields give way
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        form.addRow(row++, new Label("Dataset"), choice("dying-dataset", List.of(DatasetKind.values()), vm.datasetProperty()));
        form.addRow(row++, new Label("Activation"),
                activationChoice());
        form.addRow(row++, new Label("Hidden layers"), intChoice("dying-layers", LAYERS, vm.layersProperty()));
        form.addRow(row++, new Label("Units/layer"), intChoice("dying-width", WIDTHS, vm.widthProperty()));
        form.addRow(row++, new Label("SGD steps"), intChoice("dying-steps", STEPS, vm.stepsProperty()));
        form.addRow(row, new Label("Seed"), seedField());

        message.setId("dying-message");
        message.getStyleClass().add("message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());

        Label why = new Label(EXPLANATION);
        why.setWrapText(true);
        why.getStyleClass().add("explanation");

        VBox box = new VBox(8, rateTitle, rateValue, typed, rate, message, new Separator(), form, new Separator(),
                header("Why a dead unit can't come back"), why);
        box.setPadding(new Insets(10));
        box.setPrefWidth(300);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(300);
        scroll.getStyleClass().add("controls");
        return scroll;
    }

    private Node results() {
        stepText.setId("dying-step-text");
        stepText.getStyleClass().add("step-text");
        recovery.setId("dying-recovery");
        for (Label text : List.of(stepText, recovery)) {
            text.setWrapText(true);
            text.setMinHeight(Label.USE_PREF_SIZE);
        }
        for (Label warning : List.of(divergence, frozen)) {
            warning.getStyleClass().add("divergence");
            warning.setWrapText(true);
            warning.setMinHeight(Label.USE_PREF_SIZE);
            warning.managedProperty().bind(warning.textProperty().isNotEmpty());
            warning.visibleProperty().bind(warning.managedProperty());
        }
        divergence.setId("dying-divergence");
        frozen.setId("dying-frozen");
        grid.setId("dying-grid");
        grid.setDescriber(this::describeUnit);
        grid.setPrefWidth(360);
        grid.setMinWidth(120);

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

        scrubber.setId("dying-scrubber");
        scrubber.setBlockIncrement(0.02);
        play.setId("dying-play");
        play.setMinWidth(Button.USE_PREF_SIZE);
        play.setOnAction(e -> togglePlay());
        Label watch = new Label("Watch step");
        watch.setMinWidth(Label.USE_PREF_SIZE);
        HBox scrub = new HBox(8, play, watch, scrubber);
        scrub.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        timeline.setPrefHeight(230);
        timeline.getStyleClass().add("step-chart");
        VBox.setVgrow(timeline, Priority.ALWAYS);
        // The units, the data and the step chart scroll when the window is too short for them
        // (presentation mode on a small screen) rather than squash the chart flat; the Play bar
        // stays in view under them.
        VBox watched = new VBox(6, units, new UnitLegend(grid), timeline);
        ScrollPane watchScroll = new ScrollPane(watched);
        watchScroll.setFitToWidth(true);
        watchScroll.setFitToHeight(true);
        watchScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        watchScroll.getStyleClass().add("watch-scroll");
        VBox.setVgrow(watchScroll, Priority.ALWAYS);
        VBox watchTab = new VBox(6, watchScroll, scrub);
        watchTab.setPadding(new Insets(6, 0, 0, 0));

        sweepStatus.getStyleClass().add("sweep-status");
        sweepNote.setId("dying-sweep-note");
        sweepNote.setWrapText(true);
        sweepNote.getStyleClass().add("sweep-note");
        sweepNote.setMinHeight(Label.USE_PREF_SIZE);
        VBox sweepTab = new VBox(4, sweep, sweepStatus, sweepNote);
        VBox.setVgrow(sweep, Priority.ALWAYS);
        sweepTab.setPadding(new Insets(6, 0, 0, 0));

        remedies.setId("dying-remedies");
        remedies.setPadding(new Insets(8, 0, 0, 0));
        Label remediesText = new Label("The same seed three ways, each trained to the end: the run as set, "
                + "Leaky ReLU at the same rate, and ReLU at a ten times lower rate.");
        remediesText.setWrapText(true);
        VBox remediesTab = new VBox(6, remediesText, remedies);
        VBox.setVgrow(remedies, Priority.ALWAYS);
        remediesTab.setPadding(new Insets(6, 0, 0, 0));

        TabPane views = new TabPane(tab("Units and data", watchTab, "dying-watch-tab"),
                tab("Learning-rate sweep", sweepTab, "dying-sweep-tab"),
                tab("Remedies side by side", remediesTab, "dying-remedies-tab"));
        views.setId("dying-views");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(views, Priority.ALWAYS);

        VBox center = new VBox(4, stepText, recovery, divergence, frozen, views);
        center.setPadding(new Insets(8, 10, 6, 10));
        return center;
    }

    private static Tab tab(String title, Node content, String id) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    private void bind() {
        rate.valueProperty().bindBidirectional(vm.logLearningRateProperty());
        // Snap to 1-2-5 when the drag ends; while dragging the rate follows the mouse finely.
        rate.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                rate.setValue(RateScale.snap(rate.getValue()));
            }
        });
        rate.setOnMouseReleased(e -> rate.setValue(RateScale.snap(rate.getValue())));
        vm.logLearningRateProperty().addListener((o, was, now) -> {
            rateValue.setText(vm.learningRateText());
            if (!rateField.isFocused()) {
                rateField.setText(vm.rateFieldText());
            }
            sweep.moveMarker(now.doubleValue());
        });
        rateValue.setText(vm.learningRateText());
        vm.runProperty().addListener((o, was, run) -> showRun(run));
        vm.stepProperty().addListener((o, was, now) -> showStep());
        scrubber.valueProperty().addListener((o, was, now) -> {
            TrainingRun run = vm.runProperty().get();
            if (run != null) {
                vm.stepProperty().set(Math.min(run.stepsRun(), RateScale.stepAt(now.doubleValue(), run.config().steps())));
            }
        });
        vm.sweepProperty().addListener((o, was, points) -> showSweep(points));
        vm.snapshotProperty().addListener((o, was, now) -> showSnapshot());
        vm.remediesProperty().addListener((o, was, now) -> showRemedies(now));
        stepText.setText(vm.stepText());
        sweepStatus.setText(vm.sweepText());
    }

    private int currentSteps() {
        TrainingRun run = vm.runProperty().get();
        return run == null ? vm.stepsProperty().get() : run.config().steps();
    }

    private void showRun(TrainingRun run) {
        String word = run.silentMeansDead() ? "dead" : "inactive";
        timeline.chart().setTitle(run.silentMeansDead() ? "Dead units over the steps" : "Inactive units over the steps");
        int steps = run.config().steps();
        List<double[][]> curves = new ArrayList<>();
        for (int l = 0; l < run.hiddenLayers(); l++) {
            double[] f = run.silentFractionByStep(l);
            double[][] points = new double[f.length][];
            for (int k = 0; k < f.length; k++) {
                points[k] = new double[] {RateScale.positionOf(k, steps), 100 * f[k]};
            }
            curves.add(points);
        }
        timeline.xAxis().setTickUnit(0.2);
        timeline.show(curves, RateScale.positionOf(vm.stepProperty().get(), steps), word);
        divergence.setText(vm.divergenceText());
        recovery.setText(vm.recoveryText());
        showStep();
    }

    private void showStep() {
        TrainingRun run = vm.runProperty().get();
        int k = vm.stepProperty().get();
        if (run != null && RateScale.stepAt(scrubber.getValue(), run.config().steps()) != k) {
            scrubber.setValue(RateScale.positionOf(k, run.config().steps()));
        }
        grid.show(run, k);
        if (run != null) {
            timeline.moveMarker(RateScale.positionOf(k, run.config().steps()));
        }
        stepText.setText(vm.stepText());
        frozen.setText(vm.frozenText());
    }

    private void showSnapshot() {
        StepSnapshot s = vm.snapshotProperty().get();
        TrainingRun run = vm.runProperty().get();
        if (s == null || run == null) {
            return;
        }
        BitSet dead = run.silentUnits(Math.min(s.step(), run.stepsRun()), 0);
        data.show(run.data(), s.regions(), s.model(), dead);
        dataTitle.setText(String.format(Locale.ROOT, "Step %d: accuracy %.0f%%; lines: layer-1 units (red = %s)",
                s.step(), 100 * run.accuracy(Math.min(s.step(), run.stepsRun())), run.silentMeansDead() ? "dead" : "inactive"));
    }

    private void showSweep(List<SweepPoint> points) {
        List<double[][]> curves = new ArrayList<>();
        int layers = points.isEmpty() ? 0 : points.get(0).layers();
        List<Double> diverged = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            double[][] curve = new double[points.size()][];
            for (int i = 0; i < points.size(); i++) {
                curve[i] = new double[] {Math.log10(points.get(i).learningRate()), 100 * points.get(i).meanSilentFraction(l)};
            }
            curves.add(curve);
        }
        for (SweepPoint p : points) {
            if (p.diverged() > 0) {
                diverged.add(Math.log10(p.learningRate()));
            }
        }
        boolean dead = DeadUnits.silentMeansDead(vm.activationProperty().get());
        sweep.chart().setTitle((dead ? "Dead" : "Inactive") + " at the end vs learning rate");
        sweep.show(curves, vm.logLearningRateProperty().get(), (dead ? "dead" : "inactive") + ", mean of 3 seeds");
        sweep.showMarks(diverged, "\u2715");
        sweepStatus.setText("Sweep: " + vm.sweepText());
        sweepNote.setText(vm.sweepNote());
    }

    private void showRemedies(List<Remedy> runs) {
        remedies.getChildren().clear();
        for (Remedy r : runs) {
            DecisionView view = new DecisionView(200);
            view.show(r.run().data(), r.regions(), null, null);
            Label title = new Label(r.title());
            title.getStyleClass().add("data-title");
            Label figures = new Label(remedyFigures(r.run()));
            figures.setWrapText(true);
            VBox box = new VBox(4, title, figures, view);
            VBox.setVgrow(view, Priority.ALWAYS);
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setPrefWidth(10);
            box.getStyleClass().add("remedy");
            remedies.getChildren().add(box);
        }
    }

    /** "accuracy 98%; dead: layer 1 0%, layer 2 6%" — or inactive under Leaky ReLU, and divergence. */
    static String remedyFigures(TrainingRun run) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "accuracy %.0f%%; %s:",
                100 * run.trainAccuracy(), run.silentMeansDead() ? "dead" : "inactive"));
        for (int l = 0; l < run.hiddenLayers(); l++) {
            s.append(String.format(Locale.ROOT, " layer %d %.0f%%", l + 1, 100 * run.silentFraction(run.stepsRun(), l)));
        }
        if (run.diverged()) {
            s.append("; diverged at step ").append(run.divergedAt().getAsInt());
        }
        return s.toString();
    }

    /** The tooltip of a unit: its state, since when it is silent, and its pre-activation range at the shown step. */
    String describeUnit(int layer, int unit) {
        TrainingRun run = vm.runProperty().get();
        if (run == null) {
            return "";
        }
        int k = Math.min(vm.stepProperty().get(), run.stepsRun());
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Layer %d, unit %d at step %d: %s", layer + 1,
                unit + 1, k, run.state(k, layer, unit).name().toLowerCase(Locale.ROOT)));
        OptionalInt since = run.silentSince(layer, unit);
        if (since.isPresent()) {
            s.append(String.format(Locale.ROOT, ". %s from step %d to the end", run.silentMeansDead() ? "Dead" : "Inactive",
                    since.getAsInt()));
        }
        StepSnapshot snap = vm.snapshotProperty().get();
        if (snap != null && snap.step() == k) {
            double[] range = snap.ranges()[layer][unit];
            s.append(String.format(Locale.ROOT, ". Its pre-activation w\u00b7x + b runs from %s to %s over the training "
                    + "points", NumberText.forDisplay(range[0], 3), NumberText.forDisplay(range[1], 3)));
            s.append(range[1] <= 0 ? ": never positive." : ".");
        }
        return s.toString();
    }

    private void togglePlay() {
        if (player.getStatus() == Timeline.Status.RUNNING) {
            stopPlaying();
        } else {
            if (scrubber.getValue() >= 1) {
                scrubber.setValue(0);
            }
            play.setText("\u275a\u275a Pause");
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
    private void stopPlaying() {
        player.stop();
        play.setText("\u25b6 Play");
    }

    private TextField seedField() {
        TextField seed = new TextField(vm.seedText());
        seed.setId("dying-seed");
        seed.setPrefColumnCount(7);
        Runnable commit = () -> {
            if (!vm.setSeedText(seed.getText())) {
                seed.setText(vm.seedText());
            }
        };
        seed.setOnAction(e -> commit.run());
        seed.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        vm.seedProperty().addListener((o, was, now) -> seed.setText(vm.seedText()));
        return seed;
    }

    private static <T> ChoiceBox<T> choice(String id, List<T> items, javafx.beans.property.Property<T> property) {
        ChoiceBox<T> box = new ChoiceBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    /** The activation menu: the lesson's offered activations, named with the shared activation words. */
    private ChoiceBox<Activation> activationChoice() {
        ChoiceBox<Activation> box = choice("dying-activation", HiddenActivations.offered(), vm.activationProperty());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Activation f) {
                return f == null ? "" : ActivationWords.name(f);
            }

            @Override
            public Activation fromString(String text) {
                throw new UnsupportedOperationException("the menu is not typed in");
            }
        });
        return box;
    }

    private static ChoiceBox<Integer> intChoice(String id, List<Integer> items, javafx.beans.property.IntegerProperty property) {
        ChoiceBox<Integer> box = new ChoiceBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setValue(property.get());
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                property.set(now);
            }
        });
        property.addListener((o, was, now) -> box.setValue(now.intValue()));
        return box;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.getStyleClass().add("section-header");
        l.setWrapText(true);
        return l;
    }

    /** Trains and sweeps with the first settings: the lesson calls it once, when first shown. */
    public void start() {
        vm.start();
    }

    /** Stops training, sweeping and playing while the tab is hidden. */
    public void pause() {
        stopPlaying();
        vm.pause();
    }

    /** Goes on with what {@link #pause()} stopped. */
    public void resume() {
        vm.resume();
    }

    /** The view model, for tests and for the lesson, which links it to the kept settings. */
    DyingViewModel viewModel() {
        return vm;
    }

    /** The unit grids, for tests. */
    UnitGrid grid() {
        return grid;
    }
}
