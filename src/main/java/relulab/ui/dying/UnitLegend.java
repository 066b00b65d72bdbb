package relulab.ui.dying;

import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import relulab.train.GradientFloor;
import relulab.train.UnitState;
import relulab.ui.shared.text.Messages;

/**
 * The key to the unit grids: each glyph with its meaning, drawn in the grid's CSS colours.
 * A flow that wraps, so no entry is ever cut to "…".
 */
final class UnitLegend extends FlowPane {

    private static final Messages WORDS = Messages.of(UnitLegend.class);
    private static final double SIZE = 22;

    UnitLegend(UnitGrid grid) {
        super(18, 4);
        getStyleClass().add("unit-legend");
        for (UnitState state : UnitState.values()) {
            add(
                    grid,
                    (g, colors) -> UnitGlyph.draw(g, state, 0, 0, SIZE, colors),
                    WORDS.format("legend." + state.name(), RunSentences.number(GradientFloor.NEARLY_DEAD_SLOPE)));
            if (state == UnitState.DEAD) {
                add(
                        grid,
                        (g, colors) -> UnitGlyph.drawDeadFromStart(g, 0, 0, SIZE, colors),
                        WORDS.get("legend.BORN_DEAD"));
            }
        }
    }

    private void add(UnitGrid grid, BiConsumer<GraphicsContext, UnitGlyph.Colors> glyph, String text) {
        Canvas icon = new Canvas(SIZE, SIZE);
        Runnable draw = () -> {
            icon.getGraphicsContext2D().clearRect(0, 0, SIZE, SIZE);
            glyph.accept(icon.getGraphicsContext2D(), grid.colors().get());
        };
        draw.run();
        grid.colors().addListener(o -> draw.run());
        Label label = new Label(text, icon);
        label.getStyleClass().add("legend-entry");
        label.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(label);
    }
}
