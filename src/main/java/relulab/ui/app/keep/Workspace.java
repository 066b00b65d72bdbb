package relulab.ui.app.keep;

import java.util.List;
import javafx.scene.Node;
import relulab.ui.lesson.KeptSettings;
import relulab.ui.state.GridColors;
import relulab.ui.state.LabState;
import relulab.ui.task.Background;

/** What keeping and exporting need of the window: its shared state, its lessons and its threads. */
public interface Workspace {

    LabState state();

    /** The grids' colours, which sessions and preferences keep. */
    GridColors colors();

    /** The parts of the lessons' state that sessions keep, one per lesson that has one. */
    List<KeptSettings<?>> lessonParts();

    Background background();

    /** The id of the lesson shown. */
    String shownLesson();

    /** Brings the lesson with this id to the front; an unknown id changes nothing. */
    void openLesson(String id);

    /** The view of the lesson shown, for pictures and chart data. */
    Node shownView();
}
