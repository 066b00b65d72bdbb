package relulab.ui.workbench;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import relulab.core.Activation;
import relulab.ui.shared.grid.TensorGrid;

/**
 * One of the five grids with its heading, a line saying what it shows and a footer for
 * counts or notes; heading and line follow the layer's activation. Ids: {@code grid-x},
 * {@code grid-dout}, {@code grid-out}, {@code grid-zeroed}, {@code grid-dx} on the grids,
 * {@code footer-…} on the footers.
 */
final class GridPanel extends VBox {

    private final TensorGrid grid = new TensorGrid();
    private final Label footer = new Label();

    GridPanel(Panel panel, ObservableValue<Activation> activation) {
        String key = panel.symbol();
        getStyleClass().addAll("grid-panel", "grid-panel-" + key);
        Label title = new Label();
        title.textProperty().bind(Bindings.createStringBinding(() -> panel.title(activation.getValue()), activation));
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label explanation = new Label();
        explanation
                .textProperty()
                .bind(Bindings.createStringBinding(() -> panel.explanation(activation.getValue()), activation));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(explanation.textProperty());
        title.setTooltip(tip);
        explanation.getStyleClass().add("panel-explanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        // Presentation mode hides it in CSS; hidden, it gives its room to the grid.
        explanation.managedProperty().bind(explanation.visibleProperty());
        grid.setId("grid-" + key);
        grid.setMinSize(0, 0);
        grid.editableProperty().set(panel.target() != null);
        VBox.setVgrow(grid, Priority.ALWAYS);
        footer.setId("footer-" + key);
        footer.getStyleClass().add("panel-footer");
        footer.setWrapText(true);
        footer.setMinHeight(Region.USE_PREF_SIZE);
        footer.managedProperty().bind(footer.visibleProperty());
        getChildren().addAll(title, explanation, grid, footer);
        setMinSize(0, 0);
    }

    TensorGrid grid() {
        return grid;
    }

    Label footer() {
        return footer;
    }
}
