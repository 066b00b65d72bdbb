package relulab.ui.app.keep;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import relulab.io.session.Session;
import relulab.io.session.SessionFiles;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.LabState;

/**
 * Sessions saved and opened: the work written to a {@code .relulab} file off the FX thread, and
 * a session read, checked whole and only then put in place, so a file the window cannot take
 * changes nothing and says why in one line.
 */
final class Sessions {

    private static final Messages WORDS = Messages.of(Sessions.class);

    private final KeepWindow keep;

    Sessions(KeepWindow keep) {
        this.keep = keep;
    }

    /** The session of the window now. */
    Session capture() {
        return keep.mapping().capture(keep.workspace().shownLesson());
    }

    /** File ▸ Save session: to the session file the work came from, else asks for one. */
    void save() {
        Path current = keep.document().fileProperty().get();
        Path file = current != null && KeepWindow.isSession(current) ? current : chooseFile();
        if (file != null) {
            saveInBackground(file);
        }
    }

    /** File ▸ Save session as…. */
    void saveAs() {
        Path file = chooseFile();
        if (file != null) {
            saveInBackground(file);
        }
    }

    /** Writes the session to {@code file} in the background; the title follows when done. */
    Task<Void> saveInBackground(Path file) {
        Session session = capture();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                SessionFiles.write(file, session);
                return null;
            }
        };
        task.setOnSucceeded(e -> saved(file));
        task.setOnFailed(e -> keep.refuse(FileTrouble.of(file, task.getException())));
        keep.io().execute(task);
        return task;
    }

    /** Asks for a session file and writes the session there now, on this thread (closing waits). */
    boolean chooseAndSaveNow() {
        Path file = chooseFile();
        if (file == null) {
            return false;
        }
        try {
            SessionFiles.write(file, capture());
            saved(file);
            return true;
        } catch (IOException e) {
            keep.refuse(FileTrouble.of(file, e));
            return false;
        }
    }

    private void saved(Path file) {
        keep.document().heldBy(file);
        keep.recent().add(file);
        keep.autosave().discard();
        keep.say(WORDS.format("status.session.saved", FileTrouble.name(file)));
    }

    /**
     * Reads a session in the background; when it is good, it replaces the work. Unsaved work is
     * asked about first.
     *
     * @return the background read, or null when the user kept the unsaved work
     */
    Task<Session> open(Path file) {
        if (!keep.mayLetGo(KeepWindow.Replacement.OPEN)) {
            return null;
        }
        return read(
                file,
                session -> {
                    if (restore(file, session, keep::refuse)) {
                        keep.document().heldBy(file);
                        keep.recent().add(file);
                        keep.autosave().discard();
                        keep.say(WORDS.format("status.session.opened", FileTrouble.name(file)));
                    }
                },
                error -> keep.failedToOpen(file, error));
    }

    /** Reads a session in the background, then hands it on, or the reason it could not be read. */
    Task<Session> read(Path file, Consumer<Session> then, Consumer<Throwable> failed) {
        Task<Session> task = new Task<>() {
            @Override
            protected Session call() throws Exception {
                return SessionFiles.read(file, LabState.MAX_SHAPE.size());
            }
        };
        task.setOnSucceeded(e -> then.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        keep.io().execute(task);
        return task;
    }

    /**
     * Puts a read session in place, or tells {@code refused} in one line why the window cannot
     * take it (and then nothing changed).
     */
    boolean restore(Path file, Session session, Consumer<String> refused) {
        SessionMapping.Prepared prepared;
        try {
            prepared = keep.mapping().prepare(session);
        } catch (IllegalArgumentException refusal) {
            refused.accept(WORDS.format("status.refused", FileTrouble.name(file), Messages.said(refusal)));
            return false;
        }
        keep.document().quietly(() -> {
            keep.mapping().restore(prepared);
            if (session.selectedTab() != null) {
                keep.workspace().openLesson(session.selectedTab());
            }
        });
        return true;
    }

    /** Asks where to save the session, starting where the last file was. */
    private Path chooseFile() {
        FileChooser chooser = keep.choosers()
                .chooser(
                        WORDS.get("chooser.save.session"),
                        new FileChooser.ExtensionFilter(WORDS.get("filter.session"), "*" + SessionFiles.EXTENSION));
        Path current = keep.document().fileProperty().get();
        String base =
                current == null ? "lesson" : current.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        chooser.setInitialFileName(base + SessionFiles.EXTENSION);
        File file = keep.choosers().remember(chooser.showSaveDialog(keep.stage()));
        if (file == null) {
            return null;
        }
        Path p = file.toPath();
        return KeepWindow.isSession(p) ? p : p.resolveSibling(p.getFileName() + SessionFiles.EXTENSION);
    }
}
