package relulab.ui.gradzero;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import relulab.io.NumberText;
import relulab.ui.lesson.PresentationRoles;
import relulab.ui.shared.GradientAtZeroSwitch;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.DisplaySettings;

/**
 * The ReLU'(0) panel: the switch, a line when the layer is not ReLU now, a plot of ReLU and its derivative with the kink and the chosen
 * value at 0 marked ({@link KinkPlot}), a short note on which value the frameworks use and why
 * the choice matters in float32, and its effect on the current tensors. Text on the left, the
 * plot taking the rest of the width.
 */
public final class GradientAtZeroView extends ScrollPane {

    /** @param display presentation mode folds the paragraphs and the float32 table away: the plot takes their room */
    public GradientAtZeroView(GradientAtZeroViewModel viewModel, DisplaySettings display) {
        Messages messages = Messages.of(GradientAtZeroView.class);
        Label title = new Label(messages.get("title"));
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);

        Label switchLabel = new Label(messages.get("switch"));
        switchLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox switchRow = new HBox(12, switchLabel, new GradientAtZeroSwitch(viewModel.gradientAtZeroProperty()));
        switchRow.getStyleClass().add("switch-row");

        Label effect = new Label();
        effect.setId("relu-prime-zero-effect");
        effect.textProperty().bind(viewModel.effectProperty());
        effect.getStyleClass().addAll("lesson-text", "effect");
        effect.setWrapText(true);
        effect.setMinHeight(Region.USE_PREF_SIZE);

        Label other = text(messages.get("other-activation"));
        other.setId("relu-prime-zero-other-activation");
        other.textProperty().bind(viewModel.otherActivationProperty());
        other.visibleProperty().bind(viewModel.otherActivationProperty().isNotEmpty());
        other.managedProperty().bind(other.visibleProperty());

        VBox text = new VBox(
                14,
                title,
                switchRow,
                other,
                PresentationRoles.explanation(text(messages.get("kink")), display),
                PresentationRoles.explanation(text(messages.get("frameworks")), display),
                PresentationRoles.explanation(text(messages.get("float32")), display),
                PresentationRoles.explanation(float32Table(messages), display),
                effect);
        text.setPrefWidth(520);
        text.getStyleClass().add("text-column");
        KinkPlot plot =
                PresentationRoles.picture(new KinkPlot(viewModel.reluProperty(), viewModel.gradientAtZeroProperty()));
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
        getStylesheets()
                .add(GradientAtZeroView.class.getResource("gradzero.css").toExternalForm());
    }

    /** The float32 examples, computed by the program, as a small table. */
    private static GridPane float32Table(Messages messages) {
        GridPane grid = new GridPane();
        grid.setHgap(28);
        grid.setVgap(4);
        grid.getStyleClass().add("float32-table");
        grid.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(
                0,
                header(messages.get("float32.expression")),
                header(messages.get("float32.float32")),
                header(messages.get("float32.float64")),
                header(messages.get("float32.why")));
        int row = 1;
        for (Float32Zero example : Float32Zero.examples()) {
            grid.addRow(
                    row++,
                    cell(example.expression()),
                    cell(NumberText.forDisplay(example.float32(), 3)),
                    cell(NumberText.forDisplay(example.float64(), 3)),
                    cell(messages.get("float32.why." + example.reason())));
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
