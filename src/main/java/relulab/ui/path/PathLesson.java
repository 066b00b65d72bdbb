package relulab.ui.path;

import javafx.scene.Node;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;

/** The start page: the chapter as a path of steps, each one click from the tab it needs. */
public final class PathLesson extends Lesson {

    public static final String ID = "path";

    public PathLesson() {
        super(ID, "Start here");
    }

    @Override
    public Node createView(LessonContext context) {
        return new PathView(new PathViewModel(LessonPath.steps(), context.state(), context::openLesson));
    }
}
