package relulab.ui.path;

import javafx.scene.Node;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;
import relulab.ui.lesson.LessonIds;
import relulab.ui.shared.text.Messages;

/** The start page: the chapter as a path of steps, each one click from the tab it needs. */
public final class PathLesson extends Lesson {

    public PathLesson() {
        super(LessonIds.PATH, Messages.of(PathLesson.class).get("lesson.title"));
    }

    @Override
    public Node createView(LessonContext context) {
        PathViewModel model =
                new PathViewModel(LessonPath.steps(context::lessonTitle), context.state(), context::openLesson);
        return new PathView(model, context.display());
    }
}
