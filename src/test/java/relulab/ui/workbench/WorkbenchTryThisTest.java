package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntPredicate;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.core.GradientAtZero;
import relulab.core.Tensor3;
import relulab.core.presets.Preset;
import relulab.io.presets.PresetCatalog;
import relulab.testsupport.LabWindows;
import relulab.testsupport.LessonViews;
import relulab.ui.app.MainWindow;
import relulab.ui.shared.grid.CellIndex;

/**
 * The "Things to try" rows of the workbench's help page, each done in the window as the row
 * says, with what it promises checked ({@code help.workbench.N} in the try-this registry).
 */
class WorkbenchTryThisTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private MainWindow window;
    private WorkbenchView view;
    private WorkbenchViewModel model;

    @BeforeEach
    void start() {
        window = windows.openMain();
        LabWindows.interact(() -> {
            window.openLesson(WorkbenchLesson.ID);
            view = LessonViews.workbench(window);
            model = view.viewModel();
        });
    }

    /** Row 1: press W and step with →: out fills in element by element, then dx. */
    @Test
    void wAndTheArrowFillOutElementByElementThenDx(FxRobot robot) {
        robot.clickOn("#grid-x");
        robot.type(KeyCode.W);
        int n = model.shape().size();
        assertTrue(hidden(Panel.OUT).test(0), "nothing computed at step 0");
        robot.type(KeyCode.RIGHT);
        assertFalse(hidden(Panel.OUT).test(0), "the first element of out is filled in");
        assertTrue(hidden(Panel.OUT).test(1), "the second is not yet");
        assertTrue(hidden(Panel.DX).test(0), "dx comes after the forward pass");
        robot.interact(() -> {
            for (int i = 1; i < n; i++) {
                model.walkThroughProperty().get().next();
            }
        });
        assertFalse(hidden(Panel.OUT).test(n - 1), "the forward pass is done");
        assertTrue(hidden(Panel.DX).test(0));
        robot.type(KeyCode.RIGHT);
        assertFalse(hidden(Panel.DX).test(0), "then dx, element by element");
        assertFalse(hidden(Panel.SLOPE).test(0), "with the slope it multiplies");
        assertTrue(hidden(Panel.DX).test(1));
    }

    /** Row 2: a negative number typed into a positive cell of x: out 0, hatched, f′(x) 0, dx 0. */
    @Test
    void aNegativeTypedIntoAPositiveCellIsZeroedWithNoSlopeAndNoGradient(FxRobot robot) {
        CellIndex cell = firstCell(x -> x > 0);
        WorkbenchResults before = model.results();
        assertNotEquals(0.0, before.out().get(cell.d(), cell.r(), cell.c()));
        robot.interact(() -> model.edit(Target.X, cell, "-3"));
        WorkbenchResults r = model.results();
        assertEquals(0.0, r.out().get(cell.d(), cell.r(), cell.c()));
        assertTrue(r.isZeroed(cell.d(), cell.r(), cell.c()), "hatched in the zeroed grid");
        assertEquals(0.0, r.slope().get(cell.d(), cell.r(), cell.c()));
        assertEquals(0.0, r.dx().get(cell.d(), cell.r(), cell.c()));
        assertNotEquals(0.0, r.dout().get(cell.d(), cell.r(), cell.c()), "dx is 0 whatever dout");
    }

    /** Row 3: x = 0 is not zeroed; dx is 0 with ReLU′(0) = 0, ½·dout with ½, dout with 1. */
    @Test
    void anExactZeroIsNotZeroedAndItsDxFollowsReluPrimeOfZero(FxRobot robot) {
        CellIndex cell = firstCell(x -> x > 0);
        robot.interact(() -> model.edit(Target.X, cell, "0"));
        WorkbenchResults r = model.results();
        double dout = r.dout().get(cell.d(), cell.r(), cell.c());
        assertEquals(0.0, r.out().get(cell.d(), cell.r(), cell.c()));
        assertFalse(r.isZeroed(cell.d(), cell.r(), cell.c()));
        assertEquals(0.0, r.dx().get(cell.d(), cell.r(), cell.c()), "the default ReLU′(0) = 0");
        robot.interact(() -> window.state().gradientAtZeroProperty().set(GradientAtZero.HALF));
        assertEquals(0.5 * dout, model.results().dx().get(cell.d(), cell.r(), cell.c()));
        robot.interact(() -> window.state().gradientAtZeroProperty().set(GradientAtZero.ONE));
        assertEquals(dout, model.results().dx().get(cell.d(), cell.r(), cell.c()));
        assertFalse(model.results().isZeroed(cell.d(), cell.r(), cell.c()), "never zeroed, whatever ReLU′(0)");
    }

    /** Row 4: Special values: −0 → +0, NaN → NaN, +∞ → +∞, −∞ → 0. */
    @Test
    void specialValuesShowHowReluTreatsTheCornersOfFloatingPoint(FxRobot robot) {
        Preset special = PresetCatalog.all().stream()
                .filter(p -> p.id().equals("special-values"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> model.applyPreset(Target.X, special));
        Tensor3 x = model.results().x();
        Tensor3 out = model.results().out();
        int seen = 0;
        for (int i = 0; i < x.size(); i++) {
            double v = x.get(i);
            double o = out.get(i);
            if (Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(-0.0)) {
                assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(o), "−0 gives +0");
                seen |= 1;
            } else if (Double.isNaN(v)) {
                assertTrue(Double.isNaN(o), "NaN propagates");
                seen |= 2;
            } else if (v == Double.POSITIVE_INFINITY) {
                assertEquals(Double.POSITIVE_INFINITY, o);
                seen |= 4;
            } else if (v == Double.NEGATIVE_INFINITY) {
                assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(o), "−∞ gives 0");
                seen |= 8;
            }
        }
        assertEquals(15, seen, "the preset holds −0, NaN, +∞ and −∞");
    }

    /**
     * Row 5: choose GELU in the toolbar: nothing zeroed (negatives give small negatives), f′(x)
     * nowhere 0, dx = dout · f′(x) everywhere; Ctrl+Z brings ReLU back.
     */
    @Test
    void choosingGeluInTheToolbarGatesSmoothlyAndCtrlZBringsReluBack(FxRobot robot) {
        choose(robot, "gelu");
        Activation gelu = Activations.parse("gelu");
        assertEquals(gelu, window.state().activation(), "every lesson follows the state");
        WorkbenchResults r = model.results();
        for (int i = 0; i < r.x().size(); i++) {
            double x = r.x().get(i);
            if (x < 0 && x > -5) {
                assertTrue(r.out().get(i) < 0, "a negative x gives a small negative out, not 0: x = " + x);
            }
            assertNotEquals(0.0, r.slope().get(i), "f′(x) is 0 nowhere");
            assertEquals(r.dout().get(i) * r.slope().get(i), r.dx().get(i), 1e-15, "dx = dout · f′(x)");
        }
        assertEquals("dx = dout \u00b7 f\u2032(x), and f\u2032 \u2260 0 in every cell", footer(robot, "slope"));
        assertTrue(
                Panel.ZEROED.title(model.activationProperty().get()).startsWith("Gated smoothly"),
                "the middle grid is named for what GELU does");

        robot.clickOn("#grid-x");
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        assertEquals(Activations.relu(), window.state().activation(), "Ctrl+Z brings ReLU back");
        assertEquals("relu", selected(robot).id(), "and the toolbar shows it");
    }

    /** Row 6: Leaky ReLU with α typed as 0.1: out's negatives are a tenth of x; 2 is refused. */
    @Test
    void leakyReluTakesATypedAlphaAndRefusesOneAboveOne(FxRobot robot) {
        choose(robot, "leaky");
        TextField alpha = robot.lookup("#activation-parameter").queryAs(TextField.class);
        assertTrue(alpha.isVisible(), "Leaky ReLU has a parameter");
        assertEquals("0.01", alpha.getText());
        robot.doubleClickOn(alpha).eraseText(8).write("0.1").type(KeyCode.ENTER);
        assertEquals(Activations.parse("leaky:0.1"), window.state().activation());
        WorkbenchResults r = model.results();
        for (int i = 0; i < r.x().size(); i++) {
            if (r.x().get(i) < 0) {
                assertEquals(0.1 * r.x().get(i), r.out().get(i), 1e-15);
            }
        }

        robot.doubleClickOn(alpha).eraseText(8).write("2").type(KeyCode.ENTER);
        assertEquals(Activations.parse("leaky:0.1"), window.state().activation(), "α = 2 is refused");
        assertEquals("0.1", alpha.getText(), "the field shows the α in use again");
        assertEquals(
                "\u03b1 = 2 refused: Leaky ReLU's \u03b1 must be at least 0 and below 1; the layer keeps its \u03b1",
                model.statusProperty().get());

        choose(robot, "relu");
        assertFalse(alpha.isVisible(), "ReLU has no parameter to type");
    }

    private void choose(FxRobot robot, String id) {
        ChoiceBox<Activation> box = activations(robot);
        Activation member = box.getItems().stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> box.setValue(member));
        assertEquals(id, window.state().activation().id());
    }

    private Activation selected(FxRobot robot) {
        Activation f = activations(robot).getValue();
        assertNotNull(f);
        return f;
    }

    @SuppressWarnings("unchecked")
    private static ChoiceBox<Activation> activations(FxRobot robot) {
        return robot.lookup("#activation").queryAs(ChoiceBox.class);
    }

    private static String footer(FxRobot robot, String panel) {
        return robot.lookup("#footer-" + panel)
                .queryAs(javafx.scene.control.Label.class)
                .getText();
    }

    private IntPredicate hidden(Panel panel) {
        IntPredicate p = view.grid(panel).hiddenCellsProperty().get();
        return p == null ? i -> false : p;
    }

    private CellIndex firstCell(java.util.function.DoublePredicate test) {
        Tensor3 x = model.results().x();
        for (int i = 0; i < x.size(); i++) {
            if (test.test(x.get(i))) {
                var s = x.shape();
                return new CellIndex(i / s.sliceSize(), (i / s.width()) % s.height(), i % s.width());
            }
        }
        throw new AssertionError("no such cell in the first x");
    }
}
