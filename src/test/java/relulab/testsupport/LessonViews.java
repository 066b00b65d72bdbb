package relulab.testsupport;

import relulab.ui.app.MainWindow;
import relulab.ui.workbench.WorkbenchLesson;
import relulab.ui.workbench.WorkbenchView;

/** Reaches lesson views inside a real window, for tests and benchmarks that drive them. */
public final class LessonViews {

    private LessonViews() {}

    /** The workbench's view, its tab brought to the front (which builds it the first time). */
    public static WorkbenchView workbench(MainWindow window) {
        window.openLesson(WorkbenchLesson.ID);
        return (WorkbenchView) window.tab(WorkbenchLesson.ID).orElseThrow().getContent();
    }
}
