package relulab.ui.workbench;

import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import relulab.core.Shape;
import relulab.ui.shared.WholeNumberSpinner;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.LabState;

/**
 * Depth, height and width spinners, and what fills the cells a larger shape adds (random
 * normal with the seed, or zeros). A change resizes x and dout together through the view
 * model (undoable); a shape changed elsewhere (paste, file, undo) is shown without resizing
 * again. Ids: {@code shape-depth}, {@code shape-height}, {@code shape-width}.
 */
final class ShapeControls extends HBox {

    private static final Messages TEXT = Messages.of(ShapeControls.class);

    private final WorkbenchViewModel model;
    private final Spinner<Integer> depth;
    private final Spinner<Integer> height;
    private final Spinner<Integer> width;
    private boolean showing;

    ShapeControls(WorkbenchViewModel model) {
        super(4);
        this.model = model;
        Shape max = LabState.MAX_SHAPE;
        depth = spinner("shape-depth", "shape.depth", max.depth());
        height = spinner("shape-height", "shape.height", max.height());
        width = spinner("shape-width", "shape.width", max.width());
        setAlignment(Pos.CENTER_LEFT);
        ChoiceBox<NewCells> fill = new ChoiceBox<>();
        fill.setId("new-cells");
        fill.getItems().addAll(NewCells.values());
        fill.valueProperty().bindBidirectional(model.newCellsProperty());
        fill.setConverter(EnumLabels.of("newCells"));
        fill.setTooltip(new Tooltip(TEXT.get("shape.fill.tooltip")));
        getChildren()
                .addAll(
                        new Label(TEXT.get("shape.label")),
                        depth,
                        new Label(TEXT.get("shape.times")),
                        height,
                        new Label(TEXT.get("shape.times")),
                        width,
                        fill);
        show(model.shape());
        model.resultsProperty().addListener(o -> show(model.shape()));
    }

    /** A spinner named by message {@code key}, its tooltip {@code key.tooltip} with the largest value. */
    private Spinner<Integer> spinner(String id, String key, int max) {
        Spinner<Integer> s = WholeNumberSpinner.create(TEXT.get(key), 1, max, 1, model::report);
        s.setId(id);
        s.setTooltip(new Tooltip(TEXT.format(key + ".tooltip", max)));
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
