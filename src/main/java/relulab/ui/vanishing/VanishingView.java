package relulab.ui.vanishing;

import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import relulab.io.NumberText;
import relulab.train.vanishing.GradientProfile;
import relulab.train.vanishing.VanishingExperiment;
import relulab.ui.lesson.PresentationRoles;
import relulab.ui.shared.WholeLabelLineChart;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.DisplaySettings;

/**
 * The vanishing-gradient panel: the stack's controls ({@link StackControls}); a chart of the
 * gradient norm at every layer on a log scale, sigmoid, tanh and ReLU side by side and the rest of
 * the family beside them when their legend entries ({@link FamilyLegend}) are clicked; the share
 * of saturated units per layer; and the histogram of f′ at a chosen layer. The charts are the
 * lesson's pictures; the explanation beside them folds away in presentation mode.
 */
public final class VanishingView extends BorderPane {

    private static final Messages WORDS = Messages.of(VanishingView.class);

    private final VanishingViewModel viewModel;
    private final NumberAxis layerAxis = new NumberAxis();
    private final NumberAxis normAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new WholeLabelLineChart<>(layerAxis, normAxis, 180);
    private final NumberAxis saturationLayers = new NumberAxis();
    private final LineChart<Number, Number> saturation = new LineChart<>(saturationLayers, new NumberAxis(0, 100, 25));
    private final BarChart<String, Number> histogram = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 25));
    private final Spinner<Integer> histogramLayer = new Spinner<>();

    /**
     * @param viewModel the lesson's state
     * @param display   presentation mode, which folds the explanation away so the charts get its room
     */
    public VanishingView(VanishingViewModel viewModel, DisplaySettings display) {
        this.viewModel = viewModel;
        Label title = new Label(WORDS.get("title"));
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);

        StackControls controls = new StackControls(viewModel);
        Label fieldError = new Label();
        fieldError.setId("vanishing-seed-error");
        fieldError.getStyleClass().add("error");
        fieldError.textProperty().bind(controls.error());
        fieldError.managedProperty().bind(fieldError.textProperty().isNotEmpty());
        setTop(new VBox(6, title, controls, fieldError));
        buildCharts();
        VBox charts = new VBox(
                6,
                PresentationRoles.picture(chart),
                new FamilyLegend(viewModel, display),
                new HBox(10, saturationBox(), histogramBox()));
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
        // In presentation mode the paragraphs fold away (they are in the F1 help) and the charts take the width.
        setRight(PresentationRoles.explanation(side, display));

        Label message = new Label();
        message.setId("vanishing-message");
        message.setWrapText(true);
        message.setMinHeight(Label.USE_PREF_SIZE);
        message.getStyleClass().add("message");
        // In presentation mode only the numbers (the verdict's first line) stay under the charts:
        // the sentences are a paragraph, and the teacher speaks them.
        message.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> display.isPresentation()
                                ? viewModel
                                        .messageProperty()
                                        .get()
                                        .lines()
                                        .findFirst()
                                        .orElse("")
                                : viewModel.messageProperty().get(),
                        viewModel.messageProperty(),
                        display.presentationProperty()));
        setBottom(message);

        viewModel.profilesProperty().addListener((obs, old, now) -> show(now));
        viewModel.histogramLayerProperty().addListener((obs, old, now) -> showHistogram(viewModel.profiles()));
        for (int i = 0; i < VanishingExperiment.FAMILY.size(); i++) {
            viewModel.shownProperty(i).addListener((obs, old, now) -> show(viewModel.profiles()));
        }
        show(viewModel.profiles());
        setPadding(new Insets(10, 16, 10, 16));
        getStyleClass().add("vanishing-view");
        getStylesheets().add(VanishingView.class.getResource("vanishing.css").toExternalForm());
    }

    /** The style class that gives member {@code index} of the family its colour, in lines, bars and legend. */
    static String memberStyle(int index) {
        return "member-" + index;
    }

    private VBox saturationBox() {
        Label caption = new Label(
                WORDS.format("saturation.caption", NumberText.forDisplay(GradientProfile.SATURATED_SLOPE, 2)));
        caption.setWrapText(true);
        caption.setMinHeight(Label.USE_PREF_SIZE);
        caption.getStyleClass().add("caption");
        return halfWidth(caption, PresentationRoles.picture(saturation));
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
        return halfWidth(head, PresentationRoles.picture(histogram));
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
        chart.setLegendVisible(false); // FamilyLegend: its entries show and hide the members
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

    /** Draws the members shown; the axes fit their numbers. */
    private void show(List<GradientProfile> profiles) {
        if (profiles.isEmpty()) {
            return;
        }
        List<Integer> members = shownMembers(profiles);
        ChartRange range = ChartRange.of(
                members.isEmpty()
                        ? profiles
                        : members.stream().map(profiles::get).toList());
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
        chart.getData()
                .setAll(members.stream().map(i -> normSeries(profiles.get(i))).toList());
        saturation
                .getData()
                .setAll(members.stream()
                        .map(i -> saturationSeries(profiles.get(i)))
                        .toList());
        colour(chart, members);
        colour(saturation, members);
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
        List<Integer> members = shownMembers(profiles);
        histogram
                .getData()
                .setAll(members.stream()
                        .map(i -> histogramSeries(profiles.get(i), layer))
                        .toList());
        for (int s = 0; s < members.size(); s++) {
            for (XYChart.Data<String, Number> bar : histogram.getData().get(s).getData()) {
                bar.getNode().getStyleClass().add(memberStyle(members.get(s)));
            }
        }
    }

    /** The indexes in the family of the members shown. */
    private List<Integer> shownMembers(List<GradientProfile> profiles) {
        List<Boolean> shown = viewModel.shown();
        return IntStream.range(0, profiles.size()).filter(shown::get).boxed().toList();
    }

    /** Gives each line its member's colour: the chart numbers its series by position, not by member. */
    private static void colour(LineChart<Number, Number> lines, List<Integer> members) {
        for (int s = 0; s < members.size(); s++) {
            lines.getData().get(s).getNode().getStyleClass().add(memberStyle(members.get(s)));
        }
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
