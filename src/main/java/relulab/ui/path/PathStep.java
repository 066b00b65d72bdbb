package relulab.ui.path;

import java.util.List;
import java.util.Objects;
import relulab.core.Tensor3;

/**
 * One step of the lesson path: a part of the chapter, the tab that shows it, the tensors to
 * put on the shared state first (if the tab follows them), and a few things to try, each with
 * what the learner should see. The words are in the language of the moment the step was made
 * ({@link LessonPath} reads them from the path's bundle).
 *
 * @param title    the step's name in the path, e.g. {@code Forward: max(0, x) on every element}
 * @param chapter  what the chapter says, in one or two sentences
 * @param lessonId the tab the step opens
 * @param tabTitle the tab's title, for the button
 * @param x        the input the step starts from, or null to leave the shared tensors as they are
 * @param dout     the upstream gradient, of x's shape (null exactly when x is)
 * @param tries    two or three things to try
 */
public record PathStep(
        String title, String chapter, String lessonId, String tabTitle, Tensor3 x, Tensor3 dout, List<Try> tries) {

    /** Something to do, and what the learner should see when they do it. */
    public record Try(String doThis, String see) {}

    public PathStep {
        Objects.requireNonNull(lessonId, "lessonId");
        if ((x == null) != (dout == null)) {
            throw new IllegalArgumentException("a step sets both x and dout, or neither");
        }
        if (x != null) {
            x.shape().requireSame(dout.shape(), "dout");
        }
        if (tries.size() < 2 || tries.size() > 3) {
            throw new IllegalArgumentException("a step lists 2 or 3 things to try, not " + tries.size());
        }
        tries = List.copyOf(tries);
    }

    /** Whether opening the step replaces the shared x and dout. */
    public boolean setsTensors() {
        return x != null;
    }
}
