package relulab.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Tab;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;
import relulab.ui.lesson.LessonFiles;
import relulab.ui.shared.ChapterQuotes;
import relulab.ui.state.DisplaySettings;
import relulab.ui.state.GridColors;
import relulab.ui.state.LabSnapshot;
import relulab.ui.state.LabState;
import relulab.ui.task.Background;

/**
 * One lesson in its tab: builds the lesson's view the first time the tab is shown (and gives its
 * quotations of the chapter their originals, {@link ChapterQuotes}), tells the lesson when it is
 * shown and hidden, and holds shared-state changes back while it is hidden.
 *
 * <p>A hidden lesson hears nothing; when shown again it hears the newest snapshot once, if it
 * changed meanwhile. So an edit on the workbench costs the hidden lessons nothing, however
 * many there are.
 */
final class LessonHost implements LessonContext {

    private final Lesson lesson;
    private final Tab tab;
    private final MainWindow window;
    private final List<Consumer<LabSnapshot>> followers = new ArrayList<>();
    private LabSnapshot delivered;
    private boolean showing;

    LessonHost(Lesson lesson, MainWindow window) {
        this.lesson = lesson;
        this.window = window;
        this.tab = new Tab(lesson.title());
        tab.setId(lesson.id() + "-tab");
        tab.setUserData(this);
    }

    Lesson lesson() {
        return lesson;
    }

    Tab tab() {
        return tab;
    }

    /** Whether the lesson's view has been built. */
    boolean isBuilt() {
        return tab.getContent() != null;
    }

    /** Whether the lesson is the one shown. */
    boolean isShowing() {
        return showing;
    }

    /** The tab became the selected one: build the view if needed, catch up, tell the lesson. */
    void show() {
        if (!isBuilt()) {
            tab.setContent(lesson.createView(this));
            ChapterQuotes.showOriginals(tab.getContent());
        }
        showing = true;
        deliver(window.state().snapshot());
        lesson.shown();
    }

    /** Another tab was selected. */
    void hide() {
        if (showing) {
            showing = false;
            lesson.hidden();
        }
    }

    /** The shared state changed: pass it on now if shown, else when next shown. */
    void stateChanged(LabSnapshot snapshot) {
        if (showing) {
            deliver(snapshot);
        }
    }

    private void deliver(LabSnapshot snapshot) {
        if (snapshot != delivered) {
            delivered = snapshot;
            followers.forEach(follower -> follower.accept(snapshot));
        }
    }

    @Override
    public LabState state() {
        return window.state();
    }

    @Override
    public DisplaySettings display() {
        return window.display();
    }

    @Override
    public Background background() {
        return window.background();
    }

    @Override
    public void followSnapshots(Consumer<LabSnapshot> consumer) {
        followers.add(consumer);
        delivered = window.state().snapshot();
        consumer.accept(delivered);
    }

    @Override
    public GridColors colors() {
        return window.colors();
    }

    @Override
    public LessonFiles files() {
        return window.keep().files();
    }

    @Override
    public String lessonTitle(String id) {
        return window.lessonTitle(id);
    }

    @Override
    public void openLesson(String id) {
        window.openLesson(id);
    }

    @Override
    public Path dataFolder() {
        return window.dataFolder();
    }
}
