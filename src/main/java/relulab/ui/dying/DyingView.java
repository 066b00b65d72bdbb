package relulab.ui.dying;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import relulab.ui.task.Background;
import relulab.train.DatasetKind;
import relulab.train.SweepPoint;
import relulab.train.TrainingRun;

/**
 * The "Dying ReLU" tab: a learning-rate slider on a log scale, the hidden units of a real
 * network trained by SGD (alive, dead or inactive), the dead share over the steps with a
 * scrubber, and the final dead share against the learning rate.
 *
 * <p>Built in code on a {@link DyingViewModel}. Training runs on a background thread and the
 * sweep on a pool of two; the view starts them the first time its tab is shown, so a window
 * opened on another tab does no training.
 */
public final class DyingView extends BorderPane {

    static final String EXPLANATION = "The chapter: \u201cReLU units can irreversibly die if you use a big "
            + "learning rate.\u201d A big SGD step can push a unit's weights so far that its pre-activation "
            + "w\u00b7x + b is negative for every training example. Then its output is 0 and its gradient is 0 "
            + "for every example, so SGD never changes its weights again: it can't come back.\n\n"
            + "Leaky ReLU keeps a small slope (0.01) for negative inputs, so a unit that is negative "
            + "everywhere is only inactive: it still gets a gradient and can recover.\n\n"
            + "Deeper units see the outputs of the layer below, which keep changing, so a dead unit of "
            + "layer 2 now and then revives; a dead unit of layer 1 sees fixed data and never does.";

    private static final List<Integer> WIDTHS = List.of(8, 16, 32, 64, 128);
    private static final List<Integer> LAYERS = List.of(1, 2, 3, 4);
    private static final List<Integer> STEPS = List.of(50, 100, 300, 1000);

    private final DyingViewModel vm;
    private final Slider rate = new Slider(DyingViewModel.MIN_LOG_RATE, DyingViewModel.MAX_LOG_RATE, -1);
    private final Label rateValue = new Label();
    private final Label stepText = new Label();
    private final Label recovery = new Label();
    private final Label divergence = new Label();
    private final Label message = new Label();
    private final UnitGrid grid = new UnitGrid();
    private final Slider scrubber = new Slider(0, 300, 300);
    private final LayerChart timeline;
    private final LayerChart sweep;
    private final Label sweepStatus = new Label();

    /** A view whose training and sweeps run on the shell's background threads. */
    public DyingView(Background background) {
        this(new DyingViewModel(background.serial(), background.serial(), background.parallel(), background.ui()));
        background.onClose(vm::stop);
    }

    DyingView(DyingViewModel vm) {
        this.vm = vm;
        getStyleClass().add("dying-view");
        getStylesheets().add(DyingView.class.getResource("dying.css").toExternalForm());
        timeline = new LayerChart("Dead units over the steps", new NumberAxis(0, 300, 50), "% of units",
                "step shown in the grids");
        timeline.xAxis().setLabel("SGD step");
        NumberAxis rates = new NumberAxis(DyingViewModel.MIN_LOG_RATE, DyingViewModel.MAX_LOG_RATE, 1);
        rates.setTickLabelFormatter(LogRateLabels.forAxis());
        rates.setLabel("learning rate (log scale)");
        rates.setMinorTickCount(0);
        sweep = new LayerChart("Dead at the end vs learning rate", rates, "% of units", "current rate");
        setLeft(controls());
        setCenter(results());
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
        // Room for the end labels "0.001" and "10", centred under the slider's ends.
        rate.setPadding(new Insets(0, 14, 0, 18));
        rateValue.setId("dying-rate-value");
        rateValue.getStyleClass().add("rate-value");

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        form.addRow(row++, new Label("Dataset"), choice("dying-dataset", List.of(DatasetKind.values()), vm.datasetProperty()));
        form.addRow(row++, new Label("Activation"),
                choice("dying-activation", List.of(HiddenActivation.values()), vm.activationProperty()));
        form.addRow(row++, new Label("Hidden layers"), intChoice("dying-layers", LAYERS, vm.layersProperty()));
        form.addRow(row++, new Label("Units per layer"), intChoice("dying-width", WIDTHS, vm.widthProperty()));
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

        VBox box = new VBox(10, rateTitle, rateValue, rate, new Separator(), form, message, new Separator(),
                header("Why a dead unit can't come back"), why);
        box.setPadding(new Insets(12));
        box.setPrefWidth(330);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(330);
        scroll.getStyleClass().add("controls");
        return scroll;
    }

    private Node results() {
        stepText.setId("dying-step-text");
        stepText.getStyleClass().add("step-text");
        recovery.setId("dying-recovery");
        divergence.setId("dying-divergence");
        divergence.getStyleClass().add("divergence");
        divergence.setWrapText(true);
        divergence.managedProperty().bind(divergence.textProperty().isNotEmpty());
        divergence.visibleProperty().bind(divergence.managedProperty());
        grid.setId("dying-grid");

        scrubber.setId("dying-scrubber");
        scrubber.setBlockIncrement(1);
        Label watch = new Label("Watch step");
        HBox scrub = new HBox(8, watch, scrubber);
        scrub.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        VBox timelineBox = new VBox(4, timeline, scrub);
        VBox.setVgrow(timeline, Priority.ALWAYS);

        sweepStatus.getStyleClass().add("sweep-status");
        VBox sweepBox = new VBox(4, sweep, sweepStatus);
        VBox.setVgrow(sweep, Priority.ALWAYS);

        HBox charts = new HBox(12, timelineBox, sweepBox);
        HBox.setHgrow(timelineBox, Priority.ALWAYS);
        HBox.setHgrow(sweepBox, Priority.ALWAYS);
        timelineBox.setPrefWidth(10);
        sweepBox.setPrefWidth(10);
        charts.setPrefHeight(380);
        VBox.setVgrow(charts, Priority.ALWAYS);
        VBox.setVgrow(grid, Priority.SOMETIMES);

        VBox center = new VBox(6, stepText, recovery, divergence, grid, new UnitLegend(), charts);
        center.setPadding(new Insets(10, 12, 8, 12));
        return center;
    }

    private void bind() {
        rate.valueProperty().bindBidirectional(vm.logLearningRateProperty());
        vm.logLearningRateProperty().addListener((o, was, now) -> {
            rateValue.setText(vm.learningRateText());
            sweep.moveMarker(now.doubleValue());
        });
        rateValue.setText(vm.learningRateText());
        vm.runProperty().addListener((o, was, run) -> showRun(run));
        vm.stepProperty().addListener((o, was, now) -> showStep());
        scrubber.valueProperty().addListener((o, was, now) -> vm.stepProperty().set((int) Math.round(now.doubleValue())));
        vm.sweepProperty().addListener((o, was, points) -> showSweep(points));
        stepText.setText(vm.stepText());
        sweepStatus.setText(vm.sweepText());
    }

    private void showRun(TrainingRun run) {
        scrubber.setMax(Math.max(1, run.stepsRun()));
        NumberAxis steps = timeline.xAxis();
        steps.setUpperBound(run.config().steps());
        steps.setTickUnit(Math.max(1, run.config().steps() / 6));
        String word = run.silentMeansDead() ? "dead" : "inactive";
        timeline.chart().setTitle(run.silentMeansDead() ? "Dead units over the steps" : "Inactive units over the steps");
        List<double[][]> curves = new ArrayList<>();
        for (int l = 0; l < run.hiddenLayers(); l++) {
            double[] f = run.silentFractionByStep(l);
            double[][] points = new double[f.length][];
            for (int k = 0; k < f.length; k++) {
                points[k] = new double[] {k, 100 * f[k]};
            }
            curves.add(points);
        }
        timeline.show(curves, vm.stepProperty().get(), word);
        divergence.setText(vm.divergenceText());
        recovery.setText(vm.recoveryText());
        showStep();
    }

    private void showStep() {
        TrainingRun run = vm.runProperty().get();
        int k = vm.stepProperty().get();
        if (scrubber.getValue() != k) {
            scrubber.setValue(k);
        }
        grid.show(run, k);
        timeline.moveMarker(k);
        stepText.setText(vm.stepText());
    }

    private void showSweep(List<SweepPoint> points) {
        List<double[][]> curves = new ArrayList<>();
        int layers = points.isEmpty() ? 0 : points.get(0).layers();
        for (int l = 0; l < layers; l++) {
            double[][] curve = new double[points.size()][];
            for (int i = 0; i < points.size(); i++) {
                curve[i] = new double[] {Math.log10(points.get(i).learningRate()), 100 * points.get(i).meanSilentFraction(l)};
            }
            curves.add(curve);
        }
        boolean dead = vm.activationProperty().get() == HiddenActivation.RELU;
        sweep.chart().setTitle((dead ? "Dead" : "Inactive") + " at the end vs learning rate");
        sweep.show(curves, vm.logLearningRateProperty().get(), (dead ? "dead" : "inactive") + ", mean of 3 seeds");
        sweepStatus.setText("Sweep: " + vm.sweepText());
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
        l.getStyleClass().add("section-header");
        return l;
    }

    /** Trains and sweeps with the first settings: the lesson calls it once, when first shown. */
    public void start() {
        vm.start();
    }

    /** The view model, for tests. */
    DyingViewModel viewModel() {
        return vm;
    }

    /** The unit grids, for tests. */
    UnitGrid grid() {
        return grid;
    }
}
