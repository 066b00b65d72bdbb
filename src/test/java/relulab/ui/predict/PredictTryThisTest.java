package relulab.ui.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.testsupport.LabWindows;
import relulab.testsupport.LessonViews;
import relulab.ui.app.MainWindow;
import relulab.ui.workbench.WorkbenchView;

/**
 * The "Things to try" rows of predict's help page, each done as the row says, with what it
 * promises checked ({@code help.predict.N} in the try-this registry).
 */
class PredictTryThisTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    /** x = [[0.4, −0.7], [0, 1.2]], dout = [[1.2, 0.5], [0.3, −0.8]]: a negative, a positive and the kink. */
    private static final Question KINK = new Question(
            Tensor3.of(new Shape(1, 2, 2), new double[] {0.4, -0.7, 0, 1.2}),
            Tensor3.of(new Shape(1, 2, 2), new double[] {1.2, 0.5, 0.3, -0.8}),
            5);

    private static final int NEGATIVE = 1;
    private static final int ZERO = 2;

    /** Row 1: mark the cells ReLU zeroes: only x < 0, never x = 0. */
    @Test
    void theCellsReluZeroesAreTheNegativeOnesNeverTheZero() {
        PredictViewModel model = asked(Activations.relu());
        assertEquals("Mark the cells ReLU zeroes", PredictKind.ZEROED.label(model.activation()));
        model.toggleMark(NEGATIVE);
        assertEquals(4, model.check().right(), "marking x < 0 alone is all right");
        model.toggleMark(ZERO);
        Score score = model.check();
        assertEquals(3, score.right());
        assertTrue(
                score.verdicts().get(ZERO).why().endsWith("ReLU zeroes only x < 0"),
                score.verdicts().get(ZERO).why());
    }

    /** Row 2: dx = 0 at x = 0 too while ReLU′(0) = 0; with ½ or 1 the kink passes part or all of dout. */
    @Test
    void dxIsZeroAtTheKinkOnlyWhileReluPrimeOfZeroIsZero() {
        PredictViewModel model = asked(Activations.relu());
        model.kindProperty().set(PredictKind.DX_ZERO);
        model.toggleMark(NEGATIVE);
        model.toggleMark(ZERO);
        assertEquals(4, model.check().right(), "ReLU′(0) = 0: dx = 0 at x < 0 and at x = 0");
        for (GradientAtZero g : List.of(GradientAtZero.HALF, GradientAtZero.ONE)) {
            model.activationProperty().set(Activations.relu().withGradientAtZero(g));
            assertFalse(model.truthMark(ZERO), "ReLU′(0) = " + g + ": the kink passes dout");
            assertEquals(3, model.check().right(), "the marked kink is now wrong");
            assertEquals(g.slope() * 0.3, model.activation().backward(0, 0.3));
        }
    }

    /** Row 3: Open in workbench, then W walks through the same numbers. */
    @Test
    void openInWorkbenchThenWWalksThroughTheSameNumbers(FxRobot robot) {
        MainWindow window = windows.openMain();
        robot.interact(() -> window.openLesson(PredictLesson.ID));
        Question shown = Question.draw(PredictLesson.FIRST_SEED);
        robot.clickOn("#predict-open-workbench");
        assertEquals("workbench", window.shownLesson());
        assertEquals(shown.x(), window.state().x());
        assertEquals(shown.dout(), window.state().dout());
        robot.clickOn("#grid-x");
        robot.type(KeyCode.W);
        WorkbenchView workbench = LessonViews.workbench(window);
        assertNotNull(workbench.viewModel().walkThroughProperty().get(), "W starts the walk-through");
        assertEquals(shown.x(), workbench.viewModel().results().x(), "on the question's x");
    }

    /**
     * Row 4: GELU chosen in the workbench toolbar: "Mark the cells where dx = 0" is no longer
     * offered, and "Type dx" asks for GELU′(x)·dout.
     */
    @Test
    void withGeluFromTheWorkbenchToolbarPredictAsksDxAsSlopeTimesDout(FxRobot robot) {
        MainWindow window = windows.openMain();
        robot.interact(() -> window.openLesson(PredictLesson.ID));
        robot.interact(() -> window.openLesson("workbench"));
        Activation gelu = Activations.parse("gelu");
        ChoiceBox<Activation> members = choiceBox(robot, "#activation");
        robot.interact(() -> members.setValue(members.getItems().stream()
                .filter(f -> f.id().equals("gelu"))
                .findFirst()
                .orElseThrow()));
        robot.interact(() -> window.openLesson(PredictLesson.ID));

        ChoiceBox<PredictKind> kinds = choiceBox(robot, "#predict-kind");
        assertEquals(List.of(PredictKind.ZEROED, PredictKind.OUT, PredictKind.DX), kinds.getItems());
        robot.interact(() -> kinds.setValue(PredictKind.DX));
        assertEquals("Type dx", kinds.getConverter().toString(kinds.getValue()));
        robot.clickOn("#predict-fading");
        robot.clickOn("#predict-check");

        Question q = Question.draw(PredictLesson.FIRST_SEED);
        String x = Explanation.text(q.x().get(0));
        String dout = Explanation.text(q.dout().get(0));
        String slope = Explanation.text(gelu.slope(q.x().get(0)));
        String dx = Explanation.text(gelu.backward(q.x().get(0), q.dout().get(0)));
        String expected = PredictViewModel.cell(q.x().shape(), 0) + "  no answer: x = " + x
                + " \u2192 dx = f\u2032(x)\u00b7dout = " + slope + "\u00b7" + dout + " = " + dx;
        List<String> why = new ArrayList<>();
        robot.lookup(".why-line").queryAllAs(Label.class).forEach(l -> why.add(l.getText()));
        assertTrue(why.contains(expected), why.toString());
    }

    /** A model on {@link #KINK} with every cell asked. */
    private static PredictViewModel asked(Activation f) {
        PredictViewModel model = new PredictViewModel(KINK, f);
        model.fadingProperty().set(false);
        return model;
    }

    @SuppressWarnings("unchecked")
    private static <T> ChoiceBox<T> choiceBox(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ChoiceBox.class);
    }
}
