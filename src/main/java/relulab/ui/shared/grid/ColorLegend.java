package relulab.ui.shared.grid;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import relulab.io.NumberText;

/**
 * The key to the grids' colours: the diverging bar from −L through 0 to +L with its numbers,
 * and the marks that sit outside the scale — NaN, +∞, −∞ and the hatching of zeroed cells.
 *
 * <p>With the per-channel scope, the numbers are those of {@link #channelProperty()}'s slice.
 * Style class {@code color-legend}; the tick labels have the id {@code legend-min},
 * {@code legend-zero} and {@code legend-max}.
 */
public final class ColorLegend extends VBox {

    private static final double BAR_HEIGHT = 22;
    private static final int SWATCH = 24;

    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.BLUE_RED);
    private final ObjectProperty<ColorRange> range = new SimpleObjectProperty<>(this, "range");
    private final IntegerProperty channel = new SimpleIntegerProperty(this, "channel", 0);
    private final Canvas bar = new Canvas(10, BAR_HEIGHT);
    private final Label min = tick("legend-min");
    private final Label zero = tick("legend-zero");
    private final Label max = tick("legend-max");
    private final Label scopeNote = new Label();
    private final FlowPane marks = new FlowPane(14, 6);

    public ColorLegend() {
        getStyleClass().add("color-legend");
        setSpacing(4);
        Region left = new Region();
        Region right = new Region();
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox ticks = new HBox(min, left, zero, right, max);
        scopeNote.getStyleClass().add("legend-note");
        scopeNote.setWrapText(true);
        scopeNote.setMinHeight(Region.USE_PREF_SIZE);  // the legend's explanation, never cut to "…"
        bar.widthProperty().bind(widthProperty().subtract(getInsets().getLeft() + getInsets().getRight()));
        getChildren().addAll(bar, ticks, scopeNote, marks);
        palette.addListener(o -> {
            drawBar();
            drawMarks();
        });
        range.addListener(o -> showNumbers());
        channel.addListener(o -> showNumbers());
        bar.widthProperty().addListener(o -> drawBar());
        drawBar();
        drawMarks();
    }

    private static Label tick(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("legend-tick");
        return label;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    public ObjectProperty<ColorRange> rangeProperty() {
        return range;
    }

    /** The slice whose numbers are shown when the scale is per channel. */
    public IntegerProperty channelProperty() {
        return channel;
    }

    /** Updates the tick numbers and the note; called on every edit, so it makes no nodes. */
    private void showNumbers() {
        ColorRange r = range.get();
        if (r == null) {
            return;
        }
        int d = Math.max(0, Math.min(r.depth() - 1, channel.get()));
        double limit = r.limit(d);
        min.setText(NumberText.forDisplay(-limit, 3));
        zero.setText("0");
        max.setText(NumberText.forDisplay(limit, 3));
        String where = r.scope() == ColorScope.PER_CHANNEL ? "Scale of slice d = " + d + " (each slice has its own)"
                : "One scale for all five grids";
        scopeNote.setText(limit == 0 ? where + "; all values are 0"
                : where + "; ±" + NumberText.forDisplay(limit, 3) + " is the largest |value|");
    }

    private void drawMarks() {
        ColorScale scale = new ColorScale(palette.get());
        marks.getChildren().setAll(
                mark(scale, Double.NaN, "NaN"),
                mark(scale, Double.POSITIVE_INFINITY, "+∞"),
                mark(scale, Double.NEGATIVE_INFINITY, "−∞"),
                hatchMark(scale));
    }

    private void drawBar() {
        GraphicsContext g = bar.getGraphicsContext2D();
        double w = bar.getWidth();
        ColorScale scale = new ColorScale(palette.get());
        for (int x = 0; x < w; x++) {
            g.setFill(toColor(scale.atPosition(x / Math.max(1, w - 1))));
            g.fillRect(x, 0, 1, BAR_HEIGHT);
        }
        g.setStroke(Color.web("#444444"));
        g.setLineWidth(1);
        g.strokeLine(Math.floor(w / 2) + 0.5, 0, Math.floor(w / 2) + 0.5, BAR_HEIGHT);
        g.strokeRect(0.5, 0.5, w - 1, BAR_HEIGHT - 1);
    }

    private static HBox mark(ColorScale scale, double value, String text) {
        Canvas c = new Canvas(SWATCH, SWATCH);
        GraphicsContext g = c.getGraphicsContext2D();
        int argb = scale.argb(value, 1);
        Color ink = ColorScale.wantsDarkText(argb) ? Color.web("#111111") : Color.WHITE;
        g.setFill(toColor(argb));
        g.fillRect(0, 0, SWATCH, SWATCH);
        if (Double.isNaN(value)) {
            GridPainter.drawCross(g, 0, 0, SWATCH, ink);
        } else {
            GridPainter.drawTriangle(g, 0, 0, SWATCH, value > 0, ink, false);
        }
        return entry(c, text);
    }

    private static HBox hatchMark(ColorScale scale) {
        Canvas c = new Canvas(SWATCH, SWATCH);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setFill(toColor(scale.argb(-0.6, 1)));
        g.fillRect(0, 0, SWATCH, SWATCH);
        g.setStroke(Color.web("#00000080"));
        g.setLineWidth(2);
        for (int k = -SWATCH; k < SWATCH; k += 6) {
            g.strokeLine(k, SWATCH, k + SWATCH, 0);
        }
        g.setStroke(Color.BLACK);
        g.setLineWidth(1.5);
        g.strokeRect(0.75, 0.75, SWATCH - 1.5, SWATCH - 1.5);
        return entry(c, "zeroed by ReLU");
    }

    private static HBox entry(Canvas swatch, String text) {
        HBox box = new HBox(6, swatch, new Label(text));
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("legend-mark");
        return box;
    }

    static Color toColor(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, ((argb >>> 24) & 0xff) / 255.0);
    }
}
