package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.core.presets.Preset;
import relulab.io.presets.PresetCatalog;
import relulab.testsupport.LabWindows;
import relulab.testsupport.LessonViews;
import relulab.ui.app.MainWindow;
import relulab.ui.shared.grid.ColorLegend;
import relulab.ui.shared.grid.TensorGrid;

/** The workbench at the smallest window: numbers in one font whatever the values, hints only when true. */
class WorkbenchLegibilityTest {

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
    void theSpecialValuesPresetKeepsTheFontAndTheNumbersOfEveryGrid(FxRobot robot) {
        double before = view.grid(Panel.X).numberFontSize();
        Preset special = preset("special-values");

        robot.interact(() -> model.applyPreset(Target.X, special));
        robot.interact(() -> model.applyPreset(Target.DOUT, special));
        WaitForAsyncUtils.waitForFxEvents();

        for (Panel panel : Panel.values()) {
            TensorGrid grid = view.grid(panel);
            assertTrue(grid.numberFontSize() > 0, panel + " still shows numbers");
            assertEquals(1, grid.numberFontsInLastPaint(), panel + " in one font");
        }
        assertEquals(before, view.grid(Panel.X).numberFontSize(), "±1e308 and 5e−324 do not shrink the font");
    }

    @Test
    void aHugeDoutValueLeavesTheOtherDoutCellsOnARobustScale(FxRobot robot) {
        robot.interact(() -> model.setValue(Target.DOUT, new relulab.ui.shared.grid.CellIndex(0, 0, 0), 1e308));

        assertTrue(model.results().range(Panel.DOUT).limit(0) < 10, "the scale is set by the ordinary values");
        assertTrue(model.results().range(Panel.DOUT).beyond(0, 1e308), "1e308 is marked beyond the scale");
        assertEquals(model.results().range(Panel.X), model.results().range(Panel.OUT), "x's scale is not dout's");
    }

    @Test
    void zoomingOutOfOneSliceBringsBackTheMosaicAndTheSliceHintGoes(FxRobot robot) {
        robot.interact(() -> model.resize(new Shape(16, 32, 32)));
        WaitForAsyncUtils.waitForFxEvents();
        TensorGrid x = view.grid(Panel.X);
        assertFalse(x.mosaicProperty().get(), "16 slices of 32 × 32 do not fit side by side at 1024 × 700");
        Label hint = robot.lookup("#slice-label").queryAs(Label.class);
        assertTrue(shown(hint) && hint.getText().contains("zoom out"));

        robot.interact(model::zoomOut);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(x.mosaicProperty().get(), "one zoom-out shows every slice again");
        assertFalse(shown(hint), "the hint goes when it is no longer true");
    }

    @Test
    void tinyCellsSayZoomInToReadValuesAndOnlyThen(FxRobot robot) {
        assertFalse(shown(robot.lookup("#zoom-in-hint").query()));

        robot.interact(() -> model.resize(new Shape(16, 64, 64)));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0.0, view.grid(Panel.X).numberFontSize());
        assertTrue(shown(robot.lookup("#zoom-in-hint").query()));
        Tensor3 x = model.results().x();
        long zeros = java.util.stream.IntStream.range(0, x.size())
                .filter(i -> x.get(i) == 0)
                .count();
        assertTrue(zeros < x.size() / 10, "growing fills the new cells with seeded random numbers, not zeros");

        robot.interact(model::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(robot.lookup("#zoom-in-hint").query()));
    }

    @Test
    void theLegendNamesTheForwardAndBackwardScalesWithTheirLimits(FxRobot robot) {
        robot.clickOn("#colours-toggle"); // at 1024 × 700 the grids' numbers come first: the legend is a click away
        ColorLegend legend = robot.lookup(".color-legend").queryAs(ColorLegend.class);

        assertEquals(
                List.of("x \u00b7 out \u00b7 zeroed", "dout \u00b7 dx", "f\u2032(x)"),
                legend.scalesProperty().get().stream().map(s -> s.name()).toList());
        String max = robot.lookup("#legend-max-1").queryAs(Label.class).getText();
        assertEquals(
                relulab.io.NumberText.forDisplay(
                        model.results().range(Panel.DOUT).limit(0), 3),
                max);
    }

    @Test
    void aPresetOfAnotherShapeSaysWhatChangedInAWrappedStatusLine(FxRobot robot) {
        robot.interact(() -> model.applyPreset(Target.X, preset("cs231n")));
        WaitForAsyncUtils.waitForFxEvents();

        Label status = robot.lookup("#status-line").queryAs(Label.class);
        assertTrue(status.getText().contains("shape (2, 4, 4) \u2192 (1, 3, 4)"), status.getText());
        assertTrue(status.isWrapText());
    }

    @Test
    void theShapeFieldsShowThreeDigitsWhole(FxRobot robot) {
        robot.interact(() -> model.resize(new Shape(16, 128, 128)));
        WaitForAsyncUtils.waitForFxEvents();

        for (String id : List.of("#shape-depth", "#shape-height", "#shape-width")) {
            TextField field = robot.lookup(id).queryAs(Spinner.class).getEditor();
            Text text = (Text) field.lookup(".text");
            double room = field.getWidth()
                    - field.getInsets().getLeft()
                    - field.getInsets().getRight();
            assertTrue(
                    text.getLayoutBounds().getWidth() <= room,
                    id + ": \"" + field.getText() + "\" needs "
                            + text.getLayoutBounds().getWidth() + " px, has " + room);
        }
    }

    @Test
    void bothViewHintsInPresentationModeKeepTheWorkbenchInsideTheWindow(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            window.display().presentationProperty().set(true);
            model.resize(new Shape(16, 128, 128));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot.lookup("#zoom-in-hint").query())
                && shown(robot.lookup("#slice-label").query()));

        double room = view.getScene().getWidth();
        assertTrue(
                view.getWidth() <= room,
                "the workbench is " + view.getWidth() + " px wide in a " + room + " px window");
        robot.interact(() -> window.display().presentationProperty().set(false));
    }

    /** Whether the node and all its ancestors are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Preset preset(String id) {
        return PresetCatalog.all().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
