package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.core.Shape;
import relulab.core.presets.Preset;
import relulab.io.paste.PastedText;
import relulab.io.presets.PresetCatalog;
import relulab.testsupport.LabWindows;
import relulab.testsupport.LessonViews;
import relulab.testsupport.Python;
import relulab.ui.app.MainWindow;
import relulab.ui.lesson.LessonFiles;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.grid.TensorGrid;

/** Drives the real main window, headless: edit, refuse, paste, undo, open a file, hover. */
class WorkbenchViewTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private static final CellIndex CELL = new CellIndex(0, 1, 2);
    /** The zeroed grid's colour for cells ReLU left alone (-relu-empty-color in workbench.css). */
    private static final int EMPTY_RGB = 0xeeeeee;

    private MainWindow window;
    private WorkbenchViewModel model;
    private WorkbenchView view;

    @BeforeEach
    void start() {
        window = windows.openMain();
        LabWindows.interact(() -> {
            view = LessonViews.workbench(window);
            model = view.viewModel();
        });
    }

    @Test
    void editingACellUpdatesOutTheZeroedMaskAndDx(FxRobot robot) {
        robot.interact(() -> model.setValue(Target.X, CELL, 1.0));
        assertEquals(EMPTY_RGB, pixelAt(Panel.ZEROED, CELL), "a positive cell is not zeroed");

        robot.clickOn(screenPoint(Panel.X, CELL)).write("-3").type(KeyCode.ENTER);

        WorkbenchResults r = model.results();
        assertEquals(-3.0, r.x().get(0, 1, 2));
        assertEquals(0.0, r.out().get(0, 1, 2));
        assertTrue(r.isZeroed(0, 1, 2));
        assertEquals(0.0, r.dx().get(0, 1, 2));
        assertNotEquals(EMPTY_RGB, pixelAt(Panel.ZEROED, CELL), "the zeroed grid now marks it");
        assertEquals(
                new CellIndex(0, 2, 2), view.grid(Panel.X).selectionProperty().get(), "Enter moves down");
    }

    @Test
    void textThatIsNotANumberShowsAMessageAtTheCellAndKeepsTheOldValue(FxRobot robot) {
        double before = model.results().x().get(0, 1, 2);

        robot.clickOn(screenPoint(Panel.X, CELL)).write("abc").type(KeyCode.ENTER);

        TensorGrid grid = view.grid(Panel.X);
        assertTrue(grid.cellMessage().orElseThrow().contains("'abc' is not a number"));
        assertTrue(robot.lookup(".cell-error").query().isVisible());
        assertEquals(before, model.results().x().get(0, 1, 2));
    }

    @Test
    void pastingANumpyPrinted3dArrayReplacesX(FxRobot robot) {
        String numpy = "array([[[ 0.1, -0.2,  0.3],\n        [-0.4,  0.5, -0.6]],\n\n"
                + "       [[ 0.7, -0.8,  0.9],\n        [-1. ,  1.1, -1.2]]])";
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(numpy);
            Clipboard.getSystemClipboard().setContent(content);
        });

        robot.clickOn(screenPoint(Panel.X, new CellIndex(0, 0, 0)))
                .press(KeyCode.CONTROL)
                .type(KeyCode.V)
                .release(KeyCode.CONTROL);

        assertEquals(new Shape(2, 2, 3), model.shape());
        assertEquals(-1.2, model.results().x().get(1, 1, 2));
        assertEquals(new Shape(2, 2, 3), model.results().dout().shape());
        assertTrue(robot.lookup("#status-line").queryAs(Label.class).getText().contains("replaces all of x"));
    }

    @Test
    void ctrlCCopiesTheSelectedCellsSliceToTheClipboardAsRowsThatPasteBack(FxRobot robot) throws Exception {
        robot.interact(() -> model.setValue(Target.X, CELL, -0.1 - 0.2));

        robot.clickOn(screenPoint(Panel.X, CELL))
                .press(KeyCode.CONTROL)
                .type(KeyCode.C)
                .release(KeyCode.CONTROL);

        String copied = clipboardText(robot);
        Shape shape = model.shape();
        assertEquals(shape.height(), copied.lines().count());
        assertArrayEquals(model.results().x().slice(0), PastedText.parse(copied).values());
        assertTrue(robot.lookup("#status-line")
                .queryAs(Label.class)
                .getText()
                .startsWith("Copied slice d = 0 of x (" + shape.height() + " × " + shape.width() + ")"));
    }

    private static String clipboardText(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    @Test
    void deleteSetsZeroEscapeCancelsAndTabCommitsToTheRight(FxRobot robot) {
        robot.interact(() -> model.setValue(Target.DOUT, CELL, 7.0));
        robot.clickOn(screenPoint(Panel.DOUT, CELL)).type(KeyCode.DELETE);
        assertEquals(0.0, model.results().dout().get(0, 1, 2));

        robot.write("5").type(KeyCode.ESCAPE);
        assertEquals(0.0, model.results().dout().get(0, 1, 2));

        robot.write("1e-3").type(KeyCode.TAB);
        assertEquals(1e-3, model.results().dout().get(0, 1, 2));
        assertEquals(
                new CellIndex(0, 1, 3),
                view.grid(Panel.DOUT).selectionProperty().get());
    }

    @Test
    void f5TogglesPresentationModeAndCtrlPlusZoomsEveryGrid(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.display().isPresentation());
        assertTrue(window.root().getStyleClass().contains("presentation"));
        int cell = view.grid(Panel.OUT).cellSize();

        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(view.grid(Panel.OUT).cellSize() > cell, "zoomed in");
        assertEquals(view.grid(Panel.OUT).cellSize(), view.grid(Panel.X).cellSize());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertEquals(1.0, model.zoomProperty().get());
    }

    @Test
    void presentationModeFillsTheScreenWithEveryToolbarControlInTheWindowAndGridsThatDoNotShrink(FxRobot robot) {
        int normalCell = view.grid(Panel.X).cellSize();

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        Scene scene = view.getScene();
        // Full screen; WindowLayoutTest checks the toolbar's one row at 1280 × 800.
        assertEquals(Screen.getPrimary().getBounds().getWidth(), scene.getWidth());
        for (String id : List.of(
                "#undo",
                "#redo",
                "#file-menu",
                "#presets-menu",
                "#seed",
                "#shape-depth",
                "#shape-height",
                "#shape-width",
                "#zoom-out",
                "#zoom-fit",
                "#zoom-in")) {
            Node control = robot.lookup(id).query();
            Bounds b = control.localToScene(control.getLayoutBounds());
            assertTrue(
                    control.isVisible() && b.getMinX() >= 0 && b.getMaxX() <= scene.getWidth(),
                    id + " is reachable, at " + b);
        }
        assertTrue(
                robot.lookup(".panel-explanation").queryAll().stream().noneMatch(Node::isVisible),
                "the explanations give their room to the grids");
        assertTrue(
                view.grid(Panel.X).cellSize() >= normalCell,
                "cells " + view.grid(Panel.X).cellSize() + " px, were " + normalCell + " px");
    }

    @Test
    void everyPresetInThePresetsMenuCarriesItsDescriptionAsATooltipAndFillsTheTensorOnceOpened(FxRobot robot) {
        MenuButton presets = robot.lookup("#presets-menu").queryAs(MenuButton.class);
        robot.clickOn(presets); // the items are made when the menu first opens
        robot.type(KeyCode.ESCAPE);
        List<Preset> catalog = PresetCatalog.all();
        for (MenuItem fill : presets.getItems()) {
            List<MenuItem> items = ((Menu) fill).getItems();
            assertEquals(catalog.size(), items.size(), fill.getText());
            for (int i = 0; i < catalog.size(); i++) {
                Label label = (Label) ((CustomMenuItem) items.get(i)).getContent();
                assertEquals(PresetWords.name(catalog.get(i)), label.getText());
                assertEquals(
                        PresetWords.description(catalog.get(i)),
                        label.getTooltip().getText());
            }
        }
        Preset checkerboard = catalog.stream()
                .filter(p -> p.id().equals("checkerboard"))
                .findFirst()
                .orElseThrow();
        MenuItem fillDout = ((Menu) presets.getItems().get(1)).getItems().get(catalog.indexOf(checkerboard));

        robot.interact(fillDout::fire);

        assertEquals(checkerboard.create(model.shape(), model.seedProperty().get()), model.tensor(Target.DOUT));
        assertTrue(model.statusProperty().get().startsWith("dout \u2190 " + PresetWords.name(checkerboard)));
    }

    @Test
    void ctrlZUndoesAnEditAndTheUndoButtonNamesIt(FxRobot robot) {
        double before = model.results().x().get(0, 1, 2);
        robot.clickOn(screenPoint(Panel.X, CELL)).write("42").type(KeyCode.ENTER);
        assertEquals(42.0, model.results().x().get(0, 1, 2));
        assertTrue(robot.lookup("#undo").queryButton().getTooltip().getText().contains("Edit x[0,1,2]"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        assertEquals(before, model.results().x().get(0, 1, 2));
        assertTrue(robot.lookup("#status-line").queryAs(Label.class).getText().startsWith("Undid: Edit x[0,1,2]"));
    }

    @Test
    void openingANpyFileMadeByNumpyReplacesXAndResizesDout(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("fmap.npy");
        Python.run("import numpy as np; np.save(r'" + file
                + "', np.arange(-12, 12, dtype=np.float32).reshape(2, 3, 4) / 4)");

        robot.interact(() -> window.keep().open(file, LessonFiles.Slot.X));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.shape().equals(new Shape(2, 3, 4)));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(-3.0, model.results().x().get(0, 0, 0));
        assertEquals(2.75, model.results().x().get(1, 2, 3));
        assertEquals(new Shape(2, 3, 4), model.results().dout().shape());
        assertEquals(12, model.results().stats().total().zeroed());
    }

    /**
     * A save the file system refuses is said in the bar that stays until closed, naming the file,
     * quoted, and the reason in words; nothing is written.
     */
    @Test
    void aSaveThatFailsIsRefusedInTheBarNamingTheFileAndWhy(FxRobot robot, @TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain"), "a file, not a folder");
        Path out = notAFolder.resolve("x\n.npy");

        robot.interact(() -> view.files().save(Target.X, out));

        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !robot.lookup(".message-bar .bar-text").queryAll().isEmpty());
        String said =
                robot.lookup(".message-bar .bar-text").queryAs(Label.class).getText();
        assertEquals("'x\\u000A.npy': cannot be written: a folder in its path is a file", said);
        assertFalse(Files.exists(out));
    }

    @Test
    void savingATensorOpenedAsFloat32WritesFloat32Again(FxRobot robot, @TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.npy");
        Path out = dir.resolve("out.npy");
        Python.run("import numpy as np; np.save(r'" + in + "', np.full((1, 2, 3), -0.5, dtype=np.float32))");
        robot.interact(() -> window.keep().open(in, LessonFiles.Slot.X));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.shape().equals(new Shape(1, 2, 3)));
        robot.interact(() -> model.setValue(Target.X, new CellIndex(0, 0, 0), 2.0));

        robot.interact(() -> view.files().save(Target.X, out));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> out.toFile().exists());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> window.keep().messageProperty().get().equals("Saved x (1, 2, 3) to 'out.npy'"));

        Python.run("import numpy as np; a = np.load(r'" + out + "'); "
                + "assert a.dtype == np.float32 and a.shape == (1, 2, 3) and a[0, 0, 0] == 2.0, (a.dtype, a)");
    }

    @Test
    void hoveringACellTellsItsStoryAndFramesItInEveryGrid(FxRobot robot) {
        robot.moveTo(screenPoint(Panel.DX, CELL));

        String story = robot.lookup("#story-line").queryAs(Label.class).getText();
        assertTrue(story.startsWith("x[0,1,2]"), story);
        for (Panel p : Panel.values()) {
            assertEquals(CELL, view.grid(p).hoveredCellProperty().get(), p.name());
        }
    }

    private Point2D screenPoint(Panel panel, CellIndex cell) {
        TensorGrid grid = view.grid(panel);
        Bounds b = grid.cellBounds(cell).orElseThrow();
        return grid.localToScreen(b.getCenterX(), b.getCenterY());
    }

    /** The RGB drawn near the bottom-left corner of a cell (clear of its number and frame). */
    private int pixelAt(Panel panel, CellIndex cell) {
        TensorGrid grid = view.grid(panel);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds b = grid.cellBounds(cell).orElseThrow();
        BufferedImage image = SwingFXUtils.fromFXImage(
                WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> grid.snapshot(null, null))), null);
        return image.getRGB((int) (b.getMinX() + 4), (int) (b.getMaxY() - 5)) & 0xffffff;
    }
}
