package relulab.ui.dying;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import relulab.train.Dataset;
import relulab.train.Mlp;
import relulab.ui.shared.CssColors;

/**
 * The training points over the decision regions of a network, and, when asked, each first-layer
 * unit's line {@code w·x + b = 0}: a dead unit's line (red, dashed) has every point on its
 * negative side, which is what "negative on every training point" looks like. For an autopsy it
 * shows one unit's line before and after the update that killed it instead. Colours come from
 * the stylesheet ({@code -relu-class-1-color} … {@code -relu-class-4-color}, the lines' and the
 * frame's), so a theme recolours the picture.
 */
final class DecisionView extends Region {

    private static final CssColors<DecisionView> CSS =
            new CssColors<>(Region.getClassCssMetaData(), view -> view.colorTable);

    private final CssColors.Table colorTable = new CssColors.Table();
    /** Region and point colours per class (Okabe–Ito by default). */
    private final List<StyleableObjectProperty<Color>> classColors = List.of(
            CSS.color(this, colorTable, "-relu-class-1-color", "#0072b2"),
            CSS.color(this, colorTable, "-relu-class-2-color", "#d55e00"),
            CSS.color(this, colorTable, "-relu-class-3-color", "#009e73"),
            CSS.color(this, colorTable, "-relu-class-4-color", "#cc79a7"));

    private final StyleableObjectProperty<Color> lineAlive =
            CSS.color(this, colorTable, "-relu-line-alive-color", "#49505740");
    private final StyleableObjectProperty<Color> lineDead =
            CSS.color(this, colorTable, "-relu-line-dead-color", "#c92a2a");
    private final StyleableObjectProperty<Color> lineBefore =
            CSS.color(this, colorTable, "-relu-line-before-color", "#212529");
    private final StyleableObjectProperty<Color> frame = CSS.color(this, colorTable, "-relu-frame-color", "#adb5bd");
    /** The ring around each training point that keeps it readable over the units' lines. */
    private final StyleableObjectProperty<Color> halo = CSS.color(this, colorTable, "-relu-point-halo-color", "white");
    /** The opacity of the units' lines over the regions, so the points read through them. */
    private static final double LINE_OPACITY = 0.55;

    private final Canvas canvas = new Canvas();
    private Dataset data;
    private DecisionRegions regions;
    private Mlp model;
    private BitSet deadFirstLayer;
    /** With an update shown: the network before it, and the one unit whose line moved. */
    private Mlp before;

    private int unit = -1;

    DecisionView(double size) {
        getChildren().add(canvas);
        getStyleClass().add("decision-view");
        setPrefSize(size, size);
        setMinSize(80, 80);
        for (StyleableObjectProperty<Color> color : colorTable()) {
            color.addListener(o -> paint());
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.metaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    private List<StyleableObjectProperty<Color>> colorTable() {
        List<StyleableObjectProperty<Color>> all = new ArrayList<>(classColors);
        all.addAll(List.of(lineAlive, lineDead, lineBefore, frame, halo));
        return all;
    }

    private Color classColor(int label) {
        return classColors.get(label % classColors.size()).get();
    }

    /** Shows the points of {@code data} over {@code regions}; with a model, its layer-1 lines too. */
    void show(Dataset data, DecisionRegions regions, Mlp model, BitSet deadFirstLayer) {
        this.data = data;
        this.regions = regions;
        this.model = model;
        this.deadFirstLayer = deadFirstLayer;
        this.before = null;
        this.unit = -1;
        paint();
    }

    /**
     * Shows the update that moved layer-1 unit {@code unit}: its line under {@code before}
     * (solid, dark) and under {@code after} (red, dashed), over the points and the regions of
     * {@code after}, so the student sees one step carry the line past every point.
     */
    void showUpdate(Dataset data, DecisionRegions regions, Mlp before, Mlp after, int unit) {
        this.data = data;
        this.regions = regions;
        this.model = after;
        this.deadFirstLayer = null;
        this.before = before;
        this.unit = unit;
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
                g.setFill(classColor(regions.classAt(r, c)).deriveColor(0, 0.45, 1.25, 0.35));
                g.fillRect(c * cell, r * cell, cell + 0.5, cell + 0.5);
            }
        }
        if (before != null) {
            drawLine(g, side, before, unit, lineBefore.get(), false);
            drawLine(g, side, model, unit, lineDead.get(), true);
        } else if (model != null) {
            // Up to 128 lines under 300 points: drawn translucent, so the data stay visible through
            // them in every theme, the projector's dark ones too.
            g.setGlobalAlpha(LINE_OPACITY);
            for (int j = 0; j < model.hiddenWidth(0); j++) {
                boolean dead = deadFirstLayer != null && deadFirstLayer.get(j);
                drawLine(g, side, model, j, dead ? lineDead.get() : lineAlive.get(), dead);
            }
            g.setGlobalAlpha(1);
        }
        double dot = Math.max(3.5, side / 70);
        for (int i = 0; i < data.size(); i++) {
            double x = px(data.x(i, 0), side) - dot / 2;
            double y = py(data.x(i, 1), side) - dot / 2;
            g.setFill(halo.get());
            g.fillOval(x - 1, y - 1, dot + 2, dot + 2);
            g.setFill(classColor(data.y(i)));
            g.fillOval(x, y, dot, dot);
        }
        g.setStroke(frame.get());
        g.setLineWidth(1);
        g.setLineDashes();
        g.strokeRect(0.5, 0.5, side - 1, side - 1);
    }

    /** Unit {@code j}'s line w₀x + w₁y + b = 0 under {@code m}, clipped to the view by drawing it long. */
    private void drawLine(GraphicsContext g, double side, Mlp m, int j, Color color, boolean dashed) {
        double span = 4 * Math.max(regions.maxX() - regions.minX(), regions.maxY() - regions.minY());
        double w0 = m.weight(0, 0, j);
        double w1 = m.weight(0, 1, j);
        double bias = m.biases(0)[j];
        double norm = Math.hypot(w0, w1);
        if (norm == 0) {
            return;
        }
        // the point of the line nearest the origin, and the line's direction
        double x0 = -bias * w0 / (norm * norm);
        double y0 = -bias * w1 / (norm * norm);
        double dx = -w1 / norm * span;
        double dy = w0 / norm * span;
        g.setStroke(color);
        g.setLineWidth(before != null ? 2 : dashed ? 1.5 : 1);
        if (dashed) {
            g.setLineDashes(6, 4);
        } else {
            g.setLineDashes();
        }
        g.strokeLine(px(x0 - dx, side), py(y0 - dy, side), px(x0 + dx, side), py(y0 + dy, side));
        g.setLineDashes();
    }

    private double px(double x, double side) {
        return (x - regions.minX()) / (regions.maxX() - regions.minX()) * side;
    }

    private double py(double y, double side) {
        return (regions.maxY() - y) / (regions.maxY() - regions.minY()) * side;
    }
}
