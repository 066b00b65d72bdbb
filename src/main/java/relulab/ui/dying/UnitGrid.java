package relulab.ui.dying;

import java.util.Locale;
import java.util.function.BiFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
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
    /** About the width of "Layer 1: 64 of 64 dead" in the title font. */
    private static final double LONG_TITLE_WIDTH = 190;

    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private TrainingRun run;
    private int step;
    private BiFunction<Integer, Integer, String> describer = (layer, unit) -> "";
    /** Where the last paint put the cells: left edge, cell side, columns and block width. */
    private double left;
    private double cellSide;
    private int columns;
    private double blockWidth;

    UnitGrid() {
        getChildren().add(canvas);
        getStyleClass().add("unit-grid");
        setMinHeight(150);
        setPrefHeight(280);
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        setOnMouseMoved(e -> {
            int[] unit = unitAt(e.getX(), e.getY());
            if (unit == null) {
                Tooltip.uninstall(this, tooltip);
            } else {
                tooltip.setText(describer.apply(unit[0], unit[1]));
                Tooltip.install(this, tooltip);
            }
        });
    }

    /** What the tooltip says of (layer, unit), both counted from 0. */
    void setDescriber(BiFunction<Integer, Integer, String> describer) {
        this.describer = describer;
    }

    /** {@code {layer, unit}} of the cell at (x, y) in this region's coordinates, or null between cells. */
    int[] unitAt(double x, double y) {
        if (run == null || cellSide <= 0 || y < TITLE_HEIGHT) {
            return null;
        }
        int units = run.width(0);
        int rows = (int) Math.ceil((double) units / columns);
        for (int l = 0; l < run.hiddenLayers(); l++) {
            double bx = left + l * (blockWidth + GAP);
            if (x >= bx && x < bx + blockWidth) {
                int c = (int) ((x - bx) / cellSide);
                int r = (int) ((y - TITLE_HEIGHT) / cellSide);
                int u = r * columns + c;
                return r < rows && u < units ? new int[] {l, u} : null;
            }
        }
        return null;
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
        this.left = x0;
        this.cellSide = cell;
        this.columns = cols;
        this.blockWidth = blockWidth;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFont(Font.font(null, FontWeight.BOLD, 15));
        String what = run.silentMeansDead() ? "dead" : "inactive";
        for (int l = 0; l < layers; l++) {
            double bx = x0 + l * (blockWidth + GAP);
            int silent = run.silentUnits(step, l).cardinality();
            g.setFill(Color.web("#212529"));
            // the long title where there is room for it, else the short one, so neighbours never overlap
            String title = blockWidth + GAP >= LONG_TITLE_WIDTH
                    ? String.format(Locale.ROOT, "Layer %d: %d of %d %s", l + 1, silent, units, what)
                    : String.format(Locale.ROOT, "L%d: %d/%d %s", l + 1, silent, units, what);
            g.fillText(title, bx + blockWidth / 2, 2);
            for (int u = 0; u < units; u++) {
                double x = bx + (u % cols) * cell;
                double y = TITLE_HEIGHT + (u / cols) * cell;
                UnitGlyph.draw(g, run.state(step, l, u), x, y, cell);
            }
        }
    }
}
