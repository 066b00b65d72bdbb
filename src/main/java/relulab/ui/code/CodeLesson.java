package relulab.ui.code;

import javafx.scene.Node;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;
import relulab.ui.lesson.LessonIds;
import relulab.ui.shared.text.Messages;

/** The layer's forward and backward pass in Python and Matlab, with the current tensors as literals. */
public final class CodeLesson extends Lesson {

    public CodeLesson() {
        super(LessonIds.CODE, Messages.of(CodeLesson.class).get("lesson.title"));
    }

    @Override
    public Node createView(LessonContext context) {
        CodeViewModel model = new CodeViewModel(context.state().snapshot());
        context.followSnapshots(model::show);
        return new CodeView(model, context.display());
    }
}
