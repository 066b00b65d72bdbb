package relulab.ui.app.keep;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.TensorData;
import relulab.io.TensorFiles;
import relulab.io.session.Session;
import relulab.io.session.SessionFiles;
import relulab.ui.state.LabSnapshot;
import relulab.ui.lesson.KeptSettings;
import relulab.ui.lesson.LessonFiles;
import relulab.ui.lesson.LessonIds;
import relulab.ui.shared.grid.ColorScope;
import relulab.ui.shared.grid.Palette;
import relulab.ui.state.GridColors;
import relulab.ui.state.LabState;

/**
 * Keeps the window's work: sessions saved and opened, tensor files opened from anywhere (the
 * File menu, the command line, a drop), the unsaved-changes mark in the title and the question
 * on closing, the autosave and the offer to recover after a crash, and the preferences
 * remembered between runs.
 *
 * <p>Files are read and written off the FX thread; what they hold is checked completely before
 * anything in the window changes, so a bad file leaves the work as it was and says why in one
 * line.
 */
public final class KeepWindow {

    private final Workspace ws;
    private final Path dataFolder;
    private final Document document;
    private final SessionMapping mapping;
    private final RecentFiles recent = new RecentFiles();
    private final PreferencesFile preferences;
    private final Autosave autosave;
    private final Executor io;
    private final Exports exports = new Exports(this);
    private final TensorOpener tensors = new TensorOpener(this);
    private final FileChoosers choosers;
    private final FileDrop drops = new FileDrop(this);
    private final VBox banner = new VBox();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final String appName;
    private Stage stage;
    private double defaultWidth;
    private double defaultHeight;
    private boolean rememberBetweenRuns;

    /**
     * @param ws         the window
     * @param appName    the program's name, the end of every title
     * @param dataFolder where preferences and recovery files live
     */
    public KeepWindow(Workspace ws, String appName, Path dataFolder) {
        this.ws = ws;
        this.appName = appName;
        this.dataFolder = dataFolder;
        this.document = new Document(appName);
        this.choosers = new FileChoosers(document.fileProperty()::get);
        List<KeptSettings<?>> parts = new ArrayList<>(ws.lessonParts());
        parts.add(ColorsPart.of(ws.colors()));
        this.mapping = new SessionMapping(ws.state(), parts);
        this.preferences = new PreferencesFile(dataFolder);
        this.io = ws.background().serial();
        this.autosave = new Autosave(Autosave.recoveryFile(dataFolder),
                () -> document.isUnsaved() ? capture() : null, Platform::runLater, this::say, Autosave.PERIOD_MS);
        banner.getStyleClass().add("keep-banner");
        banner.getStylesheets().add(KeepWindow.class.getResource("keep.css").toExternalForm());
        LabSnapshot blank = ws.state().snapshot();
        ws.state().snapshotProperty().addListener((o, was, is) -> {
            // The workbench fills the window's blank start with its example when first shown:
            // that is the lesson starting, not a change of the user's work.
            if (was != blank || !isBlank(blank)) {
                changed();
            }
        });
        for (KeptSettings<?> part : parts) {
            // A lesson's first settings, when it is first shown, are no change of the work.
            part.valueProperty().addListener((o, was, is) -> {
                if (was != null) {
                    changed();
                }
            });
        }
    }

    /** The data folder of this user, or of {@link DataFolder#PROPERTY}. */
    public static Path userDataFolder() {
        return DataFolder.forUser();
    }

    // ---- what the window shows ----------------------------------------------------------

    /** Messages about files (a refusal, a recovery offer) appear here, above the lessons. */
    public VBox banner() {
        return banner;
    }

    /** The last message about files, also shown as a notification. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The files opened last, newest first. */
    public RecentFiles recent() {
        return recent;
    }

    /** The recovery file this window writes. */
    public Path recoveryFile() {
        return autosave.file();
    }

    /** Whether there are changes no file holds. */
    public boolean isUnsaved() {
        return document.isUnsaved();
    }

    // ---- the stage ----------------------------------------------------------------------

    /**
     * Takes charge of the stage before it is shown: the title, the question on closing, drops
     * and the pictures' context menu.
     */
    public void attach(Stage window) {
        this.stage = window;
        defaultWidth = window.getScene().getWidth();
        defaultHeight = window.getScene().getHeight();
        // Set, not bound: the window keeps its own title calls working (tests reuse one stage).
        window.setTitle(document.titleBinding().get());
        document.titleBinding().addListener((o, was, is) -> window.setTitle(is));
        window.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (!confirmClose()) {
                e.consume();
            }
        });
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closed());
        drops.install(window.getScene());
        exports.installContextMenu(window.getScene());
    }

    /**
     * Continues from the last run, as the program does at start-up: the remembered window
     * bounds, lesson and colours (saved again when the window closes), and the offer to
     * recover the work of a run that did not close normally.
     */
    public void continueLastRun() {
        rememberBetweenRuns = true;
        applyPreferences(preferences.read());
        Recovery.newest(dataFolder).ifPresent(this::offerRecovery);
    }

    /** Asks the window to close, as its close button does (and so with the same question). */
    public void requestClose() {
        if (stage != null && confirmClose()) {
            stage.hide();
        }
    }

    /** Whether the window may close: asks to save unsaved changes first. */
    boolean confirmClose() {
        if (!document.isUnsaved()) {
            return true;
        }
        ButtonType save = new ButtonType("Save…", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Your changes are not saved in a session file.",
                save, discard, ButtonType.CANCEL);
        ask.setHeaderText("Save the session before closing?");
        ask.initOwner(stage);
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        if (answer.get() == save) {
            Path file = chooseSessionFile(true);
            return file != null && saveNow(file);
        }
        return true;
    }

    private void closed() {
        if (rememberBetweenRuns) {
            try {
                preferences.write(currentPreferences());
            } catch (IOException e) {
                // Preferences are a convenience: the next start simply uses the defaults.
            }
        }
        autosave.close();
    }

    // ---- preferences ----------------------------------------------------------------------

    private KeptPreferences currentPreferences() {
        boolean max = stage.isMaximized();
        boolean normal = !max && !stage.isFullScreen() && !stage.isIconified();
        KeptPreferences old = preferences.read();
        return new KeptPreferences(normal ? stage.getX() : old.x(), normal ? stage.getY() : old.y(),
                normal ? stage.getWidth() : old.width(), normal ? stage.getHeight() : old.height(), max,
                ws.shownLesson(), ws.colors().paletteProperty().get().name(),
                ws.colors().scopeProperty().get().name(), recent.asText());
    }

    private void applyPreferences(KeptPreferences p) {
        recent.setText(p.recent());
        if (p.hasBounds() && !Screen.getScreensForRectangle(p.x(), p.y(), p.width(), p.height()).isEmpty()) {
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setWidth(p.width());
            stage.setHeight(p.height());
        }
        stage.setMaximized(p.maximized());
        if (p.tab() != null) {
            ws.openLesson(p.tab());
        }
        document.quietly(() -> {
            for (Palette v : Palette.values()) {
                if (v.name().equals(p.palette())) {
                    ws.colors().paletteProperty().set(v);
                }
            }
            for (ColorScope v : ColorScope.values()) {
                if (v.name().equals(p.scope())) {
                    ws.colors().scopeProperty().set(v);
                }
            }
        });
    }

    /** Forgets the preferences: default size, centred, on the workbench, default colours. */
    public void resetToDefaults() {
        try {
            preferences.delete();
        } catch (IOException e) {
            say("Could not remove " + preferences.path() + ": " + e.getMessage());
        }
        if (stage != null) {
            stage.setMaximized(false);
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(defaultWidth, screen.getWidth()));
            stage.setHeight(Math.min(defaultHeight, screen.getHeight()));
            stage.centerOnScreen();
        }
        ws.openLesson(LessonIds.WORKBENCH);
        ws.colors().apply(GridColors.Choice.DEFAULT);
        say("Window, lesson and colours are back to their defaults");
    }

    // ---- sessions -------------------------------------------------------------------------

    /** The session of the window now. */
    Session capture() {
        return mapping.capture(ws.shownLesson());
    }

    /** File ▸ Save session: to the session file the work came from, else asks for one. */
    public void save() {
        Path current = document.fileProperty().get();
        Path file = current != null && isSession(current) ? current : chooseSessionFile(true);
        if (file != null) {
            saveInBackground(file);
        }
    }

    /** File ▸ Save session as…. */
    public void saveAs() {
        Path file = chooseSessionFile(true);
        if (file != null) {
            saveInBackground(file);
        }
    }

    /** Writes the session to {@code file} in the background; the title follows when done. */
    public Task<Void> saveInBackground(Path file) {
        Session session = capture();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                SessionFiles.write(file, session);
                return null;
            }
        };
        task.setOnSucceeded(e -> saved(file));
        task.setOnFailed(e -> say(messageOf(task.getException())));
        io.execute(task);
        return task;
    }

    /** Writes the session now, on this thread (closing waits for it). */
    private boolean saveNow(Path file) {
        try {
            SessionFiles.write(file, capture());
            saved(file);
            return true;
        } catch (IOException e) {
            say(e.getMessage());
            return false;
        }
    }

    private void saved(Path file) {
        document.heldBy(file);
        recent.add(file);
        autosave.discard();
        say("Saved the session to " + file.getFileName());
    }

    /** File ▸ Open…: a session, or a tensor file as x or dout (it asks which). */
    public void chooseAndOpen() {
        FileChooser chooser = choosers.chooser("Open a session or a tensor file",
                new FileChooser.ExtensionFilter("Sessions and tensors (*.relulab, *.npy, *.csv)", "*.relulab", "*.npy", "*.csv"),
                new FileChooser.ExtensionFilter("ReLU Lab session (*.relulab)", "*.relulab"),
                new FileChooser.ExtensionFilter("NumPy array or CSV (*.npy, *.csv)", "*.npy", "*.csv"));
        File file = choosers.remember(chooser.showOpenDialog(stage));
        if (file != null) {
            // As a drop outside the grids: a session opens, a tensor file asks whether it is x or dout.
            drops.drop(file.toPath(), null);
        }
    }

    /**
     * Opens any file ReLU Lab reads: a session replaces the work, a tensor file becomes
     * {@code target} (x when null and the user is not asked).
     *
     * @return the background read, or null when the file's kind is unknown (then it says so)
     */
    public Task<?> open(Path file, LessonFiles.Slot target) {
        if (isSession(file)) {
            return openSession(file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".npy") || name.endsWith(".csv")) {
            return tensors.open(file, target == null ? LessonFiles.Slot.X : target);
        }
        say(file.getFileName() + ": ReLU Lab opens .relulab sessions and .npy or .csv tensors");
        return null;
    }

    /** Reads a session in the background; when it is good, it replaces the work. */
    public Task<Session> openSession(Path file) {
        return readSession(file, session -> {
            if (restore(file, session)) {
                document.heldBy(file);
                recent.add(file);
                autosave.discard();
                say("Opened the session " + file.getFileName());
            }
        }, error -> failedToOpen(file, error));
    }

    /** Reads a session in the background, then hands it on, or the reason it could not be read. */
    private Task<Session> readSession(Path file, Consumer<Session> then, Consumer<Throwable> failed) {
        Task<Session> task = new Task<>() {
            @Override
            protected Session call() throws Exception {
                return SessionFiles.read(file, LabState.MAX_SHAPE.size());
            }
        };
        task.setOnSucceeded(e -> then.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        io.execute(task);
        return task;
    }

    /** Puts a read session in place, or says why the window cannot take it. */
    private boolean restore(Path file, Session session) {
        SessionMapping.Prepared prepared;
        try {
            prepared = mapping.prepare(session);
        } catch (IllegalArgumentException refused) {
            say(file.getFileName() + ": " + refused.getMessage() + "; nothing changed");
            return false;
        }
        document.quietly(() -> {
            mapping.restore(prepared);
            if (session.selectedTab() != null) {
                ws.openLesson(session.selectedTab());
            }
        });
        return true;
    }

    void failedToOpen(Path file, Throwable error) {
        say(messageOf(error) + "; nothing changed");
        if (error instanceof java.nio.file.NoSuchFileException || !file.toFile().exists()) {
            recent.remove(file);
        }
    }

    private void changed() {
        if (document.markChanged()) {
            autosave.changed();
        }
    }

    // ---- recovery -------------------------------------------------------------------------

    private void offerRecovery(Path file) {
        new RecoveryBar(banner, file, () -> restoreRecovered(file), () -> {
            Recovery.discardAll(dataFolder);
            say("Discarded the work of the run that did not close normally");
        }).show();
    }

    /** Restores a crashed run's work; it stays unsaved (no file holds it) until the user saves. */
    Task<Session> restoreRecovered(Path file) {
        return readSession(file, session -> {
            Recovery.discardAll(dataFolder);
            if (restore(file, session)) {
                document.heldBy(null);
                changed();
                say("Restored the work of the run that did not close normally");
            }
        }, error -> say(messageOf(error)));
    }

    // ---- helpers --------------------------------------------------------------------------

    private static boolean isBlank(LabSnapshot s) {
        for (Tensor3 t : new Tensor3[] {s.x(), s.dout()}) {
            for (int i = 0; i < t.size(); i++) {
                if (Double.doubleToRawLongBits(t.get(i)) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean isSession(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SessionFiles.EXTENSION);
    }

    /** Asks where to save (or which session to open), starting where the last file was. */
    private Path chooseSessionFile(boolean save) {
        FileChooser chooser = choosers.chooser(save ? "Save session" : "Open session",
                new FileChooser.ExtensionFilter("ReLU Lab session (*.relulab)", "*.relulab"));
        Path current = document.fileProperty().get();
        String base = current == null ? "lesson" : current.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        chooser.setInitialFileName(base + SessionFiles.EXTENSION);
        File file = choosers.remember(save ? chooser.showSaveDialog(stage) : chooser.showOpenDialog(stage));
        if (file == null) {
            return null;
        }
        Path p = file.toPath();
        return save && !isSession(p) ? p.resolveSibling(p.getFileName() + SessionFiles.EXTENSION) : p;
    }

    FileChoosers choosers() {
        return choosers;
    }

    Document document() {
        return document;
    }

    /** The one way lessons open tensor files. */
    public LessonFiles files() {
        return tensors;
    }

    Exports exports() {
        return exports;
    }

    Workspace workspace() {
        return ws;
    }

    Stage stage() {
        return stage;
    }

    Executor io() {
        return io;
    }

    SessionMapping mapping() {
        return mapping;
    }

    static String messageOf(Throwable error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }

    /** Tells the user, in the banner's message and as a notification. */
    void say(String text) {
        message.set(text);
        if (stage != null && stage.isShowing()) {
            Notifications.create().title(appName).text(text).owner(stage).hideAfter(Duration.seconds(6)).showInformation();
        }
    }
}
