package relulab.ui.dying;

import java.util.BitSet;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import relulab.train.TrainingRun;
import relulab.train.UnitState;
import relulab.ui.shared.CssColors;
import relulab.ui.shared.text.Messages;

/**
 * The hidden units of every layer at one step, drawn on one canvas: a square grid per layer
 * (8 × 8 for 64 units), layers side by side, each titled with its dead (or inactive) count; a
 * unit that never fires in the whole run is drawn framed (dead from initialisation).
 * A canvas, not a node per unit: a few hundred cells are repainted on every step of a drag.
 * Colours and the title font come from CSS ({@code -relu-alive-color}, {@code -relu-dead-color},
 * {@code -relu-dead-background}, {@code -relu-inactive-color}, {@code -relu-title-color},
 * {@code -relu-title-font}); the grid takes the room it is given, up to 48-pixel cells. A click
 * on a cell chooses its unit (the lesson opens a dead one's autopsy).
 */
final class UnitGrid extends Region {

    private static final CssColors<UnitGrid> CSS = new CssColors<>(Region.getClassCssMetaData(), g -> g.colorTable);
    private static final Messages WORDS = Messages.of(UnitGrid.class);
    private static final double GAP = 28;
    private static final Text MEASURE = new Text();
    private static final double MAX_CELL = 48;

    private final CssColors.Table colorTable = new CssColors.Table();
    private final StyleableObjectProperty<Color> alive = CSS.color(this, colorTable, "-relu-alive-color", "#2b8a3e");
    private final StyleableObjectProperty<Color> dead = CSS.color(this, colorTable, "-relu-dead-color", "#c92a2a");
    private final StyleableObjectProperty<Color> deadBackground =
            CSS.color(this, colorTable, "-relu-dead-background", "#ffe3e3");
    private final StyleableObjectProperty<Color> inactive =
            CSS.color(this, colorTable, "-relu-inactive-color", "#e67700");
    private final StyleableObjectProperty<Color> titleColor =
            CSS.color(this, colorTable, "-relu-title-color", "#212529");
    private final StyleableObjectProperty<Font> titleFont = (StyleableObjectProperty<Font>) CSS.factory()
            .createStyleableFontProperty(
                    this, "titleFont", "-relu-title-font", g -> g.titleFont, Font.font(null, FontWeight.BOLD, 15));
    private final ObjectBinding<UnitGlyph.Colors> colors = Bindings.createObjectBinding(
            () -> new UnitGlyph.Colors(alive.get(), dead.get(), deadBackground.get(), inactive.get()),
            alive,
            dead,
            deadBackground,
            inactive);

    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private TrainingRun run;
    private int step;
    private BiFunction<Integer, Integer, String> describer = (layer, unit) -> "";
    private BiConsumer<Integer, Integer> chooser = (layer, unit) -> {};
    /** Where the last paint put the cells: each layer's left edge, the cell side, columns, title height. */
    private double[] blockLefts = new double[0];

    private double cellSide;
    private int columns;
    private double titleHeight;

    UnitGrid() {
        getChildren().add(canvas);
        getStyleClass().add("unit-grid");
        setMinHeight(150);
        setPrefHeight(280);
        colors.addListener(o -> paint());
        titleColor.addListener(o -> paint());
        titleFont.addListener(o -> paint());
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
        setOnMouseClicked(e -> {
            int[] unit = unitAt(e.getX(), e.getY());
            if (unit != null) {
                chooser.accept(unit[0], unit[1]);
            }
        });
    }

    /** What a click on the cell of (layer, unit), both counted from 0, does. */
    void setChooser(BiConsumer<Integer, Integer> chooser) {
        this.chooser = chooser;
    }

    /** What the tooltip says of (layer, unit), both counted from 0. */
    void setDescriber(BiFunction<Integer, Integer, String> describer) {
        this.describer = describer;
    }

    /** {@code {layer, unit}} of the cell at (x, y) in this region's coordinates, or null between cells. */
    int[] unitAt(double x, double y) {
        if (run == null || cellSide <= 0 || y < titleHeight) {
            return null;
        }
        int units = run.width(0);
        int rows = (int) Math.ceil((double) units / columns);
        double blockWidth = columns * cellSide;
        for (int l = 0; l < blockLefts.length; l++) {
            double bx = blockLefts[l];
            if (x >= bx && x < bx + blockWidth) {
                int c = (int) ((x - bx) / cellSide);
                int r = (int) ((y - titleHeight) / cellSide);
                int u = r * columns + c;
                return r < rows && u < units ? new int[] {l, u} : null;
            }
        }
        return null;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.metaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    /** The glyph colours from CSS, which the legend draws with too. */
    ObjectBinding<UnitGlyph.Colors> colors() {
        return colors;
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
        Font font = titleFont.get();
        titleHeight = Math.ceil(font.getSize() * 1.7);
        double cell =
                Math.min(MAX_CELL, Math.min((w - GAP * (layers - 1)) / (layers * cols), (h - titleHeight) / rows));
        cell = Math.max(2, Math.floor(cell));
        double blockWidth = cols * cell;
        String title = QuietUnits.key("grid.title", run);
        // Each layer's slot is as wide as its grid or its title, whichever is wider: titles never overlap.
        MEASURE.setFont(font);
        MEASURE.setText(WORDS.format(title, layers, units, units));
        double slot = Math.max(blockWidth, Math.min(MEASURE.getLayoutBounds().getWidth() + 8, w / layers - GAP));
        double total = layers * slot + (layers - 1) * GAP;
        double x0 = Math.max(0, (w - total) / 2);
        cellSide = cell;
        columns = cols;
        blockLefts = new double[layers];
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFont(font);
        for (int l = 0; l < layers; l++) {
            double sx = x0 + l * (slot + GAP);
            double bx = sx + (slot - blockWidth) / 2;
            blockLefts[l] = bx;
            int silent = QuietUnits.at(run, step, l).cardinality();
            g.setFill(titleColor.get());
            g.fillText(WORDS.format(title, l + 1, silent, units), sx + slot / 2, 2, slot);
            BitSet fromStart = run.silentMeansDead() ? run.silentThroughout(l) : new BitSet();
            for (int u = 0; u < units; u++) {
                double x = bx + (u % cols) * cell;
                int row = u / cols;
                double y = titleHeight + row * cell;
                if (fromStart.get(u)) {
                    UnitGlyph.drawDeadFromStart(g, x, y, cell, colors.get());
                } else {
                    UnitGlyph.draw(g, run.state(step, l, u), x, y, cell, colors.get());
                }
            }
        }
    }
}
