package relulab.ui.app.keep;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import relulab.io.MessageText;
import relulab.ui.shared.text.Messages;

/**
 * What the window's work is called and whether it is saved: the file it came from or was
 * saved to (a session, or the tensor file opened last), and whether anything changed since.
 * The title says both, as desktop programs do: {@code *x.npy — ReLU Lab}.
 */
final class Document {

    /** The program's name in the current language. */
    private final Supplier<String> appName;

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty unsaved = new SimpleBooleanProperty(this, "unsaved", false);
    private final StringBinding title;
    private boolean quiet;

    Document(Supplier<String> appName) {
        this.appName = appName;
        title = Bindings.createStringBinding(() -> titleFor(file.get(), unsaved.get()), file, unsaved);
    }

    /** The window's title: {@code *} for unsaved changes, the file's name, the program's name. */
    String titleFor(Path f, boolean changed) {
        Messages words = Messages.of(Document.class);
        String app = appName.get();
        // Escaped and cut like any quoted name, so a newline or a U+202E cannot garble the title.
        String named = f == null
                ? app
                : words.format(
                        "title.file",
                        MessageText.escape(MessageText.cut(f.getFileName().toString(), 80)),
                        app);
        return changed ? words.format("title.unsaved", named) : named;
    }

    /** The language changed: the title is said again in the new one. */
    void relabel() {
        title.invalidate();
    }

    StringBinding titleBinding() {
        return title;
    }

    ObjectProperty<Path> fileProperty() {
        return file;
    }

    boolean isUnsaved() {
        return unsaved.get();
    }

    /** The work is now what {@code holder} holds (null: no file), nothing unsaved. */
    void heldBy(Path holder) {
        file.set(holder);
        unsaved.set(false);
    }

    /** Marks the work unsaved, unless a {@link #quietly quiet} change runs; says whether it did. */
    boolean markChanged() {
        if (quiet) {
            return false;
        }
        unsaved.set(true);
        return true;
    }

    /** Runs a change that is no edit of the user's (a file opened, preferences applied). */
    void quietly(Runnable change) {
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = false;
        }
    }
}
