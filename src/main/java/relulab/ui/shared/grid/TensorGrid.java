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
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import relulab.core.Shape;

/**
 * A tensor drawn as coloured cells on one {@link Canvas} — never a node per cell — so that a
 * 64×128×128 tensor stays as quick as a 3×4×4 one. Only the part inside the viewport is
 * drawn ({@link GridPainter}); scroll bars appear when the content is larger ({@link GridViewport}).
 *
 * <p>The slices are laid out by {@link MosaicLayout}: all of them, in the arrangement with the
 * largest cells, when those are legible, else the one named by {@link #depthProperty()}; linked
 * grids share one cell size ({@link #cellSizeLinkProperty()}), and a picture shows everything
 * ({@link #pictureProperty()}). {@link #zoomProperty()} scales the fitted cell size (Ctrl+wheel). {@link #hoveredCellProperty()} follows the mouse and is drawn as a
 * frame, so binding it between grids highlights the same (d, r, c) everywhere.
 *
 * <p>When {@link #editableProperty()} is set the grid behaves like a spreadsheet (see
 * {@link CellEditing}). Looks come from CSS (style class {@code tensor-grid}; properties
 * {@code -relu-cell-font}, {@code -relu-caption-font}, {@code -relu-caption-color},
 * {@code -relu-empty-color}, {@code -relu-hatch-color}, {@code -relu-mark-color},
 * {@code -relu-hover-color}, {@code -relu-selection-color}, {@code -relu-cue-color},
 * {@code -relu-dark-ink}, {@code -relu-light-ink}, {@code -relu-nan-color}; fonts may be given in
 * em, so presentation mode's root font size scales them); state shows as the pseudo-classes
 * {@code :editable} and {@code :mosaic}.
 *
 * <p>Numbers: one font per grid, chosen from the cell size ({@link #numberFontSize()}) and never
 * below {@code -relu-smallest-number-font} (the body text in presentation mode: grid.css); each
 * number then takes the most precise form that fits its cell ({@link CellText}).
 *
 * <p>Two hooks let a lesson guide the eye: {@link #cueProperty()} outlines one cell in the cue
 * colour (bind it across grids to link one element everywhere, as the workbench's walk-through
 * does), and {@link #hiddenCellsProperty()} leaves chosen cells empty, for results the learner
 * has not reached or should predict first.
 */
public class TensorGrid extends Region {

    private static final PseudoClass EDITABLE = PseudoClass.getPseudoClass("editable");
    private static final PseudoClass MOSAIC = PseudoClass.getPseudoClass("mosaic");
    private static final int GAP = 14;
    private static final double ZOOM_STEP = 1.15;

    private final GridLooks looks = new GridLooks(this);

    private final ObjectProperty<GridData> data = new SimpleObjectProperty<>(this, "data");
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.BLUE_RED);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final IntegerProperty depth = new SimpleIntegerProperty(this, "depth", 0);
    private final ObjectProperty<CellIndex> hover = new SimpleObjectProperty<>(this, "hoveredCell");
    private final ObjectProperty<CellIndex> selection = new SimpleObjectProperty<>(this, "selection");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", false);
    private final ObjectProperty<CellIndex> cue = new SimpleObjectProperty<>(this, "cue");
    private final ObjectProperty<IntPredicate> hiddenCells = new SimpleObjectProperty<>(this, "hiddenCells");
    private final ReadOnlyBooleanWrapper mosaic = new ReadOnlyBooleanWrapper(this, "mosaic", true);
    private final ReadOnlyBooleanWrapper numbersShown = new ReadOnlyBooleanWrapper(this, "numbersShown", true);
    private final ObjectProperty<CellSizeLink> link = new SimpleObjectProperty<>(this, "cellSizeLink");
    private final BooleanProperty picture = new SimpleBooleanProperty(this, "picture", false);

    private final Canvas canvas = new Canvas();
    private final GridViewport viewport;
    private final GridPainter painter = new GridPainter();
    private final CellEditing editing;
    private Shape laidOutShape;
    private boolean dirty = true;
    private long paints;

    public TensorGrid() {
        getStyleClass().add("tensor-grid");
        getStylesheets().add(TensorGrid.class.getResource("grid.css").toExternalForm());
        getChildren().add(canvas);
        viewport = new GridViewport(this, getChildren(), this::invalidate);
        editing = new CellEditing(this);
        for (var p : List.of(data, palette, hover, selection, cue, hiddenCells)) {
            p.addListener(o -> invalidate());
        }
        for (var p : looks.paintOnly()) {
            p.addListener(o -> invalidate());
        }
        for (var p : List.of(zoom, depth, picture)) {
            p.addListener(o -> invalidateLayout());
        }
        for (var p : looks.layoutChanging()) {
            p.addListener(o -> invalidateLayout());
        }
        link.addListener((o, was, is) -> {
            if (was != null) {
                was.leave(this);
            }
            invalidateLayout();
        });
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
        addEventHandler(
                MouseEvent.MOUSE_MOVED,
                e -> hover.set(cellAt(e.getX(), e.getY()).orElse(null)));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.set(null));
        addEventHandler(ScrollEvent.SCROLL, viewport::onScroll);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return GridLooks.metaData();
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

    public BooleanProperty editableProperty() {
        return editable;
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

    /**
     * Whether the cells are large enough for their numbers. False when the one font the grid
     * would print in ({@link #numberFontSize()}) is below a readable size: the view then says
     * to zoom in.
     */
    public ReadOnlyBooleanProperty numbersShownProperty() {
        return numbersShown.getReadOnlyProperty();
    }

    /**
     * The size of the one font every number of this grid is printed in, chosen from the cell
     * size and the CSS font; 0 when the cells are too small for numbers.
     */
    public double numberFontSize() {
        Font font = numberFont();
        return font == null ? 0 : font.getSize();
    }

    /**
     * The grids this one shares its cell size with (the same tensor at the same cells in every
     * grid that shows it), or null for a grid on its own.
     */
    public ObjectProperty<CellSizeLink> cellSizeLinkProperty() {
        return link;
    }

    /**
     * Whether the grid is drawn for a picture: every slice at once, with cells as small as it
     * takes for the whole tensor to fit and no scroll bars; zoom and the shown slice then play
     * no part.
     */
    public BooleanProperty pictureProperty() {
        return picture;
    }

    /**
     * The least height at which this grid, {@code width} wide, shows its tensor with numbers at
     * zoom 1 (one slice alone if need be), insets included; infinity when no height will do.
     */
    public double heightForNumbers(double width) {
        return shape() == null ? 0 : viewport.heightForNumbers(shape(), width, GAP);
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

    /** How many font sizes the last repaint printed numbers in (for tests: always 1 with numbers, else 0). */
    public int numberFontsInLastPaint() {
        return painter.numberFontsInLastPaint();
    }

    /** The current cell size in pixels. */
    public int cellSize() {
        MosaicLayout layout = viewport.layout();
        return layout == null ? 0 : layout.cell();
    }

    /** The message shown at a refused cell, if one is showing. */
    public Optional<String> cellMessage() {
        return editing.message();
    }

    /** The cell under local point (x, y), if any. */
    public Optional<CellIndex> cellAt(double x, double y) {
        return viewport.cellAt(x, y);
    }

    /** Local bounds of a cell as drawn now (it may lie outside the viewport). */
    public Optional<Bounds> cellBounds(CellIndex cell) {
        return viewport.cellBounds(cell);
    }

    /** Scrolls (and switches the shown slice if needed) so that the cell is in view. */
    public void reveal(CellIndex cell) {
        if (viewport.layout() == null) {
            return;
        }
        if (!viewport.layout().shows(cell.d())) {
            depth.set(cell.d());
            layoutChildren();
        }
        viewport.reveal(cell);
    }

    /** Zooms by one step in (positive) or out (negative). */
    public void zoomBy(int steps) {
        zoom.set(MosaicLayout.clampZoom(zoom.get() * Math.pow(ZOOM_STEP, steps)));
    }

    /** Marks the canvas for a repaint in the next pulse; several changes make one repaint. */
    private void invalidate() {
        dirty = true;
        setNeedsLayout(true);
    }

    /** Lays the cells out again at the next pulse, as when the grid's own size changes. */
    void invalidateLayout() {
        viewport.setLayout(null);
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
        boolean fresh = false;
        if (current != null && (viewport.layout() == null || resized)) {
            MosaicLayout fitted = viewport.fit(current.values().shape(), GAP);
            viewport.setLayout(fitted);
            mosaic.set(fitted.mosaic());
            fresh = true;
        }
        numbersShown.set(viewport.layout() == null || numberFont() != null);
        if (!picture.get()) {
            viewport.layoutScrollBars();
        }
        CellIndex cued = cue.get();
        if (fresh && cued != null && viewport.layout().shows(cued.d())) {
            // A new layout keeps the cued cell in view: a walk-through's cell stays on screen after a zoom.
            viewport.reveal(cued);
        }
        if (dirty || resized) {
            paint();
        }
        editing.layoutOverlays();
    }

    private void paint() {
        dirty = false;
        GridData current = data.get();
        MosaicLayout layout = viewport.layout();
        if (current == null || layout == null) {
            canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            return;
        }
        CellIndex sel = editable.get() ? selection.get() : null;
        GridStyle style = looks.style();
        painter.paint(
                canvas.getGraphicsContext2D(),
                new GridPainter.Frame(
                        current,
                        layout,
                        new ColorScale(palette.get(), looks.nanArgb()),
                        style,
                        numberFont(),
                        viewport.scrollX(),
                        viewport.scrollY(),
                        (int) Math.ceil(canvas.getWidth()),
                        (int) Math.ceil(canvas.getHeight()),
                        hover.get(),
                        sel,
                        cue.get(),
                        hiddenCells.get()));
        paints++;
    }

    private Font numberFont() {
        MosaicLayout layout = viewport.layout();
        return layout == null ? null : looks.numberFont(layout.cell());
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

    GridLooks looks() {
        return looks;
    }

    /** Children list access for the editing overlays. */
    void addOverlay(Node node) {
        getChildren().add(node);
    }
}
