package relulab.ui.shared.grid;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import relulab.io.NumberText;
import relulab.ui.shared.CssColors;
import relulab.ui.shared.text.Messages;

/**
 * The key to the grids' colours: one bar per colour scale, from −L through 0 (its middle) to
 * +L, named after the grids that use it, with a note on what L is; then the marks outside the
 * scales — NaN, +∞, −∞, a value beyond its scale, and the hatching of zeroed cells.
 *
 * <p>The bars shrink with the window (they are regions, not fixed canvases). With per-channel
 * scales the numbers are those of {@link #channelProperty()}'s slice. Style class
 * {@code color-legend}; the scale names have the style class {@code legend-scale}, the numbers
 * {@code legend-tick} and the ids {@code legend-min-K} and {@code legend-max-K} for scale K.
 * Colours come from CSS: {@code -relu-bar-stroke}, {@code -relu-dark-ink}, {@code -relu-light-ink},
 * {@code -relu-nan-color}, {@code -relu-hatch-color}, {@code -relu-mark-color}.
 */
public final class ColorLegend extends VBox {

    private static final CssColors<ColorLegend> CSS = new CssColors<>(VBox.getClassCssMetaData(), l -> l.colors);
    private static final int SWATCH = 22;

    private final CssColors.Table colors = new CssColors.Table();
    private final StyleableObjectProperty<Color> barStroke = CSS.color(this, colors, "-relu-bar-stroke", "#444444");
    private final StyleableObjectProperty<Color> darkInk = CSS.color(this, colors, "-relu-dark-ink", "#111111");
    private final StyleableObjectProperty<Color> lightInk = CSS.color(this, colors, "-relu-light-ink", "#ffffff");
    private final StyleableObjectProperty<Color> nanColor = CSS.color(this, colors, "-relu-nan-color", "#8f8f8f");
    /** The marks need drawing again (colours or words changed); done in the next layout. */
    private boolean marksStale;

    private final StringProperty hatchText = new SimpleStringProperty(this, "hatchText");
    private final StyleableObjectProperty<Color> hatchColor = CSS.color(this, colors, "-relu-hatch-color", "#00000073");
    private final StyleableObjectProperty<Color> markColor = CSS.color(this, colors, "-relu-mark-color", "#000000");

    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.BLUE_RED);
    private final ObjectProperty<List<NamedRange>> scales = new SimpleObjectProperty<>(this, "scales", List.of());
    private final IntegerProperty channel = new SimpleIntegerProperty(this, "channel", 0);
    private final GridPane bars = new GridPane();
    private final Label note = new Label();
    private final FlowPane marks = new FlowPane(12, 4);

    public ColorLegend() {
        getStyleClass().add("color-legend");
        setSpacing(4);
        bars.getStyleClass().add("legend-bars");
        bars.setHgap(6);
        bars.setVgap(3);
        ColumnConstraints name = new ColumnConstraints();
        ColumnConstraints min = new ColumnConstraints();
        min.setHalignment(javafx.geometry.HPos.RIGHT);
        ColumnConstraints bar = new ColumnConstraints(16, 120, Double.MAX_VALUE);
        bar.setHgrow(Priority.ALWAYS);
        bars.getColumnConstraints().addAll(name, min, bar, new ColumnConstraints());
        note.getStyleClass().add("legend-note");
        note.managedProperty().bind(note.visibleProperty());
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE); // the legend's explanation, never cut to "…"
        getChildren().addAll(bars, note, marks);
        scales.addListener(o -> rebuild());
        hatchText.addListener(o -> marksChanged());
        channel.addListener(o -> showNumbers());
        for (var p : List.of(palette, barStroke, darkInk, lightInk, nanColor, hatchColor, markColor)) {
            p.addListener(o -> {
                rebuild();
                marksChanged();
            });
        }
        drawMarks();
    }

    /**
     * The marks are redrawn at the next layout, not here: the colours change while JavaFX styles
     * the window, and replacing children then breaks its walk over them (the crash of issue 19).
     */
    private void marksChanged() {
        marksStale = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (marksStale) {
            marksStale = false;
            drawMarks();
        }
        super.layoutChildren();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.metaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    /**
     * What the hatching marks: the cells the layer's activation changed, named for what it does to
     * them ("Zeroed by ReLU"); by default the shared words for ReLU's zeroed cells.
     */
    public StringProperty hatchTextProperty() {
        return hatchText;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** The scales to explain, one bar each, in order. */
    public ObjectProperty<List<NamedRange>> scalesProperty() {
        return scales;
    }

    /** The slice whose numbers are shown when the scales are per channel. */
    public IntegerProperty channelProperty() {
        return channel;
    }

    private ColorScale scale() {
        return new ColorScale(palette.get(), GridPainter.argb(nanColor.get()));
    }

    /** One row per scale; rebuilt only when the set of scales or the colours change. */
    private void rebuild() {
        List<NamedRange> all = scales.get();
        if (bars.getChildren().size() != 4 * all.size()) {
            bars.getChildren().clear();
            for (int k = 0; k < all.size(); k++) {
                Label name = new Label();
                name.getStyleClass().add("legend-scale");
                name.setMinWidth(Region.USE_PREF_SIZE);
                bars.addRow(k, name, tick("legend-min-" + k), new ScaleBar(), tick("legend-max-" + k));
            }
        }
        for (int k = 0; k < all.size(); k++) {
            ((Label) bars.getChildren().get(4 * k)).setText(all.get(k).name());
            ((ScaleBar) bars.getChildren().get(4 * k + 2)).draw(scale(), barStroke.get());
        }
        showNumbers();
    }

    private static Label tick(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("legend-tick");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Updates the numbers and the note; called on every edit, so it makes no nodes. */
    private void showNumbers() {
        List<NamedRange> all = scales.get();
        if (all.isEmpty() || bars.getChildren().size() != 4 * all.size()) {
            return;
        }
        boolean perChannel = false;
        int d = 0;
        for (int k = 0; k < all.size(); k++) {
            ColorRange r = all.get(k).range();
            perChannel |= r.perChannel();
            d = Math.max(0, Math.min(r.depth() - 1, channel.get()));
            double limit = r.limit(d);
            ((Label) bars.getChildren().get(4 * k + 1)).setText(NumberText.forDisplay(-limit, 3));
            ((Label) bars.getChildren().get(4 * k + 3)).setText(NumberText.forDisplay(limit, 3));
        }
        Messages words = Messages.of(ColorLegend.class);
        note.setText(perChannel ? words.format("legend.note.perChannel", d) : words.get("legend.note"));
    }

    private void drawMarks() {
        ColorScale scale = scale();
        Messages words = Messages.of(ColorLegend.class);
        marks.getChildren()
                .setAll(
                        mark(scale, Double.NaN, words.get("legend.nan")),
                        mark(scale, Double.POSITIVE_INFINITY, words.get("legend.positiveInfinity")),
                        mark(scale, Double.NEGATIVE_INFINITY, words.get("legend.negativeInfinity")),
                        beyondMark(scale, words.get("legend.beyond")),
                        hatchMark(scale, hatchText.get() != null ? hatchText.get() : words.get("legend.zeroed")));
    }

    private Color inkOn(int argb) {
        return ColorScale.wantsDarkText(argb) ? darkInk.get() : lightInk.get();
    }

    private HBox mark(ColorScale scale, double value, String text) {
        Canvas c = new Canvas(SWATCH, SWATCH);
        GraphicsContext g = c.getGraphicsContext2D();
        int argb = scale.argb(value, 1);
        g.setFill(toColor(argb));
        g.fillRect(0, 0, SWATCH, SWATCH);
        if (Double.isNaN(value)) {
            GridPainter.drawCross(g, 0, 0, SWATCH, inkOn(argb));
        } else {
            GridPainter.drawTriangle(g, 0, 0, SWATCH, value > 0, inkOn(argb), false);
        }
        return entry(c, text);
    }

    private HBox beyondMark(ColorScale scale, String text) {
        Canvas c = new Canvas(SWATCH, SWATCH);
        GraphicsContext g = c.getGraphicsContext2D();
        int argb = scale.argb(1, 1);
        g.setFill(toColor(argb));
        g.fillRect(0, 0, SWATCH, SWATCH);
        GridPainter.drawBeyond(g, 0, 0, SWATCH, inkOn(argb));
        return entry(c, text);
    }

    private HBox hatchMark(ColorScale scale, String text) {
        Canvas c = new Canvas(SWATCH, SWATCH);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setFill(toColor(scale.argb(-0.6, 1)));
        g.fillRect(0, 0, SWATCH, SWATCH);
        g.setStroke(hatchColor.get());
        g.setLineWidth(2);
        for (int k = -SWATCH; k < SWATCH; k += 6) {
            g.strokeLine(k, SWATCH, k + SWATCH, 0);
        }
        g.setStroke(markColor.get());
        g.setLineWidth(1.5);
        g.strokeRect(0.75, 0.75, SWATCH - 1.5, SWATCH - 1.5);
        return entry(c, text);
    }

    private static HBox entry(Canvas swatch, String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(5, swatch, label);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("legend-mark");
        return box;
    }

    static Color toColor(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, ((argb >>> 24) & 0xff) / 255.0);
    }

    /** A colour bar that takes the width its column gives it, down to a few pixels. */
    private static final class ScaleBar extends Region {

        private final Canvas canvas = new Canvas();
        private ColorScale scale;
        private Color stroke;

        ScaleBar() {
            getStyleClass().add("legend-bar");
            getChildren().add(canvas);
            setMinSize(16, 14);
            setPrefSize(120, 18);
            setMaxWidth(Double.MAX_VALUE);
        }

        void draw(ColorScale scale, Color stroke) {
            this.scale = scale;
            this.stroke = stroke;
            paint();
        }

        @Override
        protected void layoutChildren() {
            canvas.setWidth(Math.floor(getWidth()));
            canvas.setHeight(Math.floor(getHeight()));
            paint();
        }

        private void paint() {
            GraphicsContext g = canvas.getGraphicsContext2D();
            double w = canvas.getWidth();
            double h = canvas.getHeight();
            g.clearRect(0, 0, w, h);
            if (scale == null || w < 2 || h < 2) {
                return;
            }
            for (int x = 0; x < w; x++) {
                g.setFill(toColor(scale.atPosition(x / Math.max(1, w - 1))));
                g.fillRect(x, 0, 1, h);
            }
            g.setStroke(stroke);
            g.setLineWidth(1);
            g.strokeLine(Math.floor(w / 2) + 0.5, 0, Math.floor(w / 2) + 0.5, h);
            g.strokeRect(0.5, 0.5, w - 1, h - 1);
        }
    }
}
