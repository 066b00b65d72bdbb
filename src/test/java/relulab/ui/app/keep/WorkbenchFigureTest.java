package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import relulab.core.LeakyRelu;
import relulab.core.Relu;
import relulab.core.Shape;
import relulab.core.Sigmoid;
import relulab.core.Tensor3;
import relulab.testsupport.LabWindows;
import relulab.ui.app.keep.WorkbenchFigure.Part;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.grid.ColorScale;
import relulab.ui.shared.grid.Palette;
import relulab.ui.shared.text.UiLocale;

/**
 * The PNG of the workbench figure: known cells have the colours the window gives them.
 *
 * <p>Under the window-test fixture, although no window is shown: the toolkit must be started by
 * TestFX before {@link FxRuntime} reuses it, or window tests run after this one in the same
 * JVM find no primary stage of TestFX's and their clicks miss.
 */
class WorkbenchFigureTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private static final ColorScale SCALE = new ColorScale(Palette.BLUE_RED);
    /**
     * x and dout of the test. As in the window, x sets the forward grids' scale (±4, its largest
     * finite |value|) and dout the backward grids' (±3).
     */
    private static final Tensor3 X = Tensor3.of(new Shape(1, 2, 2), new double[] {-4.0, 2.0, Double.NaN, 0.0});

    private static final Tensor3 DOUT = Tensor3.of(new Shape(1, 2, 2), new double[] {1.0, -3.0, 1.0, 1.0});

    @TempDir
    Path dir;

    @Test
    void knownCellsOfThePngHaveTheirColoursAtTwiceTheBaseSize() throws Exception {
        Path png = dir.resolve("fig.png");
        int[] size = FigureRenderer.renderPng(X, DOUT, Relu.STANDARD, "x.npy", 2, Locale.ENGLISH, png);
        BufferedImage image = ImageIO.read(png.toFile());

        assertEquals(2560, image.getWidth());
        assertEquals(1440, image.getHeight());
        assertEquals(2560, size[0]);
        // x[0,0,0] = −4: the darkest blue; out there is max(0, −4) = 0: the middle white.
        assertEquals(SCALE.argb(-4, 4), pixelNearCorner(image, Part.X, new CellIndex(0, 0, 0)));
        assertEquals(SCALE.argb(0, 4), pixelNearCorner(image, Part.OUT, new CellIndex(0, 0, 0)));
        // x[0,0,1] = 2 passes: out = 2, and dx = dout = −3.
        assertEquals(SCALE.argb(2, 4), pixelNearCorner(image, Part.OUT, new CellIndex(0, 0, 1)));
        assertEquals(SCALE.argb(-3, 3), pixelNearCorner(image, Part.DX, new CellIndex(0, 0, 1)));
        // NaN has its own grey; at x = 0 no gradient passes.
        assertEquals(ColorScale.NAN_ARGB, pixelNearCorner(image, Part.X, new CellIndex(0, 1, 0)));
        assertEquals(SCALE.argb(0, 3), pixelNearCorner(image, Part.DX, new CellIndex(0, 1, 1)));
    }

    @Test
    void leakyReluScalesTheNegativesInsteadOfZeroingThem() throws Exception {
        Path png = dir.resolve("leaky.png");
        FigureRenderer.renderPng(X, DOUT, new LeakyRelu(0.5), "x.npy", 1, Locale.ENGLISH, png);
        BufferedImage image = ImageIO.read(png.toFile());

        assertEquals(1280, image.getWidth());
        assertEquals(SCALE.argb(-2, 4), pixelNearCorner(image, Part.OUT, new CellIndex(0, 0, 0), 1));
        assertEquals(SCALE.argb(0.5, 3), pixelNearCorner(image, Part.DX, new CellIndex(0, 0, 0), 1));
    }

    @Test
    void theHeadingsNameTheActivationAndWhatItDoesToTheNegatives() throws Exception {
        List<String> sigmoid = FxRuntime.call(
                () -> texts(new WorkbenchFigure(X, DOUT, Sigmoid.INSTANCE, "x.npy", Palette.BLUE_RED, 1)));
        assertTrue(sigmoid.contains("x.npy \u2014 Sigmoid on shape (1, 2, 2)"), sigmoid.toString());
        assertTrue(sigmoid.contains("Squashed towards 0 (x < 0)"), sigmoid.toString());
        assertTrue(
                sigmoid.contains("Backward: dx = \u03c3(x)\u00b7(1 \u2212 \u03c3(x))\u00b7dout"), sigmoid.toString());
        List<String> relu =
                FxRuntime.call(() -> texts(new WorkbenchFigure(X, DOUT, Relu.STANDARD, "x.npy", Palette.BLUE_RED, 1)));
        assertTrue(
                relu.containsAll(List.of(
                        "Forward: out = max(0, x)", "Zeroed by ReLU (x < 0)", "Backward: dx = dout if x > 0, else 0")),
                relu.toString());
    }

    @Test
    void theFigureSpeaksTheLanguageItIsRenderedIn() throws Exception {
        String english = FxRuntime.call(() -> FigureRenderer.inLanguage(Locale.ENGLISH, () -> title()));
        String pseudo = FxRuntime.call(() -> FigureRenderer.inLanguage(UiLocale.PSEUDO, () -> title()));
        assertTrue(english.startsWith("x.npy \u2014 ReLU on shape"), english);
        assertTrue(pseudo.startsWith("[x.npy \u2014 ") && pseudo.contains("šĥáþé"), "the title is pseudo: " + pseudo);
    }

    private static String title() {
        WorkbenchFigure figure = new WorkbenchFigure(X, DOUT, Relu.STANDARD, "x.npy", Palette.BLUE_RED, 1);
        return ((Label) figure.lookup(".figure-title")).getText();
    }

    private static List<String> texts(Node node) {
        List<String> texts = new ArrayList<>();
        if (node instanceof Label label) {
            texts.add(label.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts.addAll(texts(child)));
        }
        return texts;
    }

    @Test
    void aLongOneDimensionalInputIsDrawnInWrappedRowsWithANote() throws Exception {
        Tensor3 x = Tensor3.generate(new Shape(1, 1, 200_000), i -> Math.sin(i / 300.0));
        Tensor3 ones = Tensor3.generate(x.shape(), i -> 1.0);
        WorkbenchFigure figure = FxRuntime.call(() -> {
            WorkbenchFigure f = new WorkbenchFigure(x, ones, Relu.STANDARD, "long.npy", Palette.BLUE_RED, 1);
            FigureRenderer.snapshot(f);
            return f;
        });

        Bounds row40 = FxRuntime.call(() -> figure.cellBounds(Part.X, new CellIndex(0, 40, 0)));
        Bounds row0 = FxRuntime.call(() -> figure.cellBounds(Part.X, new CellIndex(0, 0, 0)));
        assertTrue(row40.getMinY() > row0.getMinY(), "the row is wrapped into lines, not one pixel line");
        String note = FxRuntime.call(() -> ((Label) figure.lookup(".figure-note")).getText());
        assertTrue(note.contains("200,000 values, wrapped every"), note);
    }

    @Test
    void aFigureHasNoScrollBarsWhateverTheTensor() throws Exception {
        Tensor3 x = Tensor3.generate(new Shape(16, 128, 128), i -> i % 7 - 3);
        List<String> bars = FxRuntime.call(() -> {
            WorkbenchFigure f = new WorkbenchFigure(x, x, Relu.STANDARD, "big.npy", Palette.BLUE_RED, 1);
            FigureRenderer.snapshot(f);
            return f.lookupAll(".scroll-bar").stream()
                    .filter(Node::isVisible)
                    .map(Node::toString)
                    .toList();
        });
        assertEquals(List.of(), bars);
    }

    /**
     * A tensor too large to draw cell by cell is drawn whole all the same: every slice, down to
     * the last drawn cell of the last one, lies inside the picture, and the note under the title
     * says it is sampled and that its cells are too small to print their values.
     */
    @Test
    void aLargeTensorIsDrawnWholeAndTheNoteSaysWhatThePictureCannotShow() throws Exception {
        Tensor3 x = Tensor3.generate(new Shape(16, 128, 128), i -> i % 7 - 3);
        List<Object> seen = FxRuntime.call(() -> {
            WorkbenchFigure f = new WorkbenchFigure(x, x, Relu.STANDARD, "big.npy", Palette.BLUE_RED, 1);
            FigureRenderer.snapshot(f);
            Shape drawn = f.drawnShape();
            Bounds last =
                    f.cellBounds(Part.DX, new CellIndex(drawn.depth() - 1, drawn.height() - 1, drawn.width() - 1));
            return List.of(drawn, last, f.getLayoutBounds(), ((Label) f.lookup(".figure-note")).getText());
        });
        Shape drawn = (Shape) seen.get(0);
        Bounds last = (Bounds) seen.get(1);
        Bounds figure = (Bounds) seen.get(2);
        String note = (String) seen.get(3);
        assertEquals(16, drawn.depth(), "every slice is drawn");
        assertTrue(drawn.height() < 128, "the slices are sampled to fit: " + drawn);
        assertTrue(figure.contains(last), "the last cell " + last + " lies inside the picture " + figure);
        assertTrue(note.contains("Too many cells for one picture: each cell drawn is one of every"), note);
        assertTrue(note.contains("Cells too small to print their values"), note);
    }

    @Test
    void cellsGrowWithTheScale() throws Exception {
        double one = FxRuntime.call(() -> cellOf(laidOut(1), Part.X).getWidth());
        double three = FxRuntime.call(() -> cellOf(laidOut(3), Part.X).getWidth());
        assertEquals(3 * one, three, 1.0);
        assertTrue(one >= 32, "cells of a 2×2 tensor are big: " + one);
    }

    private int pixelNearCorner(BufferedImage image, Part part, CellIndex cell) throws Exception {
        return pixelNearCorner(image, part, cell, 2);
    }

    /** A pixel just inside the cell's top-left corner: away from its number, mark and border. */
    private int pixelNearCorner(BufferedImage image, Part part, CellIndex cell, double scale) throws Exception {
        Bounds b = FxRuntime.call(() -> laidOut(scale).cellBounds(part, cell));
        return image.getRGB((int) b.getMinX() + 3, (int) b.getMinY() + 3);
    }

    private static WorkbenchFigure laidOut(double scale) {
        WorkbenchFigure figure = new WorkbenchFigure(X, DOUT, Relu.STANDARD, "x.npy", Palette.BLUE_RED, scale);
        FigureRenderer.snapshot(figure);
        return figure;
    }

    private static Bounds cellOf(WorkbenchFigure figure, Part part) {
        return figure.cellBounds(part, new CellIndex(0, 0, 0));
    }
}
