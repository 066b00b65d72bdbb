package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.core.presets.Preset;
import relulab.io.presets.PresetCatalog;
import relulab.testsupport.LabWindows;
import relulab.testsupport.LessonViews;
import relulab.ui.app.MainWindow;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.grid.TensorGrid;

/**
 * The workbench's grids draw one tensor at one cell size, as large as the panels allow with its
 * numbers legible: in the walk-through at the smallest window, after a preset, after zooming and
 * in presentation mode.
 */
class GridCellSizeTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private Stage stage;
    private MainWindow window;
    private WorkbenchViewModel model;
    private WorkbenchView view;

    @BeforeEach
    void start() {
        window = windows.openMain();
        stage = windows.stage();
        LabWindows.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            view = LessonViews.workbench(window);
            model = view.viewModel();
        });
    }

    @Test
    void theWalkThroughKeepsNumbersForEveryTensorUpTo3x5x6AtTheSmallestWindow(FxRobot robot) {
        Random random = new Random(5);
        for (Shape shape : new Shape[] {new Shape(1, 5, 6), new Shape(2, 4, 4), new Shape(3, 5, 6)}) {
            Tensor3 x = Tensor3.generate(shape, i -> Math.round(random.nextGaussian() * 300) / 100.0);
            robot.interact(() -> model.load(Target.X, "x.npy", x));
            robot.interact(model::startWalkThrough);
            settle();
            for (Panel panel : Panel.values()) {
                assertTrue(view.grid(panel).numbersShownProperty().get(), shape + ": " + panel + " shows numbers");
            }
            assertOneCellSize(shape.toString());
            robot.interact(model::leaveWalkThrough);
            settle();
        }
    }

    @Test
    void afterZoomingInTheWalkThroughsCellStaysInViewInEveryGrid(FxRobot robot) {
        robot.interact(() -> model.load(Target.X, "x.npy", Tensor3.generate(new Shape(3, 5, 6), i -> i - 40)));
        robot.interact(model::startWalkThrough);
        for (int i = 0; i < 14; i++) {
            robot.interact(() -> model.walkThroughProperty().get().next());
        }
        settle();
        CellIndex cue = view.grid(Panel.OUT).cueProperty().get();

        robot.interact(model::zoomIn);
        settle();

        for (Panel panel : Panel.values()) {
            TensorGrid grid = view.grid(panel);
            Bounds cell = grid.cellBounds(cue).orElseThrow();
            assertTrue(
                    cell.getMinX() >= 0
                            && cell.getMinY() >= 0
                            && cell.getMaxX() <= grid.getWidth()
                            && cell.getMaxY() <= grid.getHeight(),
                    panel + ": " + cue + " at " + cell + " in " + grid.getWidth() + "×" + grid.getHeight());
        }
    }

    @Test
    void featureMapsAreDrawnAtOneCellSizeInTopAndBottomRowAndZoomOutNeverEnlarges(FxRobot robot) {
        Preset maps = PresetCatalog.all().stream()
                .filter(p -> p.id().equals("feature-maps"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> model.applyPreset(Target.X, maps));
        settle();
        int fitted = assertOneCellSize("feature maps");

        int before = fitted;
        for (int i = 0; i < 6; i++) {
            robot.interact(model::zoomOut);
            settle();
            int now = assertOneCellSize("feature maps zoomed out " + (i + 1));
            assertTrue(now <= before, "zoom − took the cells from " + before + " to " + now);
            before = now;
        }
    }

    @Test
    void inPresentationModeNumbersAreAtLeastAsLargeAsTheBodyText(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            window.display().presentationProperty().set(true);
        });
        double body =
                robot.lookup("#slice-label").queryAs(Label.class).getFont().getSize();
        Random random = new Random(8);
        for (Shape shape : new Shape[] {new Shape(1, 3, 4), new Shape(3, 4, 4), new Shape(3, 5, 6)}) {
            robot.interact(() -> model.load(Target.X, "x.npy", Tensor3.generate(shape, i -> random.nextGaussian())));
            settle();
            for (Panel panel : Panel.values()) {
                double size = view.grid(panel).numberFontSize();
                assertTrue(size == 0 || size >= body, shape + ": " + panel + " prints numbers at " + size + " px");
            }
        }
        assertTrue(view.grid(Panel.X).numberFontSize() == 0 || body >= 18, "the body text is presentation size");
        robot.interact(() -> window.display().presentationProperty().set(false));
    }

    /**
     * The largest tensor the walk-through is made for, 3×5×6, set in presentation mode on a
     * projector's 1280×800: every grid prints its numbers, at least as large as the body text,
     * in one font. (At 1024×700 the menu, tabs, toolbar, slice line and story leave each grid
     * some 45 px less than five rows of 19 px numbers need.)
     */
    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800"})
    void aThreeByFiveBySixTensorShowsItsNumbersInEveryGridInPresentationMode(int width, int height, FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        LabWindows.interact(() -> window.presentInWindow(true));
        robot.interact(() -> model.resize(new Shape(3, 5, 6)));
        settle();
        double body =
                robot.lookup("#slice-label").queryAs(Label.class).getFont().getSize();
        assertTrue(body >= 18, "the body text is presentation size, " + body + " px");
        assertEquals(width, stage.getScene().getWindow().getWidth(), 0.5, "presentation mode in the window");
        for (Panel panel : Panel.values()) {
            TensorGrid grid = view.grid(panel);
            double size = grid.numberFontSize();
            assertTrue(
                    size > 0,
                    panel + " shows numbers: " + grid.getHeight() + " px high, "
                            + grid.heightForNumbers(grid.getWidth()) + " px needed");
            assertTrue(size >= body, panel + " prints numbers at " + size + " px under " + body + " px body text");
            assertEquals(1, grid.numberFontsInLastPaint(), panel + " in one font");
        }
        LabWindows.interact(() -> window.presentInWindow(false));
    }

    /** Asserts that the five grids have one cell size, and returns it. */
    private int assertOneCellSize(String what) {
        int[] sizes = Arrays.stream(Panel.values())
                .mapToInt(p -> view.grid(p).cellSize())
                .toArray();
        assertTrue(Arrays.stream(sizes).allMatch(s -> s == sizes[0]), what + ": cells of " + Arrays.toString(sizes));
        return sizes[0];
    }

    /** Lets the grids lay out: one pulse may ask the linked grids for another. */
    private static void settle() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            LabWindows.interact(() -> {});
        }
    }
}
