package relulab.ui.lesson;

import java.util.Objects;
import java.util.Optional;
import javafx.scene.Node;
import relulab.ui.shared.text.Messages;

/**
 * One lesson of the window — a tab — as the shell sees it.
 *
 * <p>The shell creates every lesson object at start-up (cheap: no nodes), but calls
 * {@link #createView} only the first time the lesson's tab is shown, so the window opens with
 * just the first lesson built. Afterwards {@link #shown()} and {@link #hidden()} tell the lesson
 * when its tab comes and goes; a hidden lesson does no work. Shared state reaches a lesson
 * through {@link LessonContext#followSnapshots}, which the shell holds back while it is hidden.
 *
 * <p>A lesson owns what is only its own: its id (a constant of {@link LessonIds}), its words
 * (the {@code messages.properties} of its package, read with {@link Messages}), its F1 page
 * ({@code help.txt} beside them, and its translations), its stylesheet, and the part of its state
 * that sessions keep ({@link #keptSettings()}). A new lesson is a package under
 * {@code relulab.ui} with a view model, a view and a subclass of this class, registered in
 * {@code LessonCatalog}. Lesson packages never import each other; what two lessons share lives in
 * {@code relulab.ui.shared}.
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

    /**
     * The lesson's F1 page in the current language: {@code help.txt} in the lesson's package, or
     * its translation ({@code help_pt_BR.txt}, …). The markup is the shell's {@code HelpPage}'s.
     */
    public String helpPage() {
        return Messages.of(getClass()).resource("help.txt");
    }

    /** The part of the lesson's state that sessions keep, if it has one. */
    public Optional<KeptSettings<?>> keptSettings() {
        return Optional.empty();
    }

    /** Builds the lesson's view; called once, on the FX thread, the first time its tab is shown. */
    public abstract Node createView(LessonContext context);

    /** The lesson's tab became the one shown (after {@link #createView} the first time). */
    public void shown() {}

    /** Another tab took the lesson's place. */
    public void hidden() {}
}
