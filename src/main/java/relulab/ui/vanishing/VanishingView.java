package relulab.ui.vanishing;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import relulab.io.NumberText;
import relulab.train.vanishing.DepthSettings;
import relulab.train.vanishing.GradientProfile;
import relulab.train.vanishing.InitChoice;
import relulab.ui.shared.OneOfSwitch;
import relulab.ui.shared.text.Messages;

/**
 * The vanishing-gradient panel: the stack's depth, width, initialisation (each activation its
 * recommended one by default, or one for all), input scale and seed; a chart of the gradient
 * norm at every layer on a log scale, sigmoid, tanh and ReLU side by side; the share of
 * saturated units per layer; and the histogram of f′ at a chosen layer.
 */
public final class VanishingView extends BorderPane {

    private static final Messages WORDS = Messages.of(VanishingView.class);
    private static final List<Integer> WIDTHS = List.of(16, 32, 64, 128, 256, 512);

    private final VanishingViewModel viewModel;
    private final NumberAxis layerAxis = new NumberAxis();
    private final NumberAxis normAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(layerAxis, normAxis);
    private final NumberAxis saturationLayers = new NumberAxis();
    private final LineChart<Number, Number> saturation = new LineChart<>(saturationLayers, new NumberAxis(0, 100, 25));
    private final BarChart<String, Number> histogram = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 25));
    private final Spinner<Integer> histogramLayer = new Spinner<>();

    public VanishingView(VanishingViewModel viewModel) {
        this.viewModel = viewModel;
        Label title = new Label(WORDS.get("title"));
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);

        SeedField seed = new SeedField(viewModel.seedProperty());
        Label seedError = new Label();
        seedError.setId("vanishing-seed-error");
        seedError.getStyleClass().add("error");
        seedError.textProperty().bind(seed.errorProperty());
        seedError.managedProperty().bind(seedError.textProperty().isNotEmpty());
        setTop(new VBox(6, title, controls(viewModel, seed), seedError));
        buildCharts();
        VBox charts = new VBox(6, chart, new HBox(10, saturationBox(), histogramBox()));
        VBox.setVgrow(chart, Priority.ALWAYS);
        // Charts keep a height (in em, vanishing.css) at which their axis labels are whole; a short
        // window, or presentation mode's larger type, scrolls them rather than squeezing them.
        ScrollPane scroller = new ScrollPane(charts);
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("side-text");
        setCenter(scroller);

        Label explanation = new Label(WORDS.get("explanation"));
        explanation.setWrapText(true);
        explanation.getStyleClass().add("lesson-text");
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        // A short window scrolls the explanation rather than cutting it with "…".
        ScrollPane side = new ScrollPane(explanation);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.setPrefViewportWidth(270);
        side.setMinWidth(220);
        side.getStyleClass().addAll("side-text", "explanation");
        BorderPane.setMargin(side, new Insets(6, 0, 0, 12));
        setRight(side);

        Label message = new Label();
        message.setId("vanishing-message");
        message.setWrapText(true);
        message.setMinHeight(Label.USE_PREF_SIZE);
        message.getStyleClass().add("message");
        message.textProperty().bind(viewModel.messageProperty());
        setBottom(message);

        viewModel.profilesProperty().addListener((obs, old, now) -> show(now));
        viewModel.histogramLayerProperty().addListener((obs, old, now) -> showHistogram(viewModel.profiles()));
        show(viewModel.profiles());
        setPadding(new Insets(10, 16, 10, 16));
        getStyleClass().add("vanishing-view");
        getStylesheets().add(VanishingView.class.getResource("vanishing.css").toExternalForm());
    }

    private FlowPane controls(VanishingViewModel viewModel, SeedField seed) {
        Slider depth = new Slider(
                DepthSettings.MIN_DEPTH,
                DepthSettings.MAX_DEPTH,
                viewModel.depthProperty().get());
        depth.setId("vanishing-depth");
        depth.setMajorTickUnit(7);
        depth.setMinorTickCount(6);
        depth.setSnapToTicks(true);
        depth.setShowTickMarks(true);
        depth.setPrefWidth(180);
        depth.valueProperty()
                .addListener((obs, old, now) -> viewModel.depthProperty().set(now.intValue()));
        viewModel.depthProperty().addListener((obs, old, now) -> depth.setValue(now.intValue()));
        Label depthValue = new Label();
        depthValue.setId("vanishing-depth-value");
        depthValue.getStyleClass().add("value");
        depthValue
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> WORDS.format(
                                "depth.value", viewModel.depthProperty().get()),
                        viewModel.depthProperty()));

        ChoiceBox<Integer> width = new ChoiceBox<>(FXCollections.observableArrayList(WIDTHS));
        width.setId("vanishing-width");
        width.setValue(viewModel.widthProperty().get());
        width.valueProperty()
                .addListener((obs, old, now) -> viewModel.widthProperty().set(now));
        viewModel.widthProperty().addListener((obs, old, now) -> width.setValue(now.intValue()));

        OneOfSwitch<InitChoice> init = new OneOfSwitch<>(
                viewModel.initProperty(), List.of(InitChoice.values()), VanishingView::initTitle, "vanishing-init");
        init.setId("vanishing-init");

        // log10 of the input scale, so that 1, 10 and 100 are evenly spaced
        Slider scale =
                new Slider(0, 2, Math.log10(viewModel.inputScaleProperty().get()));
        scale.setId("vanishing-input-scale");
        scale.setPrefWidth(140);
        scale.setMajorTickUnit(1);
        scale.setMinorTickCount(0);
        scale.setShowTickMarks(true);
        scale.valueProperty()
                .addListener((obs, old, now) -> viewModel.inputScaleProperty().set(inputScale(now.doubleValue())));
        viewModel.inputScaleProperty().addListener((obs, old, now) -> scale.setValue(Math.log10(now.doubleValue())));
        Label scaleValue = new Label();
        scaleValue.setId("vanishing-input-scale-value");
        scaleValue.getStyleClass().add("value");
        scaleValue
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> WORDS.format(
                                "scale.value",
                                String.format(
                                        Locale.ROOT,
                                        "%.3g",
                                        viewModel.inputScaleProperty().get())),
                        viewModel.inputScaleProperty()));

        Button reseed = new Button(WORDS.get("reseed"));
        reseed.setId("vanishing-reseed");
        reseed.setOnAction(e -> viewModel.reseed());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("vanishing-busy");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(viewModel.busyProperty());

        // A flow, not a box: on a narrow window the controls wrap instead of shrinking to "…".
        FlowPane row = new FlowPane(
                12,
                6,
                group(new Label(WORDS.get("depth")), depth, depthValue),
                group(new Label(WORDS.get("width")), width),
                group(new Label(WORDS.get("init")), init),
                group(new Label(WORDS.get("scale")), scale, scaleValue),
                group(new Label(WORDS.get("seed")), seed, reseed, busy));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The input scale at slider position {@code log}: three significant digits, between 1 and 100. */
    static double inputScale(double log) {
        double k = Double.parseDouble(String.format(Locale.ROOT, "%.3g", Math.pow(10, log)));
        return Math.max(DepthSettings.MIN_INPUT_SCALE, Math.min(DepthSettings.MAX_INPUT_SCALE, k));
    }

    private static String initTitle(InitChoice choice) {
        return WORDS.get("init.choice." + choice.name());
    }

    private static HBox group(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private VBox saturationBox() {
        Label caption = new Label(
                WORDS.format("saturation.caption", NumberText.forDisplay(GradientProfile.SATURATED_SLOPE, 2)));
        caption.setWrapText(true);
        caption.setMinHeight(Label.USE_PREF_SIZE);
        caption.getStyleClass().add("caption");
        return halfWidth(caption, saturation);
    }

    private VBox histogramBox() {
        histogramLayer.setId("vanishing-histogram-layer");
        histogramLayer.setValueFactory(
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, VanishingViewModel.DEFAULT_DEPTH, 1));
        histogramLayer.setPrefWidth(80);
        histogramLayer.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.histogramLayerProperty().set(now);
            }
        });
        viewModel
                .histogramLayerProperty()
                .addListener((obs, old, now) -> histogramLayer.getValueFactory().setValue(now.intValue()));
        Label caption = new Label(WORDS.get("histogram.caption"));
        caption.getStyleClass().add("caption");
        HBox head = new HBox(6, caption, histogramLayer);
        head.setAlignment(Pos.CENTER_LEFT);
        return halfWidth(head, histogram);
    }

    /** A heading over a chart, in a box that shares the row equally with its neighbour. */
    private static VBox halfWidth(Node heading, Node chart) {
        VBox box = new VBox(2, heading, chart);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(10);
        return box;
    }

    private void buildCharts() {
        chart.setId("vanishing-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setMinHeight(180);
        layerAxis.setLabel(WORDS.get("chart.layers"));
        layerAxis.setAutoRanging(false);
        layerAxis.setMinorTickVisible(false);
        normAxis.setLabel(WORDS.get("chart.norm"));
        normAxis.setAutoRanging(false);
        normAxis.setMinorTickVisible(false);
        normAxis.setTickLabelFormatter(new LogAxisLabels());

        saturation.setId("vanishing-saturation");
        saturation.setAnimated(false);
        saturation.setCreateSymbols(false);
        saturation.setLegendVisible(false);
        saturation.setPrefHeight(190);
        saturation.setMinHeight(150);
        saturationLayers.setAutoRanging(false);
        saturationLayers.setMinorTickVisible(false);
        saturationLayers.setLabel(WORDS.get("saturation.layers"));
        saturation.getYAxis().setLabel(WORDS.get("units.percent"));

        histogram.setId("vanishing-histogram");
        histogram.setAnimated(false);
        histogram.setLegendVisible(false);
        histogram.setBarGap(0);
        histogram.setCategoryGap(4);
        histogram.setPrefHeight(190);
        histogram.setMinHeight(150);
        histogram.getXAxis().setLabel(WORDS.format("histogram.bins", binLabel(1)));
        histogram.getXAxis().setTickLabelRotation(0);
        histogram.getYAxis().setLabel(WORDS.get("units.percent"));
    }

    private void show(List<GradientProfile> profiles) {
        if (profiles.isEmpty()) {
            return;
        }
        ChartRange range = ChartRange.of(profiles);
        // Up to 10 layers every layer is labelled; beyond, multiples of 5 from 0 read better.
        boolean few = range.layers() <= 10;
        for (NumberAxis axis : List.of(layerAxis, saturationLayers)) {
            axis.setLowerBound(few ? 1 : 0);
            axis.setUpperBound(Math.max(2, range.layers()));
            axis.setTickUnit(few ? 1 : 5);
        }
        normAxis.setLowerBound(range.lowerExponent());
        normAxis.setUpperBound(range.upperExponent());
        normAxis.setTickUnit(range.tickUnit());
        chart.getData().setAll(profiles.stream().map(VanishingView::normSeries).toList());
        saturation
                .getData()
                .setAll(profiles.stream().map(VanishingView::saturationSeries).toList());
        SpinnerValueFactory.IntegerSpinnerValueFactory layers =
                (SpinnerValueFactory.IntegerSpinnerValueFactory) histogramLayer.getValueFactory();
        layers.setMax(profiles.get(0).depth());
        showHistogram(profiles);
    }

    private void showHistogram(List<GradientProfile> profiles) {
        if (profiles.isEmpty()) {
            return;
        }
        int layer = Math.min(
                viewModel.histogramLayerProperty().get(), profiles.get(0).depth());
        histogram
                .getData()
                .setAll(profiles.stream().map(p -> histogramSeries(p, layer)).toList());
    }

    private static XYChart.Series<Number, Number> normSeries(GradientProfile profile) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(WORDS.format(
                "chart.series",
                ProfileWords.activation(profile),
                WORDS.get("initialisation." + profile.init().name())));
        for (int layer = 1; layer <= profile.depth(); layer++) {
            double norm = profile.norm(layer);
            if (norm > 0 && Double.isFinite(norm)) {
                s.getData().add(new XYChart.Data<>(layer, Math.log10(norm)));
            }
        }
        return s;
    }

    private static XYChart.Series<Number, Number> saturationSeries(GradientProfile profile) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(ProfileWords.activation(profile));
        for (int layer = 1; layer <= profile.depth(); layer++) {
            s.getData().add(new XYChart.Data<>(layer, 100 * profile.saturatedShare(layer)));
        }
        return s;
    }

    private static XYChart.Series<String, Number> histogramSeries(GradientProfile profile, int layer) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(ProfileWords.activation(profile));
        int[] counts = profile.slopeHistogram(layer);
        double units = profile.slopes(layer).length;
        for (int b = 0; b < counts.length; b++) {
            s.getData().add(new XYChart.Data<>(binLabel(b), 100 * counts[b] / units));
        }
        return s;
    }

    /** "0", "0.1", … "0.9": each bin by its lower edge. */
    static String binLabel(int bin) {
        return NumberText.forDisplay(bin / (double) GradientProfile.HISTOGRAM_BINS, 1);
    }
}
