package relulab.ui.app.keep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import relulab.core.Activation;
import relulab.core.LeakyRelu;
import relulab.core.Mask;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.NumberText;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.grid.ColorLegend;
import relulab.ui.shared.grid.ColorRange;
import relulab.ui.shared.grid.GridData;
import relulab.ui.shared.grid.MosaicLayout;
import relulab.ui.shared.grid.NamedRange;
import relulab.ui.shared.grid.Palette;
import relulab.ui.shared.grid.TensorGrid;

/**
 * The workbench's five grids and their colour legend as one picture, for slides: x, out and
 * the cells x &lt; 0 on top, dout and dx below beside the legend, under a title line.
 *
 * <p>It draws with the window's own {@link TensorGrid} and {@link ColorLegend}, so a figure
 * looks like the workbench. Every size is the base size times {@code scale}, with fonts to
 * match, so a figure at 2× is drawn at twice the resolution rather than enlarged — cells,
 * numbers and edges stay sharp.
 */
public final class WorkbenchFigure extends VBox {

    /** The figure's size at scale 1, in pixels: 16:9, as slides are. */
    public static final double BASE_WIDTH = 1280;
    public static final double BASE_HEIGHT = 720;

    /** The five grids, in the workbench's reading order. */
    public enum Part { X, OUT, NEGATIVE, DOUT, DX }

    /** Pixels between slices of a mosaic at scale 1, as TensorGrid lays them out. */
    private static final int SLICE_GAP = 14;

    private final List<TensorGrid> grids = new ArrayList<>();
    private final double scale;

    /**
     * @param x       the layer's input
     * @param dout    the upstream gradient, of x's shape
     * @param f       ReLU or Leaky ReLU
     * @param caption what the figure shows, e.g. the file's name
     * @param palette the colours
     * @param scale   resolution factor, 1 for the base size
     */
    public WorkbenchFigure(Tensor3 x, Tensor3 dout, Activation f, String caption, Palette palette, double scale) {
        x.shape().requireSame(dout.shape(), "dout");
        this.scale = scale;
        getStyleClass().add("workbench-figure");
        getStylesheets().add(WorkbenchFigure.class.getResource("figure.css").toExternalForm());
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", 13 * scale));
        setPrefSize(BASE_WIDTH * scale, BASE_HEIGHT * scale);
        setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        double slope = f instanceof LeakyRelu leaky ? leaky.slope() : 0;
        String name = slope == 0 ? "ReLU" : "Leaky ReLU, slope " + NumberText.forDisplay(slope, 4);
        String a = NumberText.forDisplay(slope, 4);
        // The window's default scales: x sets the forward grids' colours, dout the backward ones'.
        ColorRange forward = ColorRange.of(false, null, x);
        ColorRange backward = ColorRange.of(false, null, dout);
        Mask negative = Mask.zeroed(x);
        List<String> captions = captions(x);

        Label title = new Label(caption + " — " + name + " on shape " + x.shape());
        title.getStyleClass().add("figure-title");
        GridPane area = new GridPane();
        area.getStyleClass().add("figure-area");
        for (int c = 0; c < 3; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 3);
            area.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < 2; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(50);
            area.getRowConstraints().add(rc);
        }
        area.add(panel("Input x", new GridData(x, null, forward, captions), palette, scale), 0, 0);
        area.add(panel(slope == 0 ? "Forward: out = max(0, x)" : "Forward: out = x if x > 0, else " + a + "·x",
                new GridData(f.forward(x), null, forward, captions), palette, scale), 1, 0);
        area.add(panel(slope == 0 ? "Zeroed by ReLU (x < 0)" : "Scaled by " + a + " (x < 0)",
                new GridData(x, negative::get, forward, captions), palette, scale), 2, 0);
        area.add(panel("Upstream gradient dout", new GridData(dout, null, backward, captions), palette, scale), 0, 1);
        area.add(panel(slope == 0 ? "Backward: dx = dout if x > 0, else 0" : "Backward: dx = dout if x > 0, else " + a + "·dout",
                new GridData(f.backward(x, dout), null, backward, captions), palette, scale), 1, 1);
        area.add(legend(List.of(new NamedRange("x \u00b7 out \u00b7 zeroed", forward),
                new NamedRange("dout \u00b7 dx", backward)), palette), 2, 1);
        VBox.setVgrow(area, Priority.ALWAYS);
        getChildren().addAll(title, area);
    }

    /**
     * Gives every grid the cells it would have in a figure at scale 1, times the scale, once the
     * grids have their sizes: a grid fits its cells to its room but never beyond 64 pixels, so
     * without this a small tensor would keep 64-pixel cells in a figure twice as large.
     */
    void scaleCells() {
        for (TensorGrid grid : grids) {
            Shape shape = grid.dataProperty().get().values().shape();
            double w = grid.getWidth() - grid.snappedLeftInset() - grid.snappedRightInset();
            double h = grid.getHeight() - grid.snappedTopInset() - grid.snappedBottomInset();
            int caption = (int) Math.ceil(12 * 1.5);
            int fitted = MosaicLayout.fit(shape, w, h, 1, 0, SLICE_GAP, (int) Math.ceil(caption * scale)).cell();
            int base = MosaicLayout.fit(shape, w / scale, h / scale, 1, 0, SLICE_GAP, caption).cell();
            grid.zoomProperty().set(MosaicLayout.clampZoom(Math.floor(base * scale) / fitted));
        }
    }

    /** The bounds of one cell of one grid in this figure's coordinates, once it is laid out. */
    public Bounds cellBounds(Part part, CellIndex cell) {
        TensorGrid grid = grids.get(part.ordinal());
        return sceneToLocal(grid.localToScene(grid.cellBounds(cell).orElseThrow()));
    }

    private Node panel(String heading, GridData data, Palette palette, double scale) {
        Label title = new Label(heading);
        title.getStyleClass().add("panel-title");
        TensorGrid grid = new TensorGrid();
        grid.setStyle(String.format(Locale.ROOT, "-relu-cell-font: %.2fpx \"System\"; -relu-caption-font: %.2fpx \"System\";",
                15 * scale, 12 * scale));
        grid.paletteProperty().set(palette);
        grid.dataProperty().set(data);
        grid.setMinSize(0, 0);
        grids.add(grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        VBox box = new VBox(title, grid);
        box.getStyleClass().add("figure-panel");
        box.setMinSize(0, 0);
        return box;
    }

    private static Node legend(List<NamedRange> scales, Palette palette) {
        Label title = new Label("Colours");
        title.getStyleClass().add("panel-title");
        ColorLegend legend = new ColorLegend();
        legend.paletteProperty().set(palette);
        legend.scalesProperty().set(scales);
        VBox box = new VBox(title, legend);
        box.getStyleClass().add("figure-panel");
        box.setMinSize(0, 0);
        return box;
    }

    private static List<String> captions(Tensor3 x) {
        List<String> captions = new ArrayList<>();
        for (int d = 0; d < x.shape().depth(); d++) {
            captions.add("d = " + d);
        }
        return captions;
    }
}
