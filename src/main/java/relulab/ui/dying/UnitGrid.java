package relulab.ui.dying;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import relulab.train.TrainingRun;
import relulab.train.UnitState;

/**
 * The hidden units of every layer at one step, drawn on one canvas: a square grid per layer
 * (8 × 8 for 64 units), layers side by side, each titled with its dead (or inactive) count.
 * A canvas, not a node per unit: a few hundred cells are repainted on every step of a drag.
 */
final class UnitGrid extends Region {

    private static final double TITLE_HEIGHT = 26;
    private static final double GAP = 28;
    private static final double MAX_CELL = 30;

    private final Canvas canvas = new Canvas();
    private TrainingRun run;
    private int step;

    UnitGrid() {
        getChildren().add(canvas);
        getStyleClass().add("unit-grid");
        setMinHeight(150);
        setPrefHeight(280);
    }

    /** Shows {@code run} at step {@code k}; null clears the grid. */
    void show(TrainingRun run, int k) {
        this.run = run;
        this.step = run == null ? 0 : Math.min(k, run.stepsRun());
        paint();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        paint();
    }

    /** The state of one cell as drawn, for tests: layer, unit → state at the shown step. */
    UnitState stateShown(int layer, int unit) {
        return run.state(step, layer, unit);
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (run == null || w <= 0 || h <= 0) {
            return;
        }
        int layers = run.hiddenLayers();
        int units = run.width(0);
        int cols = (int) Math.ceil(Math.sqrt(units));
        int rows = (int) Math.ceil((double) units / cols);
        double cell = Math.min(MAX_CELL, Math.min((w - GAP * (layers - 1)) / (layers * cols), (h - TITLE_HEIGHT) / rows));
        cell = Math.max(2, Math.floor(cell));
        double blockWidth = cols * cell;
        double total = layers * blockWidth + (layers - 1) * GAP;
        double x0 = Math.max(0, (w - total) / 2);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFont(Font.font(null, FontWeight.BOLD, 15));
        String what = run.silentMeansDead() ? "dead" : "inactive";
        for (int l = 0; l < layers; l++) {
            double bx = x0 + l * (blockWidth + GAP);
            int silent = run.silentUnits(step, l).cardinality();
            g.setFill(Color.web("#212529"));
            g.fillText(String.format(Locale.ROOT, "Layer %d: %d of %d %s", l + 1, silent, units, what),
                    bx + blockWidth / 2, 2);
            for (int u = 0; u < units; u++) {
                double x = bx + (u % cols) * cell;
                double y = TITLE_HEIGHT + (u / cols) * cell;
                UnitGlyph.draw(g, run.state(step, l, u), x, y, cell);
            }
        }
    }
}
