package relulab.ui.shared.grid;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import relulab.core.Shape;
import relulab.core.Tensor3;

/**
 * Draws the visible part of a grid in two passes.
 *
 * <p>First a pixel pass: every visible cell's colour is written into one int buffer the size
 * of the viewport (hatching the cells of a mask pixel by pixel), which goes to the canvas as a
 * single image. This costs one write per pixel whatever the number of cells, so a million tiny
 * cells draw as fast as a hundred big ones. Then, only when cells are big enough to see them,
 * a vector pass adds what needs shapes or text: the cross on NaN, the triangle on ±Inf, the
 * diamond on a value beyond the scale, the outline of masked cells, the numbers (one font for
 * the whole grid, see {@link #numberFont}, so it stays put while a walk-through reveals hidden
 * cells), the captions and the selection, hover and cue frames. Every colour and font comes from the {@link GridStyle} the grid resolved from CSS.
 */
final class GridPainter {

    /** Cells at least this big get marks (NaN cross, ±Inf triangle, mask outline). */
    static final int MARK_MIN_CELL = 8;
    /** Smallest font size worth printing a number in. */
    static final double MIN_TEXT_SIZE = 9;
    /** Pixels of a cell kept free around its number. */
    private static final double TEXT_MARGIN = 5;

    private static final Text MEASURE = new Text();
    /** Period in pixels of the diagonal hatching of masked cells. */
    private static final int HATCH_PERIOD = 6;

    private WritableImage image;
    private int[] pixels = new int[0];
    /** The sizes of the fonts numbers were printed in during the last paint. */
    private final Set<Double> numberSizes = new HashSet<>();

    /** What to draw, in one bundle; offsets are the scroll position in content pixels. */
    record Frame(
            GridData data,
            MosaicLayout layout,
            ColorScale scale,
            GridStyle style,
            Font numberFont,
            double scrollX,
            double scrollY,
            int width,
            int height,
            CellIndex hover,
            CellIndex selection,
            CellIndex cue,
            IntPredicate hidden) {

        /** Whether cell i is drawn with its value: in the data's mask, if any, and not hidden. */
        boolean shows(int i) {
            return data.shows(i) && (hidden == null || !hidden.test(i));
        }
    }

    void paint(GraphicsContext g, Frame f) {
        numberSizes.clear();
        g.clearRect(0, 0, g.getCanvas().getWidth(), g.getCanvas().getHeight());
        if (f.width() <= 0 || f.height() <= 0) {
            return;
        }
        fillPixels(f);
        g.drawImage(image, 0, 0);
        Shape shape = f.data().values().shape();
        for (int d = 0; d < shape.depth(); d++) {
            if (f.layout().shows(d)) {
                drawSliceVectors(g, f, d);
            }
        }
        frame(g, f, f.selection(), f.style().selectionColor(), 3);
        frame(g, f, f.hover(), f.style().hoverColor(), 2);
        frame(g, f, f.cue(), f.style().cueColor(), 4);
    }

    private void fillPixels(Frame f) {
        int w = f.width();
        int h = f.height();
        if (image == null || (int) image.getWidth() != w || (int) image.getHeight() != h) {
            image = new WritableImage(w, h);
            pixels = new int[w * h];
        } else {
            Arrays.fill(pixels, 0);
        }
        Shape shape = f.data().values().shape();
        int cell = f.layout().cell();
        int border = cell >= MARK_MIN_CELL - 2 ? 1 : 0;
        int empty = argb(f.style().emptyColor());
        Color hatch = f.style().hatchColor();
        for (int d = 0; d < shape.depth(); d++) {
            if (!f.layout().shows(d)) {
                continue;
            }
            int ox = (int) Math.round(f.layout().sliceX(d) - f.scrollX());
            int oy = (int) Math.round(f.layout().sliceY(d) - f.scrollY());
            int c0 = Math.max(0, -ox / cell);
            int c1 = Math.min(shape.width(), (w - ox + cell - 1) / cell);
            int r0 = Math.max(0, -oy / cell);
            int r1 = Math.min(shape.height(), (h - oy + cell - 1) / cell);
            double limit = f.data().range().limit(d);
            for (int r = r0; r < r1; r++) {
                int y0 = Math.max(0, oy + r * cell);
                int y1 = Math.min(h, oy + (r + 1) * cell - border);
                int rowBase = shape.index(d, r, 0);
                for (int c = c0; c < c1; c++) {
                    int x0 = Math.max(0, ox + c * cell);
                    int x1 = Math.min(w, ox + (c + 1) * cell - border);
                    int i = rowBase + c;
                    boolean shown = f.shows(i);
                    int color = shown ? f.scale().argb(f.data().values().get(i), limit) : empty;
                    int hatched = shown && f.data().masked() ? blend(color, hatch) : color;
                    for (int y = y0; y < y1; y++) {
                        int line = y * w;
                        if (hatched == color) {
                            Arrays.fill(pixels, line + x0, line + Math.max(x0, x1), color);
                        } else {
                            for (int x = x0; x < x1; x++) {
                                pixels[line + x] = (x + y) % HATCH_PERIOD < 2 ? hatched : color;
                            }
                        }
                    }
                }
            }
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
    }

    private void drawSliceVectors(GraphicsContext g, Frame f, int d) {
        MosaicLayout layout = f.layout();
        double ox = layout.sliceX(d) - f.scrollX();
        double oy = layout.sliceY(d) - f.scrollY();
        if (ox > f.width()
                || oy - layout.caption() > f.height()
                || ox + layout.sliceWidth() < 0
                || oy + layout.sliceHeight() < 0) {
            return;
        }
        drawCaption(g, f, d, ox, oy);
        int cell = layout.cell();
        if (cell < MARK_MIN_CELL) {
            return;
        }
        Shape shape = f.data().values().shape();
        int c0 = (int) Math.max(0, Math.floor(-ox / cell));
        int c1 = (int) Math.min(shape.width(), Math.ceil((f.width() - ox) / cell));
        int r0 = (int) Math.max(0, Math.floor(-oy / cell));
        int r1 = (int) Math.min(shape.height(), Math.ceil((f.height() - oy) / cell));
        Tensor3 values = f.data().values();
        Font font = f.numberFont();
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        if (font != null) {
            g.setFont(font);
        }
        ColorRange range = f.data().range();
        double limit = range.limit(d);
        double room = cell - TEXT_MARGIN;
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                int i = shape.index(d, r, c);
                if (!f.shows(i)) {
                    continue;
                }
                double v = values.get(i);
                double x = ox + c * cell;
                double y = oy + r * cell;
                int fill = f.scale().argb(v, limit);
                Color ink = f.style().inkOn(fill);
                if (f.data().masked()) {
                    g.setStroke(f.style().markColor());
                    g.setLineWidth(1.5);
                    g.strokeRect(x + 0.75, y + 0.75, cell - 2.5, cell - 2.5);
                }
                if (Double.isNaN(v)) {
                    drawCross(g, x, y, cell, ink);
                } else if (Double.isInfinite(v)) {
                    drawTriangle(g, x, y, cell, v > 0, ink, font != null);
                } else if (range.beyond(d, v)) {
                    drawBeyond(g, x, y, cell, ink);
                }
                if (font != null && !Double.isNaN(v)) {
                    if (f.data().masked()) {
                        // Clear the hatching behind the number so it stays readable.
                        g.setFill(ColorLegend.toColor(fill));
                        g.fillRect(x + 3, y + (cell - 1) / 2.0 - font.getSize() * 0.7, cell - 7, font.getSize() * 1.4);
                    }
                    g.setFill(ink);
                    numberSizes.add(font.getSize());
                    g.fillText(CellText.fit(v, font.getSize(), room), x + (cell - 1) / 2.0, y + (cell - 1) / 2.0, room);
                }
            }
        }
    }

    /** How many font sizes the last paint printed numbers in: 1 (or 0 without numbers). */
    int numberFontsInLastPaint() {
        return numberSizes.size();
    }

    /**
     * The slice's caption, never wider than its slice: when the whole caption does not fit, the
     * part before its first " · " (e.g. {@code d = 3}), else the slice number alone.
     */
    private static void drawCaption(GraphicsContext g, Frame f, int d, double ox, double oy) {
        Font font = f.style().captionFont();
        double room = Math.max(f.layout().sliceWidth(), f.layout().cell());
        String caption = f.data().captions().get(d);
        int dot = caption.indexOf(" \u00b7 ");
        for (String candidate :
                new String[] {caption, dot > 0 ? caption.substring(0, dot) : caption, Integer.toString(d)}) {
            caption = candidate;
            if (textWidth(candidate, font) <= room) {
                break;
            }
        }
        g.setFont(font);
        g.setFill(f.style().captionColor());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(caption, Math.max(ox, 0), oy - 2, room);
    }

    private static double textWidth(String text, Font font) {
        MEASURE.setText(text);
        MEASURE.setFont(font);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /**
     * The one font every number of a grid is printed in, chosen from the cell size alone: as
     * large as the CSS font, but small enough for a five-character number such as −0.55 to fit
     * the cell ({@link CellText}) — or, in a cell too small for that at a readable size, the
     * readable size at which a four-character number such as −0.5 fits; null when that would be smaller than {@code smallest} (the
     * grid's {@code -relu-smallest-number-font}, at least {@link #MIN_TEXT_SIZE}: too small to read,
     * or in presentation mode smaller than the body text).
     */
    static Font numberFont(Font cssFont, double smallest, int cell) {
        double least = Math.max(MIN_TEXT_SIZE, smallest);
        double room = cell - TEXT_MARGIN;
        double size = Math.min(cssFont.getSize(), Math.min(room / CellText.width(CellText.REFERENCE), cell * 0.45));
        if (size < least && room >= least * CellText.width(CellText.SHORT_REFERENCE) && cell * 0.45 >= least) {
            // Too small a cell for −0.55 at a readable size, but not for −0.5: the least size, one digit fewer.
            size = Math.min(cssFont.getSize(), least);
        }
        boolean bold = cssFont.getStyle().toLowerCase(Locale.ROOT).contains("bold");
        return size < least ? null : Font.font(cssFont.getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    /**
     * The smallest cell that prints numbers ({@link #numberFont} is not null), or one more than
     * {@link MosaicLayout#MAX_CELL} when no cell does.
     */
    static int legibleCell(Font cssFont, double smallest) {
        int cell = 1;
        while (cell <= MosaicLayout.MAX_CELL && numberFont(cssFont, smallest, cell) == null) {
            cell++;
        }
        return cell;
    }

    /** The mark of a value beyond the scale: a small diamond in the cell's top-right corner. */
    static void drawBeyond(GraphicsContext g, double x, double y, int cell, Color ink) {
        double half = Math.max(2.5, cell * 0.09);
        double cx = x + cell - 2 - half;
        double cy = y + 2 + half;
        g.setFill(ink);
        g.fillPolygon(new double[] {cx, cx + half, cx, cx - half}, new double[] {cy - half, cy, cy + half, cy}, 4);
    }

    static void drawCross(GraphicsContext g, double x, double y, int cell, Color ink) {
        double m = cell * 0.2;
        g.setStroke(ink);
        g.setLineWidth(Math.max(1, cell / 16.0));
        g.strokeLine(x + m, y + m, x + cell - 1 - m, y + cell - 1 - m);
        g.strokeLine(x + cell - 1 - m, y + m, x + m, y + cell - 1 - m);
    }

    /** ▲ for +Inf, ▼ for −Inf: in the corner when the number is printed too, else centred. */
    static void drawTriangle(GraphicsContext g, double x, double y, int cell, boolean up, Color ink, boolean withText) {
        double size = withText ? cell * 0.22 : cell * 0.5;
        double cx = withText ? x + size * 0.8 : x + cell / 2.0;
        double cy = withText ? y + size * 0.8 : y + cell / 2.0;
        double half = size / 2;
        double dir = up ? -1 : 1;
        g.setFill(ink);
        g.fillPolygon(
                new double[] {cx - half, cx + half, cx},
                new double[] {cy - dir * half * 0.8, cy - dir * half * 0.8, cy + dir * half * 0.9},
                3);
    }

    private static void frame(GraphicsContext g, Frame f, CellIndex cell, Color color, double width) {
        if (cell == null
                || !f.layout().shows(cell.d())
                || !f.data().values().shape().contains(cell.d(), cell.r(), cell.c())) {
            return;
        }
        int size = f.layout().cell();
        double x = f.layout().sliceX(cell.d()) - f.scrollX() + cell.c() * size;
        double y = f.layout().sliceY(cell.d()) - f.scrollY() + cell.r() * size;
        // An outer dark frame and an inner white one stay visible on any cell colour.
        g.setLineWidth(width);
        g.setStroke(color);
        g.strokeRect(x - width / 2, y - width / 2, size + width - 1, size + width - 1);
        if (size >= MARK_MIN_CELL) {
            g.setLineWidth(1);
            g.setStroke(f.style().lightInk());
            g.strokeRect(x + 0.5, y + 0.5, size - 2, size - 2);
        }
    }

    static int argb(Color c) {
        return ((int) Math.round(c.getOpacity() * 255) << 24)
                | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }

    /** {@code over} (with its opacity) painted over the opaque colour {@code base}. */
    private static int blend(int base, Color over) {
        double a = over.getOpacity();
        int r = (int) Math.round(((base >> 16) & 0xff) * (1 - a) + over.getRed() * 255 * a);
        int g = (int) Math.round(((base >> 8) & 0xff) * (1 - a) + over.getGreen() * 255 * a);
        int b = (int) Math.round((base & 0xff) * (1 - a) + over.getBlue() * 255 * a);
        return 0xff000000 | (r << 16) | (g << 8) | b;
    }
}
