package relulab.ui.workbench;

import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import relulab.ui.state.LabState;
import relulab.core.Shape;
import relulab.ui.shared.WholeNumberSpinner;

/**
 * Depth, height and width spinners, and what fills the cells a larger shape adds (random
 * normal with the seed, or zeros). A change resizes x and dout together through the view
 * model (undoable); a shape changed elsewhere (paste, file, undo) is shown without resizing
 * again. Ids: {@code shape-depth}, {@code shape-height}, {@code shape-width}.
 */
final class ShapeControls extends HBox {

    private final WorkbenchViewModel model;
    private final Spinner<Integer> depth;
    private final Spinner<Integer> height;
    private final Spinner<Integer> width;
    private boolean showing;

    ShapeControls(WorkbenchViewModel model) {
        super(4);
        this.model = model;
        Shape max = LabState.MAX_SHAPE;
        depth = spinner("shape-depth", "Depth", max.depth(), "Depth: number of channels (slices), 1 to " + max.depth());
        height = spinner("shape-height", "Height", max.height(), "Height: rows of each slice, 1 to " + max.height());
        width = spinner("shape-width", "Width", max.width(), "Width: columns of each slice, 1 to " + max.width());
        setAlignment(Pos.CENTER_LEFT);
        ChoiceBox<NewCells> fill = new ChoiceBox<>();
        fill.setId("new-cells");
        fill.getItems().addAll(NewCells.values());
        fill.valueProperty().bindBidirectional(model.newCellsProperty());
        fill.setTooltip(new Tooltip("What fills the cells a larger shape adds; the old cells keep their values"));
        getChildren().addAll(new Label("Shape"), depth, new Label("×"), height, new Label("×"), width, fill);
        show(model.shape());
        model.resultsProperty().addListener(o -> show(model.shape()));
    }

    private Spinner<Integer> spinner(String id, String name, int max, String tip) {
        Spinner<Integer> s = WholeNumberSpinner.create(name, 1, max, 1, model::report);
        s.setId(id);
        s.setTooltip(new Tooltip(tip + ". Values that still fit are kept; Undo brings back the rest."));
        s.getStyleClass().add("shape-spinner");
        s.valueProperty().addListener((o, old, now) -> {
            if (!showing && now != null) {
                model.resize(new Shape(depth.getValue(), height.getValue(), width.getValue()));
            }
        });
        return s;
    }

    private void show(Shape shape) {
        showing = true;
        try {
            depth.getValueFactory().setValue(shape.depth());
            height.getValueFactory().setValue(shape.height());
            width.getValueFactory().setValue(shape.width());
        } finally {
            showing = false;
        }
    }
}
