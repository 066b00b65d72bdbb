package relulab.ui.gradzero;

import relulab.ui.shared.GradientAtZeroSwitch;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import relulab.io.NumberText;

/**
 * The ReLU'(0) panel: the switch, a plot of ReLU and its derivative with the kink and the chosen
 * value at 0 marked ({@link KinkPlot}), a short note on which value the frameworks use and why
 * the choice matters in float32, and its effect on the current tensors. Text on the left, the
 * plot taking the rest of the width.
 */
public final class GradientAtZeroView extends ScrollPane {

    static final String KINK = "ReLU has a kink at 0: its slope is 0 on the left and 1 on the right, "
            + "so ReLU\u2032(0) is not defined. A program must still pick a value for the cells where x "
            + "is exactly 0.";

    static final String FRAMEWORKS = "PyTorch, TensorFlow and the cs231n notes pick 0 (PyTorch's "
            + "threshold_backward, TensorFlow's ReluGrad, the notes' dx = dout * (x > 0)). "
            + "ReLU Lab uses 0 too, unless you switch here.";

    static final String FLOAT32 = "In float32, exact zeros are everyday inputs: a ReLU turns every "
            + "negative input into 0 for the next layer, padding and sparse data are zeros, and small "
            + "sums cancel or underflow to 0. Computed now:";

    public GradientAtZeroView(GradientAtZeroViewModel viewModel) {
        Label title = new Label("ReLU\u2032(0): the gradient at exactly 0");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);

        Label switchLabel = new Label("ReLU\u2032(0) =");
        switchLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox switchRow = new HBox(12, switchLabel, new GradientAtZeroSwitch(viewModel.gradientAtZeroProperty()));
        switchRow.getStyleClass().add("switch-row");

        Label effect = new Label();
        effect.setId("relu-prime-zero-effect");
        effect.textProperty().bind(viewModel.effectProperty());
        effect.getStyleClass().addAll("lesson-text", "effect");
        effect.setWrapText(true);
        effect.setMinHeight(Region.USE_PREF_SIZE);

        VBox text = new VBox(14, title, switchRow, text(KINK), text(FRAMEWORKS), text(FLOAT32),
                float32Table(), effect);
        text.setPrefWidth(520);
        KinkPlot plot = new KinkPlot(viewModel.gradientAtZeroProperty());
        plot.setMinWidth(260);
        plot.setPrefWidth(520);
        HBox.setHgrow(plot, Priority.ALWAYS);
        HBox.setHgrow(text, Priority.SOMETIMES);
        HBox box = new HBox(28, text, plot);
        box.setPadding(new Insets(20, 28, 20, 28));
        box.getStyleClass().add("gradient-at-zero-view");
        setContent(box);
        setFitToWidth(true);
        setFitToHeight(true);
        getStylesheets().add(GradientAtZeroView.class.getResource("gradzero.css").toExternalForm());
    }

    /** The float32 examples, computed by the program, as a small table. */
    private static GridPane float32Table() {
        GridPane grid = new GridPane();
        grid.setHgap(28);
        grid.setVgap(4);
        grid.getStyleClass().add("float32-table");
        grid.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(0, header("pre-activation"), header("float32"), header("float64"), header("what happens"));
        int row = 1;
        for (Float32Zero example : Float32Zero.examples()) {
            grid.addRow(row++, cell(example.expression()), cell(NumberText.forDisplay(example.float32(), 3)),
                    cell(NumberText.forDisplay(example.float64(), 3)), cell(example.why()));
        }
        return grid;
    }

    private static Label cell(String s) {
        Label label = new Label(s);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label header(String s) {
        Label label = cell(s);
        label.getStyleClass().add("header");
        return label;
    }

    private static Label text(String s) {
        Label label = new Label(s);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("lesson-text");
        return label;
    }
}
