package relulab.ui.gradcheck;

import javafx.scene.Node;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;

/** The analytic dx against centred differences, cell by cell, with the kink at 0 flagged. */
public final class GradientCheckLesson extends Lesson {

    public GradientCheckLesson() {
        super("gradcheck", "Gradient check");
    }

    @Override
    public Node createView(LessonContext context) {
        GradientCheckViewModel model = new GradientCheckViewModel(context.state());
        context.followSnapshots(model::show);
        return new GradientCheckView(model);
    }
}
