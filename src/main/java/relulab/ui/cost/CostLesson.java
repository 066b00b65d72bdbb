package relulab.ui.cost;

import javafx.scene.Node;
import relulab.cost.BenchRunner;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;
import relulab.ui.lesson.LessonIds;
import relulab.ui.shared.text.Messages;

/** Claim 1: ReLU is cheap — on tensors larger than the caches its loop keeps up with a copy of the same bytes; sigmoid's and tanh's forward, with an exp per element, do not. */
public final class CostLesson extends Lesson {

    public CostLesson() {
        super(LessonIds.COST, Messages.of(CostLesson.class).get("lesson.title"));
    }

    /** A model measuring one run at a time on the shell's serial thread, stopped with the window; then its view. */
    @Override
    public Node createView(LessonContext context) {
        CostViewModel model = new CostViewModel(context.background().serial(), new BenchRunner());
        context.background().onClose(model::cancel);
        return new CostView(model);
    }
}
