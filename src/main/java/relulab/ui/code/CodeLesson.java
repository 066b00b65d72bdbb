package relulab.ui.code;

import javafx.scene.Node;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;

/** The chapter's forward and backward pass in Python and Matlab, with the current tensors as literals. */
public final class CodeLesson implements Lesson {

    @Override
    public String id() {
        return "code";
    }

    @Override
    public String title() {
        return "The code";
    }

    @Override
    public Node createView(LessonContext context) {
        CodeViewModel model = new CodeViewModel(context.state().snapshot());
        context.followSnapshots(model::show);
        return new CodeView(model);
    }
}
