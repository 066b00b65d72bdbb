package relulab.ui.vanishing;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import relulab.ui.shared.OneOfSwitch;
import relulab.ui.task.Background;
import relulab.train.vanishing.DepthSettings;
import relulab.train.vanishing.GradientProfile;
import relulab.train.vanishing.InitChoice;

/**
 * The vanishing-gradient panel: the stack's depth, width, initialisation and seed, and a chart of
 * the gradient norm at every layer on a log scale, sigmoid, tanh and ReLU side by side.
 */
public final class VanishingView extends BorderPane {

    static final String EXPLANATION = "Backpropagation multiplies the gradient, layer after layer, "
            + "by the activation's slope f\u2032(z) and by the weights.\n\n"
            + "Sigmoid: \u03c3\u2032(z) \u2264 \u00bc, so every layer shrinks the gradient at least "
            + "fourfold; after L layers it is like (\u00bc)\u1d38 \u2014 it vanishes, and the first "
            + "layers stop learning.\n\n"
            + "Tanh: tanh\u2032(z) \u2264 1, and < 1 away from 0: with Xavier it fades more slowly "
            + "than sigmoid; He's larger weights, made for ReLU, can even make it grow.\n\n"
            + "ReLU: the slope is exactly 1 on every active unit, so the gradient passes through "
            + "them unchanged. With He initialisation (std \u221a(2/n)) its size stays level at every "
            + "depth. With Xavier (std \u221a(1/n)) ReLU loses half its energy per layer, because it "
            + "zeroes half the units: that is why ReLU networks use He.\n\n"
            + "Layer 1 is next to the input; a random unit gradient enters above the last layer. "
            + "The three curves share the same weights, input and gradient. Reseed: it is not luck.";

    private static final List<Integer> WIDTHS = List.of(16, 32, 64, 128, 256, 512);

    private final NumberAxis layerAxis = new NumberAxis();
    private final NumberAxis normAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(layerAxis, normAxis);

    /** The panel for the window: experiments on the shell's background threads, results on the FX thread. */
    public static VanishingView create(Background background) {
        return new VanishingView(new VanishingViewModel(background.serial(), background.ui()));
    }

    public VanishingView(VanishingViewModel viewModel) {
        Label title = new Label("\u201cSuffer much less from vanishing gradient on deep models\u201d");
        title.getStyleClass().add("lesson-title");

        SeedField seed = new SeedField(viewModel.seedProperty());
        Label seedError = new Label();
        seedError.setId("vanishing-seed-error");
        seedError.getStyleClass().add("error");
        seedError.textProperty().bind(seed.errorProperty());
        seedError.managedProperty().bind(seedError.textProperty().isNotEmpty());
        setTop(new VBox(10, title, controls(viewModel, seed), seedError));
        buildChart();
        setCenter(chart);

        Label explanation = new Label(EXPLANATION);
        explanation.setWrapText(true);
        explanation.getStyleClass().add("lesson-text");
        VBox side = new VBox(explanation);
        side.setPrefWidth(340);
        side.setMinWidth(280);
        side.setPadding(new Insets(10, 0, 0, 16));
        setRight(side);

        Label message = new Label();
        message.setId("vanishing-message");
        message.setWrapText(true);
        message.getStyleClass().add("message");
        message.textProperty().bind(viewModel.messageProperty());
        setBottom(message);

        viewModel.profilesProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.profiles());
        setPadding(new Insets(14, 20, 14, 20));
        getStyleClass().add("vanishing-view");
        getStylesheets().add(VanishingView.class.getResource("vanishing.css").toExternalForm());
    }

    private HBox controls(VanishingViewModel viewModel, SeedField seed) {
        Slider depth = new Slider(DepthSettings.MIN_DEPTH, DepthSettings.MAX_DEPTH, viewModel.depthProperty().get());
        depth.setId("vanishing-depth");
        depth.setMajorTickUnit(7);
        depth.setMinorTickCount(6);
        depth.setSnapToTicks(true);
        depth.setShowTickMarks(true);
        depth.setPrefWidth(260);
        depth.valueProperty().addListener((obs, old, now) -> viewModel.depthProperty().set(now.intValue()));
        viewModel.depthProperty().addListener((obs, old, now) -> depth.setValue(now.intValue()));
        Label depthValue = new Label();
        depthValue.setId("vanishing-depth-value");
        depthValue.getStyleClass().add("value");
        depthValue.textProperty().bind(viewModel.depthProperty().asString("%d layers"));

        ChoiceBox<Integer> width = new ChoiceBox<>(FXCollections.observableArrayList(WIDTHS));
        width.setId("vanishing-width");
        width.setValue(viewModel.widthProperty().get());
        width.valueProperty().addListener((obs, old, now) -> viewModel.widthProperty().set(now));

        OneOfSwitch<InitChoice> init = new OneOfSwitch<>(viewModel.initProperty(),
                List.of(InitChoice.values()), InitChoice::title, "vanishing-init");
        init.setId("vanishing-init");

        Button reseed = new Button("Reseed");
        reseed.setId("vanishing-reseed");
        reseed.setOnAction(e -> viewModel.reseed());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("vanishing-busy");
        busy.setPrefSize(24, 24);
        busy.visibleProperty().bind(viewModel.busyProperty());

        HBox row = new HBox(12, new Label("Depth"), depth, depthValue, new Label("Width"), width,
                new Label("Init"), init, new Label("Seed"), seed, reseed, busy);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void buildChart() {
        chart.setId("vanishing-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        layerAxis.setLabel("layer (1 = next to the input)");
        layerAxis.setAutoRanging(false);
        layerAxis.setMinorTickVisible(false);
        normAxis.setLabel("gradient norm \u2016\u2202L/\u2202h\u2016 at the layer's input (log scale)");
        normAxis.setAutoRanging(false);
        normAxis.setMinorTickVisible(false);
        normAxis.setTickLabelFormatter(new LogAxisLabels());
    }

    private void show(List<GradientProfile> profiles) {
        if (profiles.isEmpty()) {
            return;
        }
        ChartRange range = ChartRange.of(profiles);
        // Up to 10 layers every layer is labelled; beyond, multiples of 5 from 0 read better.
        boolean few = range.layers() <= 10;
        layerAxis.setLowerBound(few ? 1 : 0);
        layerAxis.setUpperBound(Math.max(2, range.layers()));
        layerAxis.setTickUnit(few ? 1 : 5);
        normAxis.setLowerBound(range.lowerExponent());
        normAxis.setUpperBound(range.upperExponent());
        normAxis.setTickUnit(range.tickUnit());
        chart.getData().setAll(profiles.stream().map(VanishingView::series).toList());
    }

    private static XYChart.Series<Number, Number> series(GradientProfile profile) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(ChartRange.displayName(profile.activation()));
        for (int layer = 1; layer <= profile.depth(); layer++) {
            double norm = profile.norm(layer);
            if (norm > 0 && Double.isFinite(norm)) {
                s.getData().add(new XYChart.Data<>(layer, Math.log10(norm)));
            }
        }
        return s;
    }
}
