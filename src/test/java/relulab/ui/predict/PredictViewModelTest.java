package relulab.ui.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.testsupport.KeptLocale;
import relulab.ui.shared.text.UiLocale;

class PredictViewModelTest {

    @RegisterExtension
    final KeptLocale language = new KeptLocale();

    /** x = [[0.4, −0.7], [0, 1.2]], dout = [[1.2, 0.5], [0.3, −0.8]]. */
    private static final Question HAND_MADE = new Question(
            Tensor3.of(new Shape(1, 2, 2), new double[] {0.4, -0.7, 0, 1.2}),
            Tensor3.of(new Shape(1, 2, 2), new double[] {1.2, 0.5, 0.3, -0.8}),
            5);

    private static Activation relu(GradientAtZero atZero) {
        return Activations.parse("relu").withGradientAtZero(atZero);
    }

    private static PredictViewModel everyCellAsked(GradientAtZero atZero) {
        return everyCellAsked(relu(atZero));
    }

    private static PredictViewModel everyCellAsked(Activation activation) {
        PredictViewModel model = new PredictViewModel(HAND_MADE, activation);
        model.fadingProperty().set(false);
        return model;
    }

    @Test
    void markingExactlyTheNegativeCellsScoresAllRight() {
        PredictViewModel model = everyCellAsked(GradientAtZero.ZERO);
        model.toggleMark(1);
        Score score = model.check();
        assertEquals(4, score.asked());
        assertEquals(4, score.right());
        assertEquals(List.of(), score.whyLines());
    }

    @Test
    void markingTheZeroAsZeroedIsWrongWithItsReason() {
        PredictViewModel model = everyCellAsked(GradientAtZero.ZERO);
        model.toggleMark(2);
        Score score = model.check();
        assertEquals(2, score.right());
        assertEquals(
                List.of(
                        "[0,0,1]  you left it, but x = \u22120.7 < 0 \u2192 out = max(0, \u22120.7) = 0: zeroed",
                        "[0,1,0]  you marked it, but x = 0 \u2192 out = 0, but it was 0 already: ReLU zeroes only x < 0"),
                score.whyLines());
    }

    @Test
    void dxIsZeroAtTheKinkBecauseReluPrimeOfZeroIsZero() {
        PredictViewModel model = everyCellAsked(GradientAtZero.ZERO);
        model.kindProperty().set(PredictKind.DX_ZERO);
        model.toggleMark(1);
        Score score = model.check();
        assertEquals(3, score.right());
        assertEquals(
                List.of("[0,1,0]  you left it, but x = 0 \u2192 out 0; dx 0 because ReLU\u2032(0) = 0 (as in PyTorch)"),
                score.whyLines());
    }

    @Test
    void withReluPrimeOfZeroOneHalfTheKinkPassesHalfTheGradientAndTheScoreFollows() {
        PredictViewModel model = everyCellAsked(GradientAtZero.ZERO);
        model.kindProperty().set(PredictKind.DX_ZERO);
        model.toggleMark(1);
        model.toggleMark(2);
        assertEquals(4, model.check().right());
        model.activationProperty().set(relu(GradientAtZero.HALF));
        assertEquals(
                List.of(
                        "[0,1,0]  you marked it, but x = 0 \u2192 dx = \u00BD\u00B7dout = 0.15 because ReLU\u2032(0) = \u00BD here"),
                model.scoreProperty().get().whyLines(),
                "a checked answer is checked again under the new ReLU\u2032(0)");
    }

    @Test
    void withLeakyReluTheNegativeCellIsScaledAndDxIsTheSlopeTimesDout() {
        PredictViewModel model = everyCellAsked(Activations.parse("leaky:0.1"));
        model.kindProperty().set(PredictKind.OUT);
        model.setText(0, "0.4");
        model.setText(1, "0");
        model.setText(2, "0");
        model.setText(3, "1.2");
        Score out = model.check();
        assertEquals(3, out.right(), "out = 0.1 * -0.7 = -0.07 where x < 0");
        assertEquals(
                List.of("[0,0,1]  you wrote 0, but x = \u22120.7 \u2192 out = x > 0 ? x : 0.1\u00b7x = \u22120.07"),
                out.whyLines());

        model.kindProperty().set(PredictKind.DX_ZERO);
        assertEquals(PredictKind.OUT, model.kind(), "Leaky ReLU blocks no gradient: there is no dx = 0 to mark");
        model.kindProperty().set(PredictKind.DX);
        Score dx = model.check();
        assertEquals(
                "[0,0,1]  no answer: x = \u22120.7 \u2192 dx = f\u2032(x)\u00b7dout = 0.1\u00b70.5 = 0.05",
                dx.whyLines().get(1),
                "with a slope on the left, dx is the slope times dout");
        assertEquals(
                "[0,1,0]  no answer: x = 0 \u2192 dx = f\u2032(x)\u00b7dout = 0.1\u00b70.3 = 0.03",
                dx.whyLines().get(2));
    }

    @Test
    void aKindTheNewActivationDoesNotOfferBecomesTypingDx() {
        PredictViewModel model = everyCellAsked(GradientAtZero.ZERO);
        model.kindProperty().set(PredictKind.DX_ZERO);
        model.activationProperty().set(Activations.parse("gelu"));
        assertEquals(PredictKind.DX, model.kind());
        assertEquals(
                List.of(PredictKind.ZEROED, PredictKind.OUT, PredictKind.DX), PredictKind.offered(model.activation()));
        assertEquals(List.of(PredictKind.values()), PredictKind.offered(Activations.relu()));
    }

    @Test
    void theCellsLeakyReluChangesAreTheNegativeOnes() {
        PredictViewModel model = everyCellAsked(Activations.parse("leaky:0.1"));
        model.toggleMark(1);
        assertEquals(4, model.check().right());
        assertEquals(
                "Mark the cells with x < 0 (Scaled by \u03b1 = 0.1)", PredictKind.ZEROED.label(model.activation()));
        assertEquals("Mark the cells ReLU zeroes", PredictKind.ZEROED.label(relu(GradientAtZero.ZERO)));
        assertEquals("Type out = max(0, x)", PredictKind.OUT.label(relu(GradientAtZero.ONE)));
    }

    @Test
    void typedValuesAreScoredWithinTheToleranceAndEveryMistakeSaysWhy() {
        PredictViewModel model = everyCellAsked(GradientAtZero.ZERO);
        model.kindProperty().set(PredictKind.DX);
        model.setText(0, "1.2");
        model.setText(1, "0.5");
        model.setText(2, "abc");
        model.setText(3, "\u22120.801");
        Score score = model.check();
        assertEquals(2, score.right());
        assertEquals(
                List.of(
                        "[0,0,1]  you wrote 0.5, but x = \u22120.7 < 0 \u2192 gate closed, dx = 0 whatever dout (0.5)",
                        "[0,1,0]  'abc' is not a number: x = 0 \u2192 out 0; dx 0 because ReLU\u2032(0) = 0 (as in PyTorch)"),
                score.whyLines());
    }

    @Test
    void aValueThatIsNotANumberIsSaidInSpanish() {
        UiLocale.set(Locale.forLanguageTag("es"));
        PredictViewModel model = everyCellAsked(GradientAtZero.ZERO);
        model.kindProperty().set(PredictKind.DX);
        model.setText(2, "abc");
        List<String> why = model.check().whyLines();
        assertTrue(
                why.contains(
                        "[0,1,0]  'abc' no es un número: x = 0 \u2192 out 0; dx 0 porque ReLU\u2032(0) = 0 (como en PyTorch)"),
                why.toString());
    }

    @Test
    void anEmptyValueIsNoAnswer() {
        PredictViewModel model = everyCellAsked(GradientAtZero.ZERO);
        model.kindProperty().set(PredictKind.OUT);
        model.setText(0, "0.4");
        model.setText(1, "0");
        model.setText(2, "0");
        Score score = model.check();
        assertEquals(3, score.right());
        assertEquals(
                List.of("[0,1,1]  no answer: x = 1.2 > 0 \u2192 out = x = 1.2: passes, not zeroed"), score.whyLines());
    }

    @Test
    void changingAnAnswerOrTheKindClearsTheScore() {
        PredictViewModel model = everyCellAsked(GradientAtZero.ZERO);
        model.check();
        model.toggleMark(0);
        assertNull(model.scoreProperty().get());
        model.check();
        model.kindProperty().set(PredictKind.OUT);
        assertNull(model.scoreProperty().get());
        assertFalse(model.isMarked(0), "a new kind starts with blank answers");
    }

    @Test
    void workedExamplesFadeRoundByRoundAndAreNotScored() {
        PredictViewModel model = new PredictViewModel(1, relu(GradientAtZero.ZERO));
        int n = Question.SHAPE.size();
        assertEquals(24, model.revealedCount());
        assertEquals(n - 24, model.check().asked());
        model.newQuestion();
        assertEquals(2, model.roundProperty().get());
        assertEquals(16, model.revealedCount());
        model.newQuestion();
        model.newQuestion();
        assertEquals(0, model.revealedCount());
        assertEquals(n, model.check().asked());
        model.startOver();
        assertEquals(24, model.revealedCount());
    }

    @Test
    void aWorkedExampleCannotBeMarked() {
        PredictViewModel model = new PredictViewModel(1, relu(GradientAtZero.ZERO));
        int shown = 0;
        while (!model.isRevealed(shown)) {
            shown++;
        }
        model.toggleMark(shown);
        assertFalse(model.isMarked(shown));
    }

    @Test
    void questionsAreSmallOneDecimalNumbersWithSomeExactZerosAndNoZeroDout() {
        Question q = Question.draw(3);
        assertEquals(Question.SHAPE, q.x().shape());
        boolean zero = false;
        for (int seed = 1; seed <= 5; seed++) {
            Question each = Question.draw(seed);
            for (int i = 0; i < each.size(); i++) {
                double x = each.x().get(i);
                assertEquals(x, Math.round(x * 10) / 10.0, 1e-12);
                assertTrue(Double.doubleToRawLongBits(x) != Double.doubleToRawLongBits(-0.0), "never −0");
                assertTrue(each.dout().get(i) != 0);
                zero |= x == 0;
            }
        }
        assertTrue(zero, "some cells sit on the kink");
        assertEquals(Question.draw(3), Question.draw(3), "the same seed gives the same question");
    }
}
