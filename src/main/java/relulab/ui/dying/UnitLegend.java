package relulab.ui.dying;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import relulab.core.Activation;
import relulab.train.DeadUnits;
import relulab.train.GradientFloor;
import relulab.train.UnitState;
import relulab.ui.shared.text.Messages;

/**
 * The key to the unit grids: each glyph the shown run can draw with its meaning, drawn in the
 * grid's CSS colours — dead and dead from initialisation under ReLU, inactive under Leaky ReLU,
 * nearly dead and inactive under a member without a flat side. A flow that wraps, so no entry is
 * ever cut to "…"; it keeps to the glyphs in use so that it takes one line, not four, in
 * presentation mode.
 */
final class UnitLegend extends FlowPane {

    private static final Messages WORDS = Messages.of(UnitLegend.class);
    private static final double SIZE = 22;
    private static final String BORN_DEAD = "BORN_DEAD";

    private final Map<String, Label> entries = new HashMap<>();

    UnitLegend(UnitGrid grid) {
        super(18, 4);
        getStyleClass().add("unit-legend");
        for (UnitState state : UnitState.values()) {
            add(
                    grid,
                    (g, colors) -> UnitGlyph.draw(g, state, 0, 0, SIZE, colors),
                    WORDS.format("legend." + state.name(), RunSentences.number(GradientFloor.NEARLY_DEAD_SLOPE)),
                    state.name());
            if (state == UnitState.DEAD) {
                add(
                        grid,
                        (g, colors) -> UnitGlyph.drawDeadFromStart(g, 0, 0, SIZE, colors),
                        WORDS.get("legend.BORN_DEAD"),
                        BORN_DEAD);
            }
        }
    }

    /** Keeps the entries of the glyphs a run of {@code f} can draw. */
    void showFor(Activation f) {
        Set<String> used = new HashSet<>(Set.of(UnitState.ALIVE.name()));
        if (DeadUnits.silentMeansDead(f)) {
            used.addAll(Set.of(UnitState.DEAD.name(), BORN_DEAD));
        } else {
            used.add(UnitState.INACTIVE.name());
            if (QuietUnits.nearly(f)) {
                used.add(UnitState.NEARLY_DEAD.name());
            }
        }
        entries.forEach((name, label) -> label.setVisible(used.contains(name)));
    }

    private void add(UnitGrid grid, BiConsumer<GraphicsContext, UnitGlyph.Colors> glyph, String text, String name) {
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
        label.managedProperty().bind(label.visibleProperty());
        entries.put(name, label);
        getChildren().add(label);
    }
}
