package relulab.ui.path;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.core.presets.Presets;
import relulab.ui.lesson.LessonIds;
import relulab.ui.path.PathStep.Try;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.LabSnapshot;
import relulab.ui.state.LabState;

/**
 * The chapter "Relu Layer" as a path through the window's tabs: the forward pass, the shape
 * kept, the backward pass, a check by prediction, the three claims (cheap, less vanishing
 * gradient, dying units) and the code, with the gradient check for those who want more, and last
 * what came after ReLU: its family's answers to the two problems the chapter names.
 *
 * <p>Java keeps what each step opens: the tab, named by its lesson id (the shell's stable name, so
 * the path needs no lesson class), and the tensors. What a step says — its title, the chapter's
 * words, the things to try — lives in this package's bundle under {@code step.<step id>.}, one
 * translation per language. Tensors come from the engine's presets with fixed seeds: every class
 * sees the same numbers, and a teacher can say "look at x[0,1,1]".
 */
final class LessonPath {

    /** The seed of the deeper tensor's upstream gradient. */
    private static final long DOUT_SEED = 7;

    private static final Messages WORDS = Messages.of(LessonPath.class);

    private LessonPath() {}

    /** @param titles the tab title of a lesson, by id */
    static List<PathStep> steps(Function<String, String> titles) {
        // The first steps show the numbers the window opens on: the textbook's example.
        LabSnapshot first = LabState.firstExample().snapshot();
        Tensor3 textbook = first.x();
        Tensor3 textbookDout = first.dout();
        Shape deep = new Shape(3, 4, 5);
        Tensor3 deepX = Presets.roundedNormal(deep, 3);
        Tensor3 deepDout = Presets.roundedNormal(deep, DOUT_SEED);
        return List.of(
                step(titles, "forward", LessonIds.WORKBENCH, textbook, textbookDout),
                step(titles, "shape", LessonIds.WORKBENCH, deepX, deepDout),
                step(titles, "backward", LessonIds.WORKBENCH, textbook, textbookDout),
                step(titles, "predict", LessonIds.PREDICT, null, null),
                step(titles, "cost", LessonIds.COST, null, null),
                step(titles, "vanishing", LessonIds.VANISHING, null, null),
                step(titles, "dying", LessonIds.DYING, null, null),
                step(titles, "code", LessonIds.CODE, textbook, textbookDout),
                step(titles, "gradcheck", LessonIds.GRADIENT_CHECK, null, null),
                step(titles, "after", LessonIds.DYING, null, null));
    }

    /**
     * The step {@code id} with its words from the bundle ({@code step.<id>.title}, {@code .chapter},
     * {@code .try.N.do} and {@code .try.N.see} from N = 1 while there is one) in the current language.
     */
    private static PathStep step(Function<String, String> titles, String id, String lessonId, Tensor3 x, Tensor3 dout) {
        String key = "step." + id + ".";
        List<Try> tries = new ArrayList<>();
        for (int n = 1; WORDS.has(key + "try." + n + ".do"); n++) {
            tries.add(new Try(WORDS.get(key + "try." + n + ".do"), WORDS.get(key + "try." + n + ".see")));
        }
        return new PathStep(
                WORDS.get(key + "title"), WORDS.get(key + "chapter"), lessonId, titles.apply(lessonId), x, dout, tries);
    }
}
