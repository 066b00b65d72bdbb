package relulab.ui.cost;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import relulab.ui.shared.text.Messages;

/**
 * The "Easy to compute" tab: pick a tensor size, press Run, and see what ReLU, Leaky ReLU,
 * sigmoid and tanh cost per element on this computer, next to a plain copy of the same bytes.
 *
 * <p>A horizontal bar chart, one colour per family (copy, ReLU, Leaky ReLU, exp-bound), each
 * category labelled with its value, and the measured ratios in one sentence below.
 */
public final class CostView extends VBox {

    private static final Messages WORDS = Messages.of(CostView.class);

    private final CostViewModel model;
    private final NumberAxis valueAxis = new NumberAxis();
    private final CategoryAxis kernelAxis = new CategoryAxis();
    private final WhiskerBarChart chart = new WhiskerBarChart(valueAxis, kernelAxis);

    public CostView(CostViewModel model) {
        super(10);
        this.model = model;
        getStyleClass().add("cost-view");
        getStylesheets().add(CostView.class.getResource("cost.css").toExternalForm());
        setPadding(new Insets(16, 24, 16, 24));

        Label title = new Label(WORDS.get("title"));
        title.getStyleClass().add("cost-title");
        Label explanation = new Label(WORDS.get("explanation"));
        explanation.getStyleClass().add("cost-explanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);

        chart.setId("cost-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(6);
        valueAxis.setForceZeroInRange(true);
        valueAxis
                .labelProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.metricProperty().get().axisLabel(), model.metricProperty()));
        VBox.setVgrow(chart, Priority.ALWAYS);
        // Before the first measurement on this computer there is nothing to draw: no empty axes,
        // the status line says what to do.
        chart.visibleProperty().bind(Bindings.isNotEmpty(model.bars()));
        chart.managedProperty().bind(chart.visibleProperty());
        model.bars().addListener((ListChangeListener<CostBar>) change -> showBars());

        Label ratios = new Label();
        ratios.setId("cost-ratios");
        ratios.getStyleClass().add("cost-ratios");
        ratios.setWrapText(true);
        ratios.setMinHeight(Region.USE_PREF_SIZE); // the verdict in full; the chart gives way
        ratios.textProperty().bind(model.ratiosProperty());
        model.busyProperty().addListener((obs, was, busy) -> {
            if (busy) {
                ratios.getStyleClass().add("busy");
            } else {
                ratios.getStyleClass().remove("busy");
            }
        });
        if (model.busyProperty().get()) {
            ratios.getStyleClass().add("busy");
        }
        showBars();

        getChildren().addAll(title, explanation, controls(), status(), chart, legend(), ratios);
    }

    private FlowPane controls() {
        ComboBox<Integer> size = new ComboBox<>();
        size.setId("cost-size");
        size.getItems().setAll(CostViewModel.SIZES);
        size.setConverter(new SizeConverter());
        size.valueProperty().bindBidirectional(model.sizeProperty());
        size.disableProperty().bind(model.runningProperty());

        SegmentedButton metric = new SegmentedButton();
        for (CostMetric m : CostMetric.values()) {
            ToggleButton button = new ToggleButton(m.title());
            button.setUserData(m);
            button.setSelected(m == model.metricProperty().get());
            metric.getButtons().add(button);
        }
        metric.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one metric is always chosen
            } else {
                model.metricProperty().set((CostMetric) now.getUserData());
            }
        });

        Button run = new Button(WORDS.get("run"));
        run.setId("cost-run");
        run.setDefaultButton(true);
        run.setOnAction(e -> model.run());
        Button cancel = new Button(WORDS.get("cancel"));
        cancel.setId("cost-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());

        ProgressBar progress = new ProgressBar();
        progress.setId("cost-progress");
        progress.setPrefWidth(180);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());

        Label sizeLabel = new Label(WORDS.get("size"));
        sizeLabel.setLabelFor(size);
        Label showLabel = new Label(WORDS.get("show"));
        // A flow, not a box: on a narrow window the controls wrap instead of shrinking to "…".
        FlowPane controls =
                new FlowPane(10, 6, together(sizeLabel, size), run, cancel, progress, together(showLabel, metric));
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add("cost-controls");
        return controls;
    }

    /** A label and its control, kept on one row when the controls wrap. */
    private static HBox together(Label label, Node control) {
        HBox pair = new HBox(8, label, control);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private Label status() {
        Label status = new Label();
        status.setId("cost-status");
        status.getStyleClass().add("cost-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.setMinHeight(Label.USE_PREF_SIZE);
        model.failedProperty().addListener((obs, old, failed) -> {
            if (failed) {
                status.getStyleClass().add("failed");
            } else {
                status.getStyleClass().remove("failed");
            }
        });
        return status;
    }

    private FlowPane legend() {
        FlowPane legend = new FlowPane(18, 4);
        legend.getStyleClass().add("cost-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getChildren()
                .addAll(
                        swatch(CostBar.Family.COPY, WORDS.get("legend.copy")),
                        swatch(CostBar.Family.RELU, WORDS.format("legend.relu", KernelWords.activationName("relu"))),
                        swatch(
                                CostBar.Family.LEAKY_RELU,
                                WORDS.format("legend.leaky", KernelWords.activationName("leaky"))),
                        swatch(
                                CostBar.Family.EXP,
                                WORDS.format(
                                        "legend.exp",
                                        KernelWords.activationName("sigmoid"),
                                        KernelWords.activationName("tanh"))));
        return legend;
    }

    private static Label swatch(CostBar.Family family, String text) {
        Region square = new Region();
        square.getStyleClass().addAll("legend-swatch", family.styleClass());
        Label label = new Label(text, square);
        label.getStyleClass().add("legend-entry");
        return label;
    }

    /** Redraws the chart from the model's bars; the first bar (copy) goes on top. */
    private void showBars() {
        CostMetric metric = model.metricProperty().get();
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<CostBar> bars = model.bars();
        for (int i = bars.size() - 1; i >= 0; i--) {
            CostBar bar = bars.get(i);
            XYChart.Data<Number, String> data = new XYChart.Data<>(
                    bar.value(),
                    WORDS.format("bar.category", bar.title(), bar.work(), CostChartData.valueText(bar, metric)));
            data.setExtraValue(new double[] {bar.low(), bar.high()});
            series.getData().add(data);
        }
        kernelAxis.getCategories().clear();
        chart.getData().setAll(List.of(series));
        // the chart sets each bar's style classes when it creates the bar, so colour them after
        for (int i = 0; i < bars.size(); i++) {
            Node node = series.getData().get(bars.size() - 1 - i).getNode();
            node.getStyleClass().add(bars.get(i).family().styleClass());
        }
    }

    /** "8 Mi elements (64 MiB per array)". */
    private static final class SizeConverter extends StringConverter<Integer> {
        @Override
        public String toString(Integer elements) {
            if (elements == null) {
                return "";
            }
            long bytes = (long) elements * Double.BYTES;
            return WORDS.format("size.option", count(elements), count(bytes));
        }

        private static String count(long n) {
            return n >= 1 << 20 ? WORDS.format("size.mebi", n >> 20) : WORDS.format("size.kibi", n >> 10);
        }

        @Override
        public Integer fromString(String text) {
            throw new UnsupportedOperationException("the size is chosen from the list, not typed");
        }
    }
}
