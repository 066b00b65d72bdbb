package relulab.ui.cost;

import javafx.scene.Node;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;

/** Claim 1: ReLU is cheap — its loop runs at the speed of copying memory, sigmoid's and tanh's do not. */
public final class CostLesson extends Lesson {

    public CostLesson() {
        super("cost", "Easy to compute");
    }

    @Override
    public Node createView(LessonContext context) {
        return CostView.create(context.background()).root();
    }
}
