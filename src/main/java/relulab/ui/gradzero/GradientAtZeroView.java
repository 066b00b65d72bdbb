package relulab.ui.gradzero;

import relulab.ui.shared.GradientAtZeroSwitch;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import relulab.io.NumberText;

/**
 * The ReLU'(0) panel: the switch, and the note on which value the frameworks use and why the
 * choice matters in float32, with its effect on the current tensors.
 */
public final class GradientAtZeroView extends ScrollPane {

    static final String KINK = "ReLU has a kink at 0: its slope is 0 on the left and 1 on the right, "
            + "so ReLU\u2032(0) is not defined. Any value from 0 to 1 is a valid subgradient, "
            + "but a program must pick one for the cells where x is exactly 0.";

    static final String FRAMEWORKS = "PyTorch, TensorFlow and the cs231n course notes all pick 0. "
            + "PyTorch's ReLU backward is threshold_backward(grad, result, 0), which zeroes the "
            + "gradient wherever the output is \u2264 0; TensorFlow's ReluGrad is "
            + "gradients \u00d7 (features > 0); the notes write dx = dout * (x > 0). "
            + "ReLU Lab uses 0 too, unless you switch here.";

    static final String FLOAT32 = "Why it matters in float32: exact zeros are common, not a "
            + "measure-zero accident. A ReLU outputs exactly 0 for every negative input, so the "
            + "next layer is fed many zeros; max-pooling and zero padding pass them on; sparse "
            + "and quantised inputs are mostly zeros; and a small float32 pre-activation can "
            + "underflow or cancel to exactly 0. At those cells the choice decides whether the "
            + "gradient passes (1), half passes (\u00bd) or none does (0). Computed now:";

    public GradientAtZeroView(GradientAtZeroViewModel viewModel) {
        Label title = new Label("ReLU\u2032(0): the gradient at exactly 0");
        title.getStyleClass().add("lesson-title");

        Label switchLabel = new Label("ReLU\u2032(0) =");
        HBox switchRow = new HBox(12, switchLabel, new GradientAtZeroSwitch(viewModel.gradientAtZeroProperty()));
        switchRow.getStyleClass().add("switch-row");

        Label effect = new Label();
        effect.setId("relu-prime-zero-effect");
        effect.textProperty().bind(viewModel.effectProperty());
        effect.getStyleClass().addAll("lesson-text", "effect");
        effect.setWrapText(true);

        VBox box = new VBox(16, title, switchRow, text(KINK), text(FRAMEWORKS), text(FLOAT32),
                float32Table(), effect);
        box.setPadding(new Insets(20, 28, 20, 28));
        box.setMaxWidth(980);
        box.getStyleClass().add("gradient-at-zero-view");
        setContent(box);
        setFitToWidth(true);
        getStylesheets().add(GradientAtZeroView.class.getResource("gradzero.css").toExternalForm());
    }

    /** The float32 examples, computed by the program, as a small table. */
    private static GridPane float32Table() {
        GridPane grid = new GridPane();
        grid.setHgap(28);
        grid.setVgap(4);
        grid.getStyleClass().add("float32-table");
        grid.addRow(0, header("pre-activation"), header("float32"), header("float64"), header("what happens"));
        int row = 1;
        for (Float32Zero example : Float32Zero.examples()) {
            grid.addRow(row++, new Label(example.expression()),
                    new Label(NumberText.forDisplay(example.float32(), 3)),
                    new Label(NumberText.forDisplay(example.float64(), 3)),
                    new Label(example.why()));
        }
        return grid;
    }

    private static Label header(String s) {
        Label label = new Label(s);
        label.getStyleClass().add("header");
        return label;
    }

    private static Label text(String s) {
        Label label = new Label(s);
        label.setWrapText(true);
        label.getStyleClass().add("lesson-text");
        return label;
    }
}
