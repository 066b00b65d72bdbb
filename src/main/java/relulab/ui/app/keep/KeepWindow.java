package relulab.ui.app.keep;

import java.io.File;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import relulab.io.session.Session;
import relulab.io.session.SessionFiles;
import relulab.ui.lesson.KeptSettings;
import relulab.ui.lesson.LessonFiles;
import relulab.ui.shared.text.Messages;

/**
 * Keeps the window's work: what it is called and whether it is saved (the title's mark and
 * the question on closing), and who does each job — {@link Sessions}, the {@link TensorOpener},
 * {@link Exports}, the {@link RecoveryOffer} after a crash with its {@link Autosave}, the
 * {@link WindowMemory} between runs, {@link FileDrop drops} and {@link RecentFiles}.
 *
 * <p>Files are read and written off the FX thread; what they hold is checked completely before
 * anything in the window changes, so a bad file leaves the work as it was and says why in one
 * line.
 */
public final class KeepWindow {

    private static final Messages WORDS = Messages.of(KeepWindow.class);

    private final Workspace ws;
    private final Document document;
    private final SessionMapping mapping;
    private final RecentFiles recent = new RecentFiles();
    private final Autosave autosave;
    private final Executor io;
    private final Notices notices;
    private final FileChoosers choosers;
    private final Sessions sessions = new Sessions(this);
    private final TensorOpener tensors = new TensorOpener(this);
    private final Exports exports = new Exports(this);
    private final FileDrop drops = new FileDrop(this);
    private final RecoveryOffer recovery;
    private final WindowMemory memory;
    private final KeptSettings<?> colorsPart;
    private Stage stage;

    /**
     * @param ws         the window
     * @param appName    the program's name in the current language, the end of every title
     * @param dataFolder where preferences and recovery files live
     */
    public KeepWindow(Workspace ws, Supplier<String> appName, Path dataFolder) {
        this.ws = ws;
        this.document = new Document(appName);
        this.notices = new Notices(appName);
        this.choosers = new FileChoosers(document.fileProperty()::get);
        this.colorsPart = ColorsPart.of(ws.colors());
        this.mapping = new SessionMapping(ws.state(), keptParts());
        this.io = ws.background().serial();
        this.autosave = new Autosave(
                Autosave.recoveryFile(dataFolder),
                () -> document.isUnsaved() ? sessions.capture() : null,
                Platform::runLater,
                this::refuse,
                Autosave.PERIOD_MS);
        this.recovery = new RecoveryOffer(this, dataFolder);
        this.memory = new WindowMemory(this, new PreferencesFile(dataFolder));
        ws.state().snapshotProperty().addListener((o, was, is) -> changed());
        watch(keptParts());
    }

    /** Every part a session keeps: the lessons' settings and the grids' colours. */
    private List<KeptSettings<?>> keptParts() {
        List<KeptSettings<?>> parts = new ArrayList<>(ws.lessonParts());
        parts.add(colorsPart);
        return parts;
    }

    /** Marks the work changed when one of {@code parts} changes. */
    private void watch(List<KeptSettings<?>> parts) {
        for (KeptSettings<?> part : parts) {
            // A lesson's first settings, when it is first shown, are no change of the work.
            part.valueProperty().addListener((o, was, is) -> {
                if (was != null) {
                    changed();
                }
            });
        }
    }

    /**
     * The window now speaks {@code language} with lessons made anew (their kept settings carried
     * over): sessions keep the new lessons' parts from now on, the title is said in the new
     * language, and the choice is remembered for the next run.
     */
    public void languageChanged(Locale language) {
        List<KeptSettings<?>> parts = keptParts();
        mapping.keep(parts);
        watch(ws.lessonParts());
        document.relabel();
        memory.languageChosen(language);
    }

    /** The data folder of this user, or of {@link DataFolder#PROPERTY}. */
    public static Path userDataFolder() {
        return DataFolder.forUser();
    }

    // ---- what the window shows ----------------------------------------------------------

    /** Messages about files (a refusal, a recovery offer) appear here, above the lessons. */
    public VBox banner() {
        return notices.banner();
    }

    /** The last message about files, also shown as a notification. */
    public ReadOnlyStringProperty messageProperty() {
        return notices.messageProperty();
    }

    /** The files opened last, newest first. */
    public RecentFiles recent() {
        return recent;
    }

    /** The recovery file this window writes. */
    public Path recoveryFile() {
        return autosave.file();
    }

    /** The one way lessons open tensor files. */
    public LessonFiles files() {
        return tensors;
    }

    // ---- the stage ----------------------------------------------------------------------

    /**
     * Takes charge of the stage before it is shown: the title, the question on closing, drops
     * and the pictures' context menu.
     */
    public void attach(Stage window) {
        this.stage = window;
        notices.attach(window);
        memory.attach(window);
        // Set, not bound: the window keeps its own title calls working (tests reuse one stage).
        window.setTitle(document.titleBinding().get());
        document.titleBinding().addListener((o, was, is) -> window.setTitle(is));
        window.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (!confirmClose()) {
                e.consume();
            }
        });
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            memory.closed();
            recovery.close();
            autosave.close();
        });
        drops.install(window.getScene());
        exports.installContextMenu(window.getScene());
    }

    /**
     * Continues from the last run, as the program does at start-up: the remembered window
     * bounds, lesson and colours (saved again when the window closes), and the offer to
     * recover the work of every run that did not close normally. The files are read off the FX
     * thread, so a damaged, huge or blocking file never holds up the window.
     *
     * @return done once the window is as the last run left it
     */
    public CompletableFuture<Void> continueLastRun() {
        return CompletableFuture.supplyAsync(() -> new LastRun(memory.read(), recovery.find()), io)
                .thenAcceptAsync(
                        last -> {
                            if (stage != null && !stage.isShowing()) {
                                last.leftOver().forEach(left -> left.lock().close());
                                return;
                            }
                            memory.apply(last.preferences());
                            recovery.offer(last.leftOver());
                        },
                        Platform::runLater);
    }

    /** What the last runs left: read off the FX thread, put in place on it. */
    private record LastRun(KeptPreferences preferences, List<Recovery.LeftOver> leftOver) {}

    /** Forgets the preferences: default size, centred, on the workbench, default colours. */
    public void resetToDefaults() {
        memory.resetToDefaults();
    }

    /** Asks the window to close, as its close button does (and so with the same question). */
    public void requestClose() {
        if (stage != null && confirmClose()) {
            stage.hide();
        }
    }

    /** Whether the window may close: asks to save unsaved changes first. */
    boolean confirmClose() {
        return mayLetGo(Replacement.CLOSE);
    }

    /** What would take the place of the window's work, which names the question asked first. */
    enum Replacement {
        /** The window closes. */
        CLOSE("close"),
        /** Another run's work is restored in its place. */
        RESTORE("replace"),
        /** A session file is opened in its place. */
        OPEN("open");

        private final String words;

        Replacement(String words) {
            this.words = words;
        }
    }

    /**
     * Whether the window's work may go (the window closes, or other work takes its place): when
     * some is unsaved, asks to save it first, to let it go, or to cancel — so opening a session or
     * restoring a second recovery never silently replaces work whose only copy is this window's.
     */
    boolean mayLetGo(Replacement by) {
        if (!document.isUnsaved()) {
            return true;
        }
        return switch (UnsavedQuestion.ask(stage, by.words)) {
            case SAVE -> sessions.chooseAndSaveNow();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    // ---- sessions and files -------------------------------------------------------------

    /** File ▸ Save session: to the session file the work came from, else asks for one. */
    public void save() {
        sessions.save();
    }

    /** File ▸ Save session as…. */
    public void saveAs() {
        sessions.saveAs();
    }

    /** Writes the session to {@code file} in the background; the title follows when done. */
    public Task<Void> saveInBackground(Path file) {
        return sessions.saveInBackground(file);
    }

    /**
     * Reads a session in the background; when it is good, it replaces the work.
     *
     * @return the background read, or null when the user kept unsaved work rather than let it go
     */
    public Task<Session> openSession(Path file) {
        return sessions.open(file);
    }

    /** File ▸ Open…: a session, or a tensor file as x or dout (it asks which). */
    public void chooseAndOpen() {
        FileChooser chooser = choosers.chooser(
                WORDS.get("chooser.open"),
                new FileChooser.ExtensionFilter(WORDS.get("filter.all"), "*.relulab", "*.npy", "*.csv"),
                new FileChooser.ExtensionFilter(WORDS.get("filter.session"), "*.relulab"),
                new FileChooser.ExtensionFilter(WORDS.get("filter.tensors"), "*.npy", "*.csv"));
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
            return sessions.open(file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".npy") || name.endsWith(".csv")) {
            return tensors.open(file, target == null ? LessonFiles.Slot.X : target);
        }
        refuse(WORDS.format("status.unknown.kind", FileTrouble.name(file)));
        return null;
    }

    /** A file could not be read: says why, and forgets it among the recent files if it is gone. */
    void failedToOpen(Path file, Throwable error) {
        refuse(WORDS.format("status.nothing.changed", FileTrouble.of(file, error)));
        if (error instanceof NoSuchFileException || !file.toFile().exists()) {
            recent.remove(file);
        }
    }

    /** The work changed: the title says so and the autosave will keep it. */
    void changed() {
        if (document.markChanged()) {
            autosave.changed();
        }
    }

    static boolean isSession(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SessionFiles.EXTENSION);
    }

    /** Tells the user what went well, as the last message and a notification that fades. */
    void say(String text) {
        notices.say(text);
    }

    /** Tells the user what was refused or failed, in a bar above the lessons until closed. */
    void refuse(String text) {
        notices.refuse(text);
    }

    // ---- for the keepers ----------------------------------------------------------------

    Sessions sessions() {
        return sessions;
    }

    FileChoosers choosers() {
        return choosers;
    }

    Document document() {
        return document;
    }

    Autosave autosave() {
        return autosave;
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
}
