package relulab.ui.dying;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import relulab.train.UnitState;

/** The key to the unit grids: each glyph with its meaning. */
final class UnitLegend extends FlowPane {

    private static final double SIZE = 22;

    UnitLegend() {
        super(18, 4);
        getStyleClass().add("unit-legend");
        add(UnitState.ALIVE, "alive: fires on some point");
        add(UnitState.DEAD, "dead (ReLU): never fires, gets no gradient");
        add(UnitState.INACTIVE, "inactive (Leaky): never fires, still learns");
    }

    private void add(UnitState state, String text) {
        Canvas icon = new Canvas(SIZE, SIZE);
        UnitGlyph.draw(icon.getGraphicsContext2D(), state, 0, 0, SIZE);
        Label label = new Label(text, icon);
        label.getStyleClass().add("legend-entry");
        getChildren().add(label);
    }
}
