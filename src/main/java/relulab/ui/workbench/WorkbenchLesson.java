package relulab.ui.workbench;

import javafx.scene.Node;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;

/** The workbench: edit x and dout, see out, the zeroed cells and dx. The window opens on it. */
public final class WorkbenchLesson extends Lesson {

    public static final String ID = "workbench";

    private WorkbenchView view;

    public WorkbenchLesson() {
        super(ID, "Workbench");
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
