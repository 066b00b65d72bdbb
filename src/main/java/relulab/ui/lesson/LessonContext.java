package relulab.ui.lesson;

import java.nio.file.Path;
import java.util.function.Consumer;
import relulab.ui.state.DisplaySettings;
import relulab.ui.state.GridColors;
import relulab.ui.state.LabSnapshot;
import relulab.ui.state.LabState;
import relulab.ui.task.Background;

/**
 * What the shell hands a lesson when it builds the lesson's view.
 */
public interface LessonContext {

    /** The state all lessons share. */
    LabState state();

    /** Presentation mode and the other window-wide display choices. */
    DisplaySettings display();

    /** The one way to run work off the FX thread; the shell stops it when the window closes. */
    Background background();

    /**
     * Calls {@code consumer} with the newest snapshot now, then after each change while the
     * lesson is shown. Changes made while it is hidden are not delivered one by one: when the
     * lesson is shown again, the consumer hears the newest snapshot once, if it changed.
     */
    void followSnapshots(Consumer<LabSnapshot> consumer);

    /** The grids' palette and scale, the window's for every grid; sessions keep them. */
    GridColors colors();

    /** Opening tensor files, the one way the whole window does it. */
    LessonFiles files();

    /** The tab title of the lesson with the given id, in the current language (for a button that opens it). */
    String lessonTitle(String id);

    /** Brings the lesson with the given id to the front (from a lesson path or a help page). */
    void openLesson(String id);

    /**
     * The folder where the window keeps the user's state ({@code -Drelulab.data.dir} or the
     * system's place for it): a lesson keeps its own files there (not created here; read and
     * write them off the FX thread).
     */
    Path dataFolder();
}
