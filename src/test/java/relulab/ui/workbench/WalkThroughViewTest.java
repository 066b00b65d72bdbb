package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import relulab.core.presets.Presets;
import relulab.testsupport.LabWindows;
import relulab.testsupport.LessonViews;
import relulab.ui.app.MainWindow;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.grid.ColorScope;

/** The walk-through in the real window: started by its button, driven by the keys, left with Esc. */
class WalkThroughViewTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private MainWindow window;
    private WorkbenchViewModel model;
    private WorkbenchView view;

    @BeforeEach
    void start() {
        window = windows.openMain();
        LabWindows.interact(() -> {
            view = LessonViews.workbench(window);
            model = view.viewModel();
            model.applyPreset(Target.X, Presets.textbookExample());
        });
    }

    @Test
    void stepsForwardBackAndToTheEndWithTheKeys(FxRobot robot) {
        robot.clickOn("#walk-through");
        WalkThrough walk = model.walkThroughProperty().get();
        assertTrue(robot.lookup("#walk-through-bar").query().isVisible());
        assertFalse(view.grid(Panel.X).editableProperty().get(), "x is read-only during the walk");

        robot.type(KeyCode.RIGHT, 2);
        assertEquals(2, walk.step());
        assertEquals(new CellIndex(0, 0, 1), view.grid(Panel.OUT).cueProperty().get());
        assertEquals(new CellIndex(0, 0, 1), view.grid(Panel.DOUT).cueProperty().get(), "the cue links all six grids");
        assertEquals("out[0,0,1] = max(0, \u22120.5) = 0 (zeroed)", formula(robot));
        assertTrue(view.grid(Panel.OUT).hiddenCellsProperty().get().test(2), "out not reached yet is hidden");
        assertFalse(view.grid(Panel.OUT).hiddenCellsProperty().get().test(1));

        robot.type(KeyCode.LEFT);
        assertEquals(1, walk.step());
        assertEquals("out[0,0,0] = max(0, 1) = 1 (passed)", formula(robot));

        robot.type(KeyCode.END);
        assertEquals(walk.lastStepProperty().get(), walk.step());
        assertEquals(32, walk.backwardDoneProperty().get());
        assertTrue(formula(robot).startsWith("dout[1,3,3] = "), formula(robot));
        assertEquals(new CellIndex(1, 3, 3), view.grid(Panel.DX).cueProperty().get());

        robot.type(KeyCode.HOME);
        assertEquals(0, walk.step());

        robot.type(KeyCode.ESCAPE);
        assertNull(model.walkThroughProperty().get());
        assertFalse(robot.lookup("#walk-through-bar").query().isVisible());
        assertNull(view.grid(Panel.OUT).hiddenCellsProperty().get());
        assertNull(view.grid(Panel.X).cueProperty().get());
        assertTrue(view.grid(Panel.X).editableProperty().get());
    }

    @Test
    void wStartsTheWalkAndAChangeOfTheLayerEndsIt(FxRobot robot) {
        robot.clickOn("#grid-x");
        robot.type(KeyCode.W);
        assertTrue(model.walkThroughProperty().get() != null);
        robot.interact(() -> model.scopeProperty().set(ColorScope.values()[1]));
        assertTrue(model.walkThroughProperty().get() != null, "another colour scale keeps the walk");
        robot.interact(() -> model.setValue(Target.DOUT, new CellIndex(0, 0, 0), 2.0));
        assertNull(model.walkThroughProperty().get());
        assertEquals(2.0, model.results().dout().get(0, 0, 0), "the edit itself went through");
    }

    @Test
    void escLeavesTheWalkThroughButNotPresentationMode(FxRobot robot) {
        robot.clickOn("#walk-through");
        robot.type(KeyCode.F5);
        robot.type(KeyCode.ESCAPE);
        assertNull(model.walkThroughProperty().get());
        assertTrue(window.display().isPresentation(), "the teacher stays on the projector");
    }

    @Test
    void escGivesBackTheStatusLineAndTheZoomTheWalkThroughFound(FxRobot robot) {
        robot.interact(() -> model.edit(Target.X, new CellIndex(0, 0, 0), "2"));
        String before = status(robot);
        double zoom = model.zoomProperty().get();
        robot.clickOn("#grid-x");
        robot.type(KeyCode.W);
        assertTrue(status(robot).contains("Esc leaves"), "the walk-through lists its keys: " + status(robot));
        robot.interact(model::zoomIn);
        robot.interact(model::zoomIn);

        robot.type(KeyCode.ESCAPE);

        assertNull(model.walkThroughProperty().get());
        assertEquals(before, status(robot), "no key of the ended walk-through is left in the status line");
        assertEquals(zoom, model.zoomProperty().get(), "the zoom is the one the walk-through found");
    }

    @Test
    void anEditThatEndsTheWalkThroughLeavesNoKeyOfItInTheStatusLine(FxRobot robot) {
        robot.clickOn("#walk-through");
        robot.interact(() -> model.edit(Target.DOUT, new CellIndex(0, 0, 0), "2"));
        assertNull(model.walkThroughProperty().get());
        assertFalse(status(robot).contains("Esc leaves"), status(robot));
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status-line").queryAs(Label.class).getText();
    }

    private static String formula(FxRobot robot) {
        return robot.lookup("#walk-formula").queryAs(Label.class).getText();
    }
}
