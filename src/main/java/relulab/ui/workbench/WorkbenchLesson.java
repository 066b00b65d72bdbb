package relulab.ui.workbench;

import javafx.scene.Node;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;
import relulab.ui.lesson.LessonIds;
import relulab.ui.shared.text.Messages;

/**
 * The workbench: edit x and dout, see out, the cells the activation changed and dx. The window
 * opens on it. Built like every lesson: its view model first, then the view on it.
 */
public final class WorkbenchLesson extends Lesson {

    public static final String ID = LessonIds.WORKBENCH;

    private WorkbenchView view;

    public WorkbenchLesson() {
        super(ID, Messages.of(WorkbenchLesson.class).get("lesson.title"));
    }

    @Override
    public Node createView(LessonContext context) {
        WorkbenchViewModel model = new WorkbenchViewModel(context.state());
        model.paletteProperty().bindBidirectional(context.colors().paletteProperty());
        model.scopeProperty().bindBidirectional(context.colors().scopeProperty());
        context.followSnapshots(model::follow);
        view = new WorkbenchView(model, context.background(), context.files());
        return view;
    }

    /** The keyboard goes to the x grid, so that the arrows, Enter and W work at once. */
    @Override
    public void shown() {
        view.focusInput();
    }
}
