package relulab.ui.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import relulab.core.Activations;
import relulab.core.Shape;
import relulab.testsupport.LabWindows;
import relulab.ui.app.MainWindow;
import relulab.ui.shared.grid.CellIndex;

/** Predict mode in the real window: mark, check, read the score and the why of each mistake. */
class PredictViewTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private final Question question = Question.draw(PredictLesson.FIRST_SEED);
    private MainWindow window;

    @BeforeEach
    void start() {
        window = windows.openMain();
        LabWindows.interact(() -> window.openLesson(PredictLesson.ID));
    }

    @Test
    void checkScoresTheMarksAndSaysWhyForEachWrongCell(FxRobot robot) {
        robot.clickOn("#predict-fading");
        int positive = firstIndex(x -> x > 0);
        int negative = firstIndex(x -> x < 0);
        robot.clickOn(answerCell(positive));
        robot.clickOn(answerCell(negative));
        robot.clickOn("#predict-check");

        int negatives = count(x -> x < 0);
        int n = question.size();
        Shape shape = question.x().shape();
        assertEquals((n - negatives) + " of " + n + " right", label(robot, "#predict-score"));
        List<String> why = whyLines(robot);
        assertEquals(negatives, why.size(), "one line per wrong cell: the marked positive and the missed negatives");
        CellIndex wrongMark = PredictViewModel.cell(shape, positive);
        String xs = Explanation.text(question.x().get(positive));
        assertTrue(
                why.contains(wrongMark + "  you marked it, but x = " + xs + " > 0 \u2192 out = x = " + xs
                        + ": passes, not zeroed"),
                why.toString());
        assertTrue(answerCell(positive).getStyleClass().contains("wrong"));
        assertTrue(answerCell(negative).getStyleClass().contains("right"));
        assertEquals("\u2713", view().verdictOf(negative).getText());
        assertEquals("\u2717 \u00B7", view().verdictOf(positive).getText(), "wrong, and the right mark: not marked");
    }

    @Test
    void typedValuesSayRightOrWrongAndTheRightValueAfterCheck(FxRobot robot) {
        robot.clickOn("#predict-fading");
        choose(robot, PredictKind.DX);
        int below = question.x().shape().width();
        String first = Explanation.text(dx(0));
        robot.clickOn(answerCell(0));
        robot.write(first.replace('\u2212', '-')).type(KeyCode.ENTER).write("7");
        robot.clickOn("#predict-check");

        assertEquals("\u2713", view().verdictOf(0).getText());
        assertEquals(
                "\u2717 " + Explanation.text(dx(below)), view().verdictOf(below).getText());
        assertTrue(view().verdictOf(below).getStyleClass().contains("wrong"));
        assertTrue(view().verdictOf(0).isVisible());
        robot.clickOn("#predict-new");
        assertEquals("", view().verdictOf(0).getText(), "a new question has no verdicts yet");
        assertFalse(view().verdictOf(0).isManaged(), "and its note lines take no room from the cells");
    }

    @Test
    void theGridsStandApartAndTheirLabelsAreAsLargeAsTheirNumbers(FxRobot robot) {
        choose(robot, PredictKind.DX);
        List<Node> matrices = List.copyOf(robot.lookup(".cell-matrix").queryAll());
        assertEquals(3, matrices.size(), "x, dout and the answer");
        Bounds x = matrices.get(0).localToScene(matrices.get(0).getLayoutBounds());
        Bounds dout = matrices.get(1).localToScene(matrices.get(1).getLayoutBounds());
        Label number = robot.lookup(".value-cell").queryAs(Label.class);
        double numberHeight = number.localToScene(number.getLayoutBounds()).getHeight();
        assertTrue(
                dout.getMinX() - x.getMaxX() >= numberHeight / 2,
                "a gap of at least half a cell's height between x and dout: " + (dout.getMinX() - x.getMaxX()));
        for (String labels : List.of(".matrix-caption", ".matrix-title", ".cell-note")) {
            for (Label label : robot.lookup(labels).queryAllAs(Label.class)) {
                assertTrue(
                        label.getFont().getSize() >= number.getFont().getSize(),
                        labels + " '" + label.getText() + "' at "
                                + label.getFont().getSize() + " px beside numbers of "
                                + number.getFont().getSize() + " px");
            }
        }
    }

    private double dx(int i) {
        return question.x().get(i) > 0 ? question.dout().get(i) : 0;
    }

    private PredictView view() {
        return (PredictView) window.tab(PredictLesson.ID).orElseThrow().getContent();
    }

    @Test
    void leavingTheKinkUnmarkedWhenPredictingDxZeroNamesReluPrimeOfZero(FxRobot robot) {
        robot.clickOn("#predict-fading");
        choose(robot, PredictKind.DX_ZERO);
        robot.clickOn("#predict-check");
        int zero = firstIndex(x -> x == 0);
        CellIndex kink = PredictViewModel.cell(question.x().shape(), zero);
        assertTrue(
                whyLines(robot)
                        .contains(kink + "  you left it, but x = 0 \u2192 out 0; dx 0 because ReLU\u2032(0) = 0 "
                                + "(as in PyTorch)"),
                whyLines(robot).toString());
        assertEquals(
                (question.size() - count(x -> x <= 0)) + " of " + question.size() + " right",
                label(robot, "#predict-score"));
    }

    @Test
    void valuesAreTypedAndMovedThroughWithTheKeyboard(FxRobot robot) {
        robot.clickOn("#predict-fading");
        choose(robot, PredictKind.OUT);
        robot.clickOn(answerCell(0));
        String first = Explanation.text(Math.max(0, question.x().get(0)));
        robot.write(first.replace('\u2212', '-')).type(KeyCode.ENTER).write("7");
        robot.clickOn("#predict-check");
        PredictView view =
                (PredictView) window.tab(PredictLesson.ID).orElseThrow().getContent();
        assertTrue(view.answerCell(0).getStyleClass().contains("right"));
        int below = question.x().shape().width();
        assertTrue(view.answerCell(below).getStyleClass().contains("wrong"), "Enter moved down a row, where 7 went");
    }

    @Test
    void withLeakyReluOnTheStateTheWordsAndTheVerdictsFollowIt(FxRobot robot) {
        robot.interact(() -> window.state().activationProperty().set(Activations.parse("leaky:0.1")));
        robot.clickOn("#predict-fading");
        int negative = firstIndex(x -> x < 0);
        robot.clickOn(answerCell(negative));
        robot.clickOn("#predict-check");

        int n = question.size();
        assertEquals(
                (n - count(x -> x < 0) + 1) + " of " + n + " right",
                label(robot, "#predict-score"),
                "the one marked cell is right, the other cells with x < 0 (those Leaky ReLU changes) are missed");
        @SuppressWarnings("unchecked")
        ChoiceBox<PredictKind> box = robot.lookup("#predict-kind").queryAs(ChoiceBox.class);
        assertEquals(
                "Mark the cells with x < 0 (Scaled by \u03b1 = 0.1)",
                box.getConverter().toString(box.getValue()));

        assertFalse(box.getItems().contains(PredictKind.DX_ZERO), "Leaky ReLU blocks no gradient: no dx = 0 to mark");
        choose(robot, PredictKind.DX);
        robot.clickOn("#predict-check");
        String xs = Explanation.text(question.x().get(negative));
        String douts = Explanation.text(question.dout().get(negative));
        String dx = Explanation.text(0.1 * question.dout().get(negative));
        CellIndex cell = PredictViewModel.cell(question.x().shape(), negative);
        assertTrue(
                whyLines(robot)
                        .contains(cell + "  no answer: x = " + xs + " \u2192 dx = f\u2032(x)\u00b7dout = 0.1\u00b7"
                                + douts + " = " + dx),
                whyLines(robot).toString());
        robot.interact(() -> window.state().activationProperty().set(Activations.parse("relu")));
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, PredictKind kind) {
        ChoiceBox<PredictKind> box = robot.lookup("#predict-kind").queryAs(ChoiceBox.class);
        robot.interact(() -> box.setValue(kind));
    }

    private Node answerCell(int i) {
        return ((PredictView) window.tab(PredictLesson.ID).orElseThrow().getContent()).answerCell(i);
    }

    private int firstIndex(java.util.function.DoublePredicate test) {
        for (int i = 0; i < question.size(); i++) {
            if (test.test(question.x().get(i))) {
                return i;
            }
        }
        throw new AssertionError("the first question has no such cell");
    }

    private int count(java.util.function.DoublePredicate test) {
        int n = 0;
        for (int i = 0; i < question.size(); i++) {
            n += test.test(question.x().get(i)) ? 1 : 0;
        }
        return n;
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static List<String> whyLines(FxRobot robot) {
        List<String> lines = new ArrayList<>();
        robot.lookup(".why-line").queryAllAs(Label.class).forEach(l -> lines.add(l.getText()));
        return lines;
    }
}
