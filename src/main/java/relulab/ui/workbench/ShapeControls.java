package relulab.ui.workbench;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import relulab.core.Shape;
import relulab.ui.shared.WholeNumberSpinner;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.LabState;

/**
 * Depth, height and width spinners, and a small menu for what fills the cells a larger shape
 * adds (random normal with the seed, or zeros). A change resizes x and dout together through the view
 * model (undoable); a shape changed elsewhere (paste, file, undo) is shown without resizing
 * again. Ids: {@code shape-depth}, {@code shape-height}, {@code shape-width}, {@code new-cells}.
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
        getChildren()
                .addAll(
                        new Label(TEXT.get("shape.label")),
                        depth,
                        ToolbarIcons.icon("times"),
                        height,
                        ToolbarIcons.icon("times"),
                        width,
                        newCellsMenu(model));
        show(model.shape());
        model.resultsProperty().addListener(o -> show(model.shape()));
    }

    /**
     * The small menu beside the shape that says what fills the cells a larger shape adds: a
     * choice made once in a while, so it takes an icon's room, not a word's. Its items are the
     * choices with the one in use ticked. Id: {@code new-cells}.
     */
    private static MenuButton newCellsMenu(WorkbenchViewModel model) {
        MenuButton menu = ToolbarIcons.iconOnly(new MenuButton(), "more", TEXT.get("shape.fill"));
        menu.setId("new-cells");
        menu.setTooltip(new Tooltip(TEXT.get("shape.fill.tooltip")));
        ToggleGroup choices = new ToggleGroup();
        for (NewCells rule : NewCells.values()) {
            RadioMenuItem item = new RadioMenuItem(EnumLabels.label("newCells", rule));
            item.setId("new-cells-" + rule.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(choices);
            item.setSelected(model.newCellsProperty().get() == rule);
            item.setOnAction(e -> model.newCellsProperty().set(rule));
            model.newCellsProperty().addListener((o, was, is) -> item.setSelected(is == rule));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** A spinner named by message {@code key}, its tooltip {@code key.tooltip} with the largest value. */
    private Spinner<Integer> spinner(String id, String key, int max) {
        Spinner<Integer> s = WholeNumberSpinner.create(TEXT.get(key), 1, max, 1, model::report);
        s.setId(id);
        s.setTooltip(new Tooltip(TEXT.format(key + ".tooltip", max)));
        s.setAccessibleText(TEXT.get(key));
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
