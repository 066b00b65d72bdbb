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
import relulab.core.Mask;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.grid.ColorLegend;
import relulab.ui.shared.grid.ColorRange;
import relulab.ui.shared.grid.GridData;
import relulab.ui.shared.grid.NamedRange;
import relulab.ui.shared.grid.Palette;
import relulab.ui.shared.grid.PictureTiling;
import relulab.ui.shared.grid.TensorGrid;
import relulab.ui.shared.text.Messages;

/**
 * The workbench's five grids and their colour legend as one picture, for slides: x, out and
 * the cells x &lt; 0 on top, dout and dx below beside the legend, under a title line.
 *
 * <p>It draws with the window's own {@link TensorGrid} and {@link ColorLegend}, so a figure
 * looks like the workbench. Every size is the base size times {@code scale}, with fonts to
 * match, so a figure at 2× is drawn at twice the resolution rather than enlarged — cells,
 * numbers and edges stay sharp.
 *
 * <p>The words are the figure's bundle's ({@code figure.*}) and the activation's own
 * ({@link ActivationWords}): its name, formula and the grid of the cells it changes.
 */
public final class WorkbenchFigure extends VBox {

    private static final Messages TEXT = Messages.of(WorkbenchFigure.class);

    /** The figure's size at scale 1, in pixels: 16:9, as slides are. */
    public static final double BASE_WIDTH = 1280;

    public static final double BASE_HEIGHT = 720;

    /** The five grids, in the workbench's reading order. */
    public enum Part {
        X,
        OUT,
        NEGATIVE,
        DOUT,
        DX
    }

    /** Pixels between slices of a mosaic at scale 1, as TensorGrid lays them out. */
    private static final int SLICE_GAP = 14;
    /** The caption strip above a slice at scale 1. */
    private static final int CAPTION = 18;
    /** A grid's room at scale 1, a little less than it gets: what the tiling must fit. */
    private static final double PANEL_WIDTH = 380;

    private static final double PANEL_HEIGHT = 240;

    private final List<TensorGrid> grids = new ArrayList<>();
    private final PictureTiling tiling;
    private final Label note = new Label();

    /**
     * @param x       the layer's input
     * @param dout    the upstream gradient, of x's shape
     * @param f       the layer's activation
     * @param caption what the figure shows, e.g. the file's name
     * @param palette the colours
     * @param scale   resolution factor, 1 for the base size
     */
    public WorkbenchFigure(Tensor3 x, Tensor3 dout, Activation f, String caption, Palette palette, double scale) {
        x.shape().requireSame(dout.shape(), "dout");
        getStyleClass().add("workbench-figure");
        getStylesheets().add(WorkbenchFigure.class.getResource("figure.css").toExternalForm());
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", 13 * scale));
        setPrefSize(BASE_WIDTH * scale, BASE_HEIGHT * scale);
        setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        // The window's default scales, of the whole tensors: x sets the forward grids' colours, dout the backward
        // ones'.
        ColorRange forward = ColorRange.of(false, null, x);
        ColorRange backward = ColorRange.of(false, null, dout);
        // The whole tensor goes in the picture: a long row wrapped, a huge tensor sampled.
        tiling = PictureTiling.of(x.shape(), PANEL_WIDTH, PANEL_HEIGHT, SLICE_GAP, CAPTION);
        Tensor3 shownX = tiling.apply(x);
        Tensor3 shownDout = tiling.apply(dout);
        Mask negative = Mask.zeroed(shownX);
        List<String> captions = captions(x);

        Label title = new Label(TEXT.format(
                "figure.title", caption, ActivationWords.name(f), x.shape().toString()));
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
        area.add(panel(TEXT.get("figure.x"), new GridData(shownX, null, forward, captions), palette, scale), 0, 0);
        area.add(
                panel(
                        TEXT.format("figure.out", ActivationWords.formula(f)),
                        new GridData(f.forward(shownX), null, forward, captions),
                        palette,
                        scale),
                1,
                0);
        area.add(
                panel(
                        TEXT.format("figure.changed", ActivationWords.changedGrid(f)),
                        new GridData(shownX, negative::get, forward, captions),
                        palette,
                        scale),
                2,
                0);
        area.add(
                panel(TEXT.get("figure.dout"), new GridData(shownDout, null, backward, captions), palette, scale),
                0,
                1);
        area.add(
                panel(
                        TEXT.format("figure.dx", ActivationWords.message(f, "backward.full")),
                        new GridData(f.backward(shownX, shownDout), null, backward, captions),
                        palette,
                        scale),
                1,
                1);
        area.add(
                legend(
                        List.of(
                                new NamedRange(
                                        TEXT.format("figure.scale.forward", ActivationWords.message(f, "verb")),
                                        forward),
                                new NamedRange(TEXT.get("figure.scale.backward"), backward)),
                        palette,
                        f),
                2,
                1);
        VBox.setVgrow(area, Priority.ALWAYS);
        note.getStyleClass().add("figure-note");
        note.setWrapText(true);
        note.managedProperty().bind(note.visibleProperty());
        showNote(false);
        getChildren().addAll(title, note, area);
    }

    /**
     * Says under the title what the picture cannot show cell by cell: a wrapped row, a sampled
     * tensor, cells too small for their values. {@code tooSmall} is whether the grids, as laid
     * out, print no numbers.
     */
    private void showNote(boolean tooSmall) {
        List<String> lines = new ArrayList<>();
        if (tiling.wrap() > 0) {
            lines.add(TEXT.format("figure.note.wrapped", tiling.shape().width(), tiling.wrap()));
        }
        if (tiling.stride() > 1) {
            lines.add(TEXT.format("figure.note.sampled", tiling.stride(), (long)
                    tiling.shape().size()));
        }
        if (tooSmall) {
            lines.add(TEXT.get("figure.note.noValues"));
        }
        note.setText(String.join(" ", lines));
        note.setVisible(!lines.isEmpty());
    }

    /** Adds the note on values once the grids are laid out and know whether they print them. */
    void noteValues() {
        showNote(grids.stream().anyMatch(g -> !g.numbersShownProperty().get()));
    }

    /** The shape of the grids as drawn: the tensor's, or fewer rows and columns when it is sampled or wrapped. */
    Shape drawnShape() {
        return tiling.drawn();
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
        grid.setStyle(String.format(
                Locale.ROOT,
                "-relu-cell-font: %.2fpx \"System\"; -relu-caption-font: %.2fpx \"System\";",
                15 * scale,
                12 * scale));
        grid.paletteProperty().set(palette);
        grid.pictureProperty().set(true);
        // A picture's zoom is its resolution (TensorGrid#pictureProperty): cells grow with the scale.
        grid.zoomProperty().set(scale);
        grid.hiddenCellsProperty().set(tiling.padding());
        grid.dataProperty().set(data);
        grid.setMinSize(0, 0);
        grids.add(grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        VBox box = new VBox(title, grid);
        box.getStyleClass().add("figure-panel");
        box.setMinSize(0, 0);
        return box;
    }

    private static Node legend(List<NamedRange> scales, Palette palette, Activation f) {
        Label title = new Label(TEXT.get("figure.legend"));
        title.getStyleClass().add("panel-title");
        ColorLegend legend = new ColorLegend();
        legend.paletteProperty().set(palette);
        legend.scalesProperty().set(scales);
        legend.hatchTextProperty().set(ActivationWords.changedGrid(f));
        VBox box = new VBox(title, legend);
        box.getStyleClass().add("figure-panel");
        box.setMinSize(0, 0);
        return box;
    }

    private static List<String> captions(Tensor3 x) {
        List<String> captions = new ArrayList<>();
        for (int d = 0; d < x.shape().depth(); d++) {
            captions.add(TEXT.format("figure.caption", d));
        }
        return captions;
    }
}
