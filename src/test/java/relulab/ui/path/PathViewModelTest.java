package relulab.ui.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.core.presets.Presets;
import relulab.testsupport.KeptLocale;
import relulab.ui.path.PathStep.Try;
import relulab.ui.shared.text.UiLocale;
import relulab.ui.state.LabState;

class PathViewModelTest {

    @RegisterExtension
    final KeptLocale language = new KeptLocale();

    private final LabState state = new LabState(new Shape(1, 1, 1));
    private final List<String> opened = new ArrayList<>();
    private final PathViewModel model =
            new PathViewModel(LessonPath.steps(PathViewModelTest::tabTitle), state, opened::add);

    @Test
    void theFirstStepPutsTheTextbookExampleOnTheWorkbench() {
        model.openChosen();
        assertEquals(List.of("workbench"), opened);
        assertEquals(Presets.textbookExample().create(new Shape(2, 4, 4), 0), state.x());
        assertEquals(new Shape(2, 4, 4), state.dout().shape());
    }

    @Test
    void aStepWithoutTensorsOnlyOpensItsTabAndLeavesTheSharedStateAlone() {
        Tensor3 before = state.x();
        int predict = indexOf("predict");
        model.chosenProperty().set(predict);
        model.openChosen();
        assertEquals(List.of("predict"), opened);
        assertSame(before, state.x());
    }

    @Test
    void thePathFollowsTheChapterAndEveryStepNamesATabOfTheWindow() {
        List<String> ids = LessonPath.steps(PathViewModelTest::tabTitle).stream()
                .map(PathStep::lessonId)
                .toList();
        assertEquals(
                List.of(
                        "workbench",
                        "workbench",
                        "workbench",
                        "predict",
                        "cost",
                        "vanishing",
                        "dying",
                        "code",
                        "gradcheck",
                        "dying"),
                ids);
        Set<String> tabs =
                Set.of("path", "workbench", "predict", "dying", "cost", "vanishing", "code", "gradcheck", "gradzero");
        assertTrue(tabs.containsAll(ids));
    }

    @Test
    void everyWordOfAStepComesFromTheBundleOfTheCurrentLanguage() {
        UiLocale.set(UiLocale.PSEUDO);
        for (PathStep step : LessonPath.steps(PathViewModelTest::tabTitle)) {
            List<String> words = new ArrayList<>(List.of(step.title(), step.chapter()));
            step.tries().forEach(t -> words.addAll(List.of(t.doThis(), t.see())));
            for (String w : words) {
                assertTrue(w.startsWith("[") && w.endsWith("]"), "not from the bundle: " + w);
            }
        }
    }

    @Test
    void aChoiceOutsideThePathIsRefused() {
        model.chosenProperty().set(99);
        assertEquals(0, model.chosenProperty().get());
    }

    @Test
    void aStepListsTwoOrThreeThingsToTryAndSetsBothTensorsOrNeither() {
        Try one = new Try("a", "b");
        assertThrows(
                IllegalArgumentException.class,
                () -> new PathStep("t", "c", "workbench", "W", null, null, List.of(one)));
        Tensor3 x = Tensor3.zeros(new Shape(1, 1, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> new PathStep("t", "c", "workbench", "W", x, null, List.of(one, one)));
    }

    private int indexOf(String lessonId) {
        for (int i = 0; i < model.steps().size(); i++) {
            if (model.steps().get(i).lessonId().equals(lessonId)) {
                return i;
            }
        }
        throw new AssertionError(lessonId);
    }

    /** The shell's tab title of a lesson; here the lesson's id stands in for it. */
    private static String tabTitle(String lessonId) {
        return lessonId;
    }
}
