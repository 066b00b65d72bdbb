package relulab.ui.vanishing;

import javafx.scene.Node;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;

/** Claim 2: in a deep stack the gradient vanishes through sigmoid, much less through ReLU. */
public final class VanishingLesson extends Lesson {

    public VanishingLesson() {
        super("vanishing", "Vanishing gradient");
    }

    @Override
    public Node createView(LessonContext context) {
        return VanishingView.create(context.background());
    }
}
