package relulab.ui.workbench;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import relulab.core.Activation;
import relulab.ui.shared.grid.CellSizeLink;
import relulab.ui.shared.grid.TensorGrid;

/**
 * One of the five grids with its heading, a line saying what it shows and a footer for
 * counts or notes; heading and line follow the layer's activation. Ids: {@code grid-x},
 * {@code grid-dout}, {@code grid-out}, {@code grid-zeroed}, {@code grid-dx} on the grids,
 * {@code footer-…} on the footers. The grid panels placed in one container share their cell
 * size ({@link CellSizeLink}): a tensor is drawn at the same cells in every panel that shows it.
 */
final class GridPanel extends VBox {

    /** Set while the panel's words would cost the grid its numbers: they then fold away (grid-panel.css). */
    private static final PseudoClass CRAMPED = PseudoClass.getPseudoClass("cramped");
    /** Set while even the footer's result must fold away for the grid to print its numbers. */
    private static final PseudoClass BARE = PseudoClass.getPseudoClass("bare");

    private final TensorGrid grid = new TensorGrid();
    private final Label footer = new Label();
    private final Label title = new Label();
    private final Label explanation = new Label();

    GridPanel(Panel panel, ObservableValue<Activation> activation) {
        String key = panel.symbol();
        getStyleClass().addAll("grid-panel", "grid-panel-" + key);
        getStylesheets().add(GridPanel.class.getResource("grid-panel.css").toExternalForm());
        title.textProperty().bind(Bindings.createStringBinding(() -> panel.title(activation.getValue()), activation));
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
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
        // The panels of one grid area draw one tensor at one cell size (CellSizeLink).
        parentProperty()
                .addListener(
                        (o, was, area) -> grid.cellSizeLinkProperty().set(area == null ? null : CellSizeLink.of(area)));
    }

    /**
     * Folds words away when with them the grid would be too low to print its numbers: first the
     * explanation and the hint (their words stay in the title's tooltip and the F1 help), then,
     * if that is not enough, the footer's result too; nothing when not even that would give the
     * numbers room. The picture comes before the words. Decided from the panel's own height,
     * which the words do not change, so it does not flicker.
     */
    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double room =
                getHeight() - snappedTopInset() - snappedBottomInset() - title.prefHeight(width) - 3 * getSpacing();
        double words = explanation.prefHeight(width);
        double foot = footer.prefHeight(width);
        boolean hint = footer.getStyleClass().contains("panel-hint");
        double need = grid.heightForNumbers(width);
        boolean foldWords = room - words - foot < need && room - (hint ? 0 : foot) >= need;
        boolean foldAll = room - words - foot < need && !foldWords && room >= need;
        setFolded(CRAMPED, foldWords || foldAll);
        setFolded(BARE, foldAll);
        super.layoutChildren();
    }

    private void setFolded(PseudoClass state, boolean on) {
        if (getPseudoClassStates().contains(state) != on) {
            pseudoClassStateChanged(state, on);
        }
    }

    TensorGrid grid() {
        return grid;
    }

    Label footer() {
        return footer;
    }
}
