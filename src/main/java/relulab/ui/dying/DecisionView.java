package relulab.ui.dying;

import java.util.BitSet;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import relulab.train.Dataset;
import relulab.train.Mlp;

/**
 * The training points over the decision regions of a network, and, when asked, each first-layer
 * unit's line {@code w·x + b = 0}: a dead unit's line (red, dashed) has every point on its
 * negative side, which is what "negative on every training point" looks like.
 */
final class DecisionView extends Region {

    /** Region and point colours per class (Okabe–Ito). */
    private static final Color[] POINTS = {Color.web("#0072b2"), Color.web("#d55e00"), Color.web("#009e73"),
        Color.web("#cc79a7")};
    private static final Color LINE_ALIVE = Color.web("#495057", 0.25);
    private static final Color LINE_DEAD = Color.web("#c92a2a");

    private final Canvas canvas = new Canvas();
    private Dataset data;
    private DecisionRegions regions;
    private Mlp model;
    private BitSet deadFirstLayer;

    DecisionView(double size) {
        getChildren().add(canvas);
        getStyleClass().add("decision-view");
        setPrefSize(size, size);
        setMinSize(80, 80);
    }

    /** Shows the points of {@code data} over {@code regions}; with a model, its layer-1 lines too. */
    void show(Dataset data, DecisionRegions regions, Mlp model, BitSet deadFirstLayer) {
        this.data = data;
        this.regions = regions;
        this.model = model;
        this.deadFirstLayer = deadFirstLayer;
        paint();
    }

    @Override
    protected void layoutChildren() {
        double side = Math.min(getWidth(), getHeight());
        canvas.setWidth(side);
        canvas.setHeight(side);
        canvas.setLayoutX((getWidth() - side) / 2);
        paint();
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double side = canvas.getWidth();
        g.clearRect(0, 0, side, side);
        if (regions == null || side <= 0) {
            return;
        }
        double cell = side / DecisionRegions.CELLS;
        for (int r = 0; r < DecisionRegions.CELLS; r++) {
            for (int c = 0; c < DecisionRegions.CELLS; c++) {
                g.setFill(POINTS[regions.classAt(r, c) % POINTS.length].deriveColor(0, 0.45, 1.25, 0.35));
                g.fillRect(c * cell, r * cell, cell + 0.5, cell + 0.5);
            }
        }
        if (model != null) {
            drawFirstLayerLines(g, side);
        }
        double dot = Math.max(2.5, side / 90);
        for (int i = 0; i < data.size(); i++) {
            g.setFill(POINTS[data.y(i) % POINTS.length]);
            g.fillOval(px(data.x(i, 0), side) - dot / 2, py(data.x(i, 1), side) - dot / 2, dot, dot);
        }
        g.setStroke(Color.web("#adb5bd"));
        g.setLineWidth(1);
        g.setLineDashes();
        g.strokeRect(0.5, 0.5, side - 1, side - 1);
    }

    /** Each unit's line w₀x + w₁y + b = 0, clipped to the view by drawing it long. */
    private void drawFirstLayerLines(GraphicsContext g, double side) {
        int units = model.hiddenWidth(0);
        double[] b = model.biases(0);
        double span = 4 * Math.max(regions.maxX() - regions.minX(), regions.maxY() - regions.minY());
        for (int j = 0; j < units; j++) {
            double w0 = model.weight(0, 0, j);
            double w1 = model.weight(0, 1, j);
            double norm = Math.hypot(w0, w1);
            if (norm == 0) {
                continue;
            }
            // the point of the line nearest the origin, and the line's direction
            double x0 = -b[j] * w0 / (norm * norm);
            double y0 = -b[j] * w1 / (norm * norm);
            double dx = -w1 / norm * span;
            double dy = w0 / norm * span;
            boolean dead = deadFirstLayer != null && deadFirstLayer.get(j);
            g.setStroke(dead ? LINE_DEAD : LINE_ALIVE);
            g.setLineWidth(dead ? 2 : 1);
            if (dead) {
                g.setLineDashes(6, 4);
            } else {
                g.setLineDashes();
            }
            g.strokeLine(px(x0 - dx, side), py(y0 - dy, side), px(x0 + dx, side), py(y0 + dy, side));
        }
        g.setLineDashes();
    }

    private double px(double x, double side) {
        return (x - regions.minX()) / (regions.maxX() - regions.minX()) * side;
    }

    private double py(double y, double side) {
        return (regions.maxY() - y) / (regions.maxY() - regions.minY()) * side;
    }
}
