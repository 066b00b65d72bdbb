package relulab.ui.lesson;

import java.util.Objects;
import javafx.scene.Node;

/**
 * One lesson of the window — a tab — as the shell sees it.
 *
 * <p>The shell creates every lesson object at start-up (cheap: no nodes), but calls
 * {@link #createView} only the first time the lesson's tab is shown, so the window opens with
 * just the first lesson built. Afterwards {@link #shown()} and {@link #hidden()} tell the lesson
 * when its tab comes and goes; a hidden lesson does no work. Shared state reaches a lesson
 * through {@link LessonContext#followSnapshots}, which the shell holds back while it is hidden.
 *
 * <p>A new lesson is a package under {@code relulab.ui} with a view, a view model and a
 * subclass of this class, registered in the shell's lesson list. Lesson packages never import
 * each other; what two lessons share lives in {@code relulab.ui.shared}.
 */
public abstract class Lesson {

    private final String id;
    private final String title;

    /**
     * @param id    a stable name: the tab's node id is {@code id + "-tab"}, sessions store it,
     *              help is keyed by it
     * @param title the tab's title
     */
    protected Lesson(String id, String title) {
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
    }

    public final String id() {
        return id;
    }

    public final String title() {
        return title;
    }

    /** Builds the lesson's view; called once, on the FX thread, the first time its tab is shown. */
    public abstract Node createView(LessonContext context);

    /** The lesson's tab became the one shown (after {@link #createView} the first time). */
    public void shown() {
    }

    /** Another tab took the lesson's place. */
    public void hidden() {
    }
}
