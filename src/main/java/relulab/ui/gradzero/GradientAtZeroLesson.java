package relulab.ui.gradzero;

import javafx.scene.Node;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;
import relulab.ui.lesson.LessonIds;
import relulab.ui.shared.text.Messages;

/** ReLU′(0): the value chosen at the kink, which the workbench, the code and the gradient check follow. */
public final class GradientAtZeroLesson extends Lesson {

    public GradientAtZeroLesson() {
        super(
                LessonIds.GRADIENT_AT_ZERO,
                Messages.of(GradientAtZeroLesson.class).get("lesson.title"));
    }

    @Override
    public Node createView(LessonContext context) {
        GradientAtZeroViewModel model = new GradientAtZeroViewModel(context.state());
        context.followSnapshots(model::show);
        return new GradientAtZeroView(model, context.display());
    }
}
