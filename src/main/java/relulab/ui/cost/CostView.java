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
import relulab.cost.BenchKernel;
import relulab.ui.lesson.PresentationRoles;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.DisplaySettings;

/**
 * The "Easy to compute" tab: pick a tensor size, press Run, and see what every activation of the
 * catalogue costs per element on this computer, forward and backward, next to a plain copy of the
 * same bytes.
 *
 * <p>A horizontal bar chart of the members chosen (the chapter's ReLU, sigmoid and tanh at first),
 * one colour per costliest operation (memory, a comparison, a multiplication, an exp, an erf),
 * each category labelled with its work and its value, and the measured ratios in sentences below.
 * The chart is the lesson's picture: it is at least one line of text per bar high, and the
 * explanation folds away in presentation mode.
 */
public final class CostView extends VBox {

    private static final Messages WORDS = Messages.of(CostView.class);
    /** Room for one bar and its label, in em of the labels. */
    private static final double EM_PER_BAR = 1.9;
    /** Room for the value axis, its numbers and its label, in em. */
    private static final double AXIS_EM = 4;
    /** The least height of the chart, in em. */
    private static final double MIN_EM = 12;

    private final CostViewModel model;
    private final NumberAxis valueAxis = new NumberAxis();
    private final CategoryAxis kernelAxis = new CategoryAxis();
    private final WhiskerBarChart chart = new WhiskerBarChart(valueAxis, kernelAxis);

    /**
     * @param model   the tab's state
     * @param display presentation mode, which folds the explanation away so the chart gets its room
     */
    public CostView(CostViewModel model, DisplaySettings display) {
        super(10);
        this.model = model;
        getStyleClass().add("cost-view");
        getStylesheets().add(CostView.class.getResource("cost.css").toExternalForm());
        setPadding(new Insets(16, 24, 16, 24));

        Label title = new Label(WORDS.get("title"));
        title.getStyleClass().add("cost-title");
        // In presentation mode the tab's own title names the lesson: the chart takes the line.
        title.visibleProperty().bind(display.presentationProperty().not());
        title.managedProperty().bind(title.visibleProperty());
        Label explanation = new Label(WORDS.get("explanation"));
        explanation.getStyleClass().add("cost-explanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        PresentationRoles.explanation(explanation, display);

        chart.setId("cost-chart");
        PresentationRoles.picture(chart);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(6);
        // 0 to a round bound above every whisker (ValueScale), set with the bars
        valueAxis.setAutoRanging(false);
        valueAxis.setLowerBound(0);
        valueAxis.setMinorTickVisible(false);
        // a bar's height in em, so that every category label shows, in presentation mode too
        kernelAxis.tickLabelFontProperty().addListener((obs, old, now) -> fitHeight());
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

        getChildren().addAll(title, explanation, controls(), members(), status(display), chart, legend(), ratios);
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

    /**
     * The status line. In presentation mode it says only what matters while it lasts (measuring, or
     * why a run failed): what the bars are is a paragraph for the normal window and the F1 help.
     */
    private Label status(DisplaySettings display) {
        Label status = new Label();
        status.setId("cost-status");
        status.getStyleClass().add("cost-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.setMinHeight(Label.USE_PREF_SIZE);
        status.visibleProperty()
                .bind(display.presentationProperty()
                        .not()
                        .or(model.failedProperty())
                        .or(model.runningProperty()));
        status.managedProperty().bind(status.visibleProperty());
        model.failedProperty().addListener((obs, old, failed) -> {
            if (failed) {
                status.getStyleClass().add("failed");
            } else {
                status.getStyleClass().remove("failed");
            }
        });
        return status;
    }

    /** One entry per colour: the costliest operation of the bars that wear it. */
    private FlowPane legend() {
        FlowPane legend = new FlowPane(18, 4);
        legend.getStyleClass().add("cost-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        for (BenchKernel.Work work : BenchKernel.Work.values()) {
            legend.getChildren().add(swatch(CostBar.styleClass(work), WORDS.get("legend." + work.name())));
        }
        return legend;
    }

    /** The members whose bars the chart shows: the chapter's ReLU, sigmoid and tanh at first. */
    private FlowPane members() {
        FlowPane members = new FlowPane(6, 4);
        members.setAlignment(Pos.CENTER_LEFT);
        members.getChildren().add(new Label(WORDS.get("members")));
        for (String member : CostViewModel.MEMBERS) {
            ToggleButton button = new ToggleButton(KernelWords.shortName(member));
            button.setId("cost-member-" + member.replace(':', '-'));
            button.selectedProperty().bindBidirectional(model.shownProperty(member));
            members.getChildren().add(button);
        }
        members.getStyleClass().add("cost-members");
        return members;
    }

    private static Label swatch(String styleClass, String text) {
        Region square = new Region();
        square.getStyleClass().addAll("legend-swatch", styleClass);
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
        ValueScale scale = ValueScale.covering(bars.stream()
                .mapToDouble(b -> Math.max(b.value(), Math.max(b.low(), b.high())))
                .max()
                .orElse(1));
        valueAxis.setUpperBound(scale.upper());
        valueAxis.setTickUnit(scale.tick());
        kernelAxis.getCategories().clear();
        chart.getData().setAll(List.of(series));
        // the chart sets each bar's style classes when it creates the bar, so colour them after
        for (int i = 0; i < bars.size(); i++) {
            Node node = series.getData().get(bars.size() - 1 - i).getNode();
            node.getStyleClass().add(bars.get(i).styleClass());
        }
        fitHeight();
    }

    /**
     * The chart's least height: {@value #EM_PER_BAR} em per bar (at least {@value #MIN_EM} em),
     * in the size of its category labels, so that every label shows and no bar is a hairline.
     */
    private void fitHeight() {
        double em = kernelAxis.getTickLabelFont().getSize();
        chart.setMinHeight(Math.max(MIN_EM, EM_PER_BAR * model.bars().size() + AXIS_EM) * em);
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
