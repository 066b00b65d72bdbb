package relulab.ui.code;

import javafx.scene.Node;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;

/** The chapter's forward and backward pass in Python and Matlab, with the current tensors as literals. */
public final class CodeLesson extends Lesson {

    public CodeLesson() {
        super("code", "The code");
    }

    @Override
    public Node createView(LessonContext context) {
        CodeViewModel model = new CodeViewModel(context.state().snapshot());
        context.followSnapshots(model::show);
        return new CodeView(model);
    }
}
