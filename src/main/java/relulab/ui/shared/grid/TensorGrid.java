package relulab.ui.shared.grid;

import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import relulab.core.Shape;

/**
 * A tensor drawn as coloured cells on one {@link Canvas} — never a node per cell — so that a
 * 64×128×128 tensor stays as quick as a 3×4×4 one. Only the part inside the viewport is
 * drawn ({@link GridPainter}); scroll bars appear when the content is larger.
 *
 * <p>The slices are laid out by {@link MosaicLayout}: all side by side when they fit, else
 * the one named by {@link #depthProperty()}. {@link #zoomProperty()} scales the fitted cell
 * size (Ctrl+wheel changes it). {@link #hoveredCellProperty()} follows the mouse and is drawn as a
 * frame, so binding it between grids highlights the same (d, r, c) everywhere.
 *
 * <p>When {@link #editableProperty()} is set the grid behaves like a spreadsheet (see
 * {@link CellEditing}). Looks come from CSS (style class {@code tensor-grid}; properties
 * {@code -relu-cell-font}, {@code -relu-caption-font}, {@code -relu-caption-color},
 * {@code -relu-empty-color}, {@code -relu-hatch-color}, {@code -relu-mark-color},
 * {@code -relu-hover-color}, {@code -relu-selection-color}, {@code -relu-cue-color}); state shows
 * as the pseudo-classes {@code :editable} and {@code :mosaic}.
 *
 * <p>Two hooks let a lesson guide the eye: {@link #cueProperty()} outlines one cell in the cue
 * colour (bind it across grids to link one element everywhere, as the workbench's walk-through
 * does), and {@link #hiddenCellsProperty()} leaves chosen cells empty, for results the learner
 * has not reached or should predict first.
 */
public class TensorGrid extends Region {

    private static final PseudoClass EDITABLE = PseudoClass.getPseudoClass("editable");
    private static final PseudoClass MOSAIC = PseudoClass.getPseudoClass("mosaic");
    private static final StyleablePropertyFactory<TensorGrid> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final int GAP = 14;
    private static final double SCROLL_BAR_SIZE = 12;
    private static final double ZOOM_STEP = 1.15;

    private final StyleableObjectProperty<Font> cellFont = (StyleableObjectProperty<Font>) CSS.createStyleableFontProperty(
            this, "cellFont", "-relu-cell-font", g -> g.cellFont, Font.font(14));
    private final StyleableObjectProperty<Font> captionFont = (StyleableObjectProperty<Font>) CSS.createStyleableFontProperty(
            this, "captionFont", "-relu-caption-font", g -> g.captionFont, Font.font(12));
    private final StyleableObjectProperty<Color> captionColor = color("captionColor", "-relu-caption-color", "#333333");
    private final StyleableObjectProperty<Color> emptyColor = color("emptyColor", "-relu-empty-color", "#ececec");
    private final StyleableObjectProperty<Color> hatchColor = color("hatchColor", "-relu-hatch-color", "#00000080");
    private final StyleableObjectProperty<Color> markColor = color("markColor", "-relu-mark-color", "#000000");
    private final StyleableObjectProperty<Color> hoverColor = color("hoverColor", "-relu-hover-color", "#000000");
    private final StyleableObjectProperty<Color> selectionColor = color("selectionColor", "-relu-selection-color", "#ff9f1c");
    private final StyleableObjectProperty<Color> cueColor = color("cueColor", "-relu-cue-color", "#d81b60");

    private final ObjectProperty<GridData> data = new SimpleObjectProperty<>(this, "data");
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.BLUE_RED);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final IntegerProperty depth = new SimpleIntegerProperty(this, "depth", 0);
    private final ObjectProperty<CellIndex> hover = new SimpleObjectProperty<>(this, "hoveredCell");
    private final ObjectProperty<CellIndex> selection = new SimpleObjectProperty<>(this, "selection");
    private final ObjectProperty<CellIndex> cue = new SimpleObjectProperty<>(this, "cue");
    private final ObjectProperty<IntPredicate> hiddenCells = new SimpleObjectProperty<>(this, "hiddenCells");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", false);
    private final ReadOnlyBooleanWrapper mosaic = new ReadOnlyBooleanWrapper(this, "mosaic", true);

    private final Canvas canvas = new Canvas();
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final GridPainter painter = new GridPainter();
    private final CellEditing editing;
    private MosaicLayout layout;
    private Shape laidOutShape;
    private boolean dirty = true;
    private long paints;

    public TensorGrid() {
        getStyleClass().add("tensor-grid");
        horizontal.setOrientation(Orientation.HORIZONTAL);
        vertical.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, horizontal, vertical);
        editing = new CellEditing(this);
        horizontal.valueProperty().addListener(o -> invalidate());
        vertical.valueProperty().addListener(o -> invalidate());
        for (var p : List.of(data, palette, hover, selection, cue, hiddenCells, cellFont, captionFont,
                captionColor, emptyColor, hatchColor, markColor, hoverColor, selectionColor, cueColor)) {
            p.addListener(o -> invalidate());
        }
        zoom.addListener(o -> invalidateLayout());
        depth.addListener(o -> invalidateLayout());
        // An invalidation listener on purpose: a change listener would compare the old and new
        // data with equals(), a scan of up to a million values on every edit.
        data.addListener(o -> {
            Shape now = shape();
            if (now == null || !now.equals(laidOutShape)) {
                laidOutShape = now;
                invalidateLayout();
            }
        });
        editable.addListener((o, was, is) -> {
            pseudoClassStateChanged(EDITABLE, is);
            setFocusTraversable(is);
        });
        mosaic.addListener((o, was, is) -> pseudoClassStateChanged(MOSAIC, is));
        pseudoClassStateChanged(MOSAIC, true);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover.set(cellAt(e.getX(), e.getY()).orElse(null)));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.set(null));
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
    }

    private StyleableObjectProperty<Color> color(String name, String css, String initial) {
        return (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, name, css, g -> switch (name) {
            case "captionColor" -> g.captionColor;
            case "emptyColor" -> g.emptyColor;
            case "hatchColor" -> g.hatchColor;
            case "markColor" -> g.markColor;
            case "hoverColor" -> g.hoverColor;
            case "cueColor" -> g.cueColor;
            default -> g.selectionColor;
        }, Color.web(initial));
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    /** The tensor, mask, colour range and captions to show. */
    public ObjectProperty<GridData> dataProperty() {
        return data;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** Cell size relative to the size that fits the viewport (1 = fit). */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** The slice shown when the mosaic of all slices does not fit. */
    public IntegerProperty depthProperty() {
        return depth;
    }

    /** The cell under the mouse (or set from another grid), framed when shown. */
    public ObjectProperty<CellIndex> hoveredCellProperty() {
        return hover;
    }

    /** The selected cell of an editable grid, where typing and pasting go. */
    public ObjectProperty<CellIndex> selectionProperty() {
        return selection;
    }

    /** One cell outlined in the cue colour (thicker than the hover frame), or null for none. */
    public ObjectProperty<CellIndex> cueProperty() {
        return cue;
    }

    /**
     * Cells (by flat index) drawn empty, without colour or number, as if not computed yet; null
     * shows every cell. A predicate, like {@link GridData#only()}, so stepping costs no O(n) pass.
     */
    public ObjectProperty<IntPredicate> hiddenCellsProperty() {
        return hiddenCells;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    /** The handler an editable grid reports edits to. */
    public ObjectProperty<GridEditHandler> editHandlerProperty() {
        return editing.handlerProperty();
    }

    /** True when every slice is on screen at once; false when only {@link #depthProperty()} is. */
    public ReadOnlyBooleanProperty mosaicProperty() {
        return mosaic.getReadOnlyProperty();
    }

    /** How many times the canvas has been repainted: lets benchmarks and tests see a repaint. */
    public long paintCount() {
        return paints;
    }

    /** The current cell size in pixels. */
    public int cellSize() {
        return layout == null ? 0 : layout.cell();
    }

    /** The message shown at a refused cell, if one is showing. */
    public Optional<String> cellMessage() {
        return editing.message();
    }

    /** The cell under local point (x, y), if any. */
    public Optional<CellIndex> cellAt(double x, double y) {
        if (layout == null) {
            return Optional.empty();
        }
        Insets in = getInsets();
        double cx = x - in.getLeft() + scrollX();
        double cy = y - in.getTop() + scrollY();
        if (x - in.getLeft() >= viewWidth() || y - in.getTop() >= viewHeight()) {
            return Optional.empty();
        }
        return layout.hit(cx, cy);
    }

    /** Local bounds of a cell as drawn now (it may lie outside the viewport). */
    public Optional<Bounds> cellBounds(CellIndex cell) {
        if (layout == null || !layout.shows(cell.d())
                || !layout.shape().contains(cell.d(), cell.r(), cell.c())) {
            return Optional.empty();
        }
        Insets in = getInsets();
        double x = in.getLeft() + layout.sliceX(cell.d()) - scrollX() + cell.c() * layout.cell();
        double y = in.getTop() + layout.sliceY(cell.d()) - scrollY() + cell.r() * layout.cell();
        return Optional.of(new BoundingBox(x, y, layout.cell(), layout.cell()));
    }

    /** Scrolls (and switches the shown slice if needed) so that the cell is in view. */
    public void reveal(CellIndex cell) {
        if (layout == null) {
            return;
        }
        if (!layout.shows(cell.d())) {
            depth.set(cell.d());
            layoutChildren();
        }
        double x = layout.sliceX(cell.d()) + cell.c() * layout.cell();
        double y = layout.sliceY(cell.d()) + cell.r() * layout.cell();
        horizontal.setValue(scrollToShow(horizontal, x, layout.cell(), viewWidth()));
        vertical.setValue(scrollToShow(vertical, y, layout.cell(), viewHeight()));
    }

    private static double scrollToShow(ScrollBar bar, double start, double size, double view) {
        double value = bar.getValue();
        if (start < value) {
            value = start;
        } else if (start + size > value + view) {
            value = start + size - view;
        }
        return Math.max(bar.getMin(), Math.min(bar.getMax(), value));
    }

    /** Zooms by one step in (positive) or out (negative). */
    public void zoomBy(int steps) {
        zoom.set(MosaicLayout.clampZoom(zoom.get() * Math.pow(ZOOM_STEP, steps)));
    }


    private void onScroll(ScrollEvent e) {
        if (e.isControlDown()) {
            if (e.getDeltaY() != 0) {
                zoomBy(e.getDeltaY() > 0 ? 1 : -1);
            }
        } else {
            horizontal.setValue(clamp(horizontal, horizontal.getValue() - e.getDeltaX()));
            vertical.setValue(clamp(vertical, vertical.getValue() - e.getDeltaY()));
        }
        e.consume();
    }

    private static double clamp(ScrollBar bar, double v) {
        return Math.max(bar.getMin(), Math.min(bar.getMax(), v));
    }

    /**
     * Where the viewport starts in content coordinates: the scroll position when the content is
     * larger than the view, or minus half the spare room when it is smaller, which centres it.
     */
    private double scrollX() {
        double spare = layout == null ? 0 : viewWidth() - layout.contentWidth();
        return spare > 0 ? -Math.floor(spare / 2) : horizontal.getValue();
    }

    private double scrollY() {
        double spare = layout == null ? 0 : viewHeight() - layout.contentHeight();
        return spare > 0 ? -Math.floor(spare / 2) : vertical.getValue();
    }

    /** Marks the canvas for a repaint in the next pulse; several changes make one repaint. */
    private void invalidate() {
        dirty = true;
        setNeedsLayout(true);
    }

    private void invalidateLayout() {
        layout = null;
        invalidate();
    }

    double viewWidth() {
        Insets in = getInsets();
        return Math.max(0, getWidth() - in.getLeft() - in.getRight());
    }

    double viewHeight() {
        Insets in = getInsets();
        return Math.max(0, getHeight() - in.getTop() - in.getBottom());
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = viewWidth();
        double h = viewHeight();
        boolean resized = canvas.getWidth() != w || canvas.getHeight() != h;
        canvas.relocate(in.getLeft(), in.getTop());
        canvas.setWidth(w);
        canvas.setHeight(h);
        GridData current = data.get();
        if (current != null && (layout == null || resized)) {
            int caption = (int) Math.ceil(captionFont.get().getSize() * 1.5);
            layout = MosaicLayout.fit(current.values().shape(), w, h, zoom.get(), depth.get(), GAP, caption);
            mosaic.set(layout.mosaic());
        }
        layoutScrollBar(horizontal, layout == null ? 0 : layout.contentWidth() - w,
                in.getLeft(), in.getTop() + h - SCROLL_BAR_SIZE, w - SCROLL_BAR_SIZE, SCROLL_BAR_SIZE, w);
        layoutScrollBar(vertical, layout == null ? 0 : layout.contentHeight() - h,
                in.getLeft() + w - SCROLL_BAR_SIZE, in.getTop(), SCROLL_BAR_SIZE, h - SCROLL_BAR_SIZE, h);
        if (dirty || resized) {
            paint();
        }
        editing.layoutOverlays();
    }

    private static void layoutScrollBar(ScrollBar bar, double overflow, double x, double y,
                                        double width, double height, double view) {
        boolean needed = overflow > 0.5;
        bar.setVisible(needed);
        bar.setMax(Math.max(0, overflow));
        bar.setVisibleAmount(needed ? overflow * view / (overflow + view) : 0);
        bar.setValue(clamp(bar, bar.getValue()));
        bar.resizeRelocate(x, y, Math.max(0, width), Math.max(0, height));
    }

    private void paint() {
        dirty = false;
        GridData current = data.get();
        if (current == null || layout == null) {
            canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            return;
        }
        CellIndex sel = editable.get() ? selection.get() : null;
        GridStyle style = new GridStyle(captionColor.get(), emptyColor.get(), hatchColor.get(), markColor.get(),
                hoverColor.get(), selectionColor.get(), cueColor.get(), cellFont.get(), captionFont.get());
        painter.paint(canvas.getGraphicsContext2D(), new GridPainter.Frame(current, layout,
                new ColorScale(palette.get()), style, scrollX(), scrollY(),
                (int) Math.ceil(canvas.getWidth()), (int) Math.ceil(canvas.getHeight()),
                hover.get(), sel, cue.get(), hiddenCells.get()));
        paints++;
    }

    /** The shape shown, or null before any data. */
    Shape shape() {
        GridData current = data.get();
        return current == null ? null : current.values().shape();
    }

    /** Value of a cell, for the editor's starting text. */
    double valueAt(CellIndex cell) {
        return data.get().values().get(cell.d(), cell.r(), cell.c());
    }

    /** Children list access for the editing overlays. */
    void addOverlay(Node node) {
        getChildren().add(node);
    }
}
