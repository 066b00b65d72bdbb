package relulab.ui.gradcheck;

import javafx.scene.Node;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;
import relulab.ui.lesson.LessonIds;
import relulab.ui.shared.text.Messages;

/** The analytic dx against centred differences, cell by cell, with the cells near a kink at 0 flagged. */
public final class GradientCheckLesson extends Lesson {

    public GradientCheckLesson() {
        super(LessonIds.GRADIENT_CHECK, Messages.of(GradientCheckLesson.class).get("lesson.title"));
    }

    @Override
    public Node createView(LessonContext context) {
        GradientCheckViewModel model = new GradientCheckViewModel(context.state());
        context.followSnapshots(model::show);
        return new GradientCheckView(model, context.display());
    }
}
