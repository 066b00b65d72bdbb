package relulab.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import relulab.ui.app.keep.FileMenu;
import relulab.ui.app.keep.KeepWindow;
import relulab.ui.app.keep.Workspace;
import relulab.ui.lesson.KeptSettings;
import relulab.ui.lesson.Lesson;
import relulab.ui.shared.text.Messages;
import relulab.ui.shared.text.UiLocale;
import relulab.ui.state.DisplaySettings;
import relulab.ui.state.GridColors;
import relulab.ui.state.LabState;
import relulab.ui.task.Background;

/**
 * The main window of ReLU Lab: a menu bar over one tab per lesson, in {@link LessonCatalog}'s
 * order, the lesson path first.
 *
 * <p>The window is a shell: it owns what the lessons share — the {@link LabState}, the
 * {@link GridColors}, the {@link DisplaySettings} and the {@link Background} service — and
 * builds each lesson's view the first time its tab is shown ({@link LessonHost}). At start-up
 * only the lesson in front is built (the path, or the one the last run or a file brings to the
 * front), so the first frame waits for one lesson, not for all of them. Closing the window stops
 * all background work.
 *
 * <p>A language is changed at once ({@link #switchLanguage}) by making the lessons and the menus
 * anew: every word is looked up when a node is made, so new nodes speak the new language. What
 * the user set up stays: the shared state, the colours, presentation mode, the theme, the window
 * and the tab in front live in the shell, and each lesson's kept settings are carried over to
 * its new self. What a lesson holds only in its view (the workbench's undo history, a finished
 * training run's curves) starts afresh, as after opening a session.
 */
public final class MainWindow implements Workspace {

    private static final Messages WORDS = Messages.of(MainWindow.class);

    /** The size the window asks for, where the screen has room. */
    static final double PREFERRED_WIDTH = 1280;

    static final double PREFERRED_HEIGHT = 800;
    /** How much of a screen larger than the preferred size the window takes. */
    static final double SCREEN_SHARE = 0.92;
    /** The smallest size at which every lesson is laid out without cutting text. */
    static final double MIN_WIDTH = 1024;

    static final double MIN_HEIGHT = 700;
    /** The high-contrast theme's stylesheet, next to {@code relulab.css}. */
    static final String HIGH_CONTRAST = "projector.css";

    private final LabState state = LabState.firstExample();
    private final DisplaySettings display = new DisplaySettings();
    private final GridColors colors = new GridColors();
    private final Background background = new Background(Platform::runLater);
    private final StackPane lessonArea = new StackPane();
    private final BorderPane root = new BorderPane(lessonArea);
    /** Makes the lessons: at start, and again for each change of language. */
    private final Supplier<List<Lesson>> catalog;

    private LessonTabs tabs;
    /** Made when help is first asked for: it is not part of the first frame. */
    private HelpOverlay help;

    private final List<LessonHost> hosts = new ArrayList<>();
    private final PresentationMode presentation;
    private final KeepWindow keep;
    private final Path dataFolder;

    public MainWindow() {
        this(LessonCatalog::all, KeepWindow.userDataFolder());
    }

    /** A window that keeps its preferences and recovery files in {@code dataFolder}. */
    public MainWindow(Path dataFolder) {
        this(LessonCatalog::all, dataFolder);
    }

    /** A window of the given lessons (for tests: a change of language shows them again as they are). */
    MainWindow(List<Lesson> lessons) {
        this(() -> lessons, KeepWindow.userDataFolder());
    }

    MainWindow(List<Lesson> lessons, Path dataFolder) {
        this(() -> lessons, dataFolder);
    }

    private MainWindow(Supplier<List<Lesson>> catalog, Path dataFolder) {
        this.catalog = catalog;
        root.getStyleClass().add("main-window");
        putLessons(catalog.get(), null);
        state.snapshotProperty().addListener((o, was, is) -> hosts.forEach(h -> h.stateChanged(is)));
        // The lesson in front is built at the window's first pulse, not here: the program may still
        // bring another one to the front (the last run's tab, a file to open) before the first frame.
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.addPreLayoutPulseListener(this::showSelectedLesson);
            }
        });
        presentation = new PresentationMode(display, root);
        keep = new KeepWindow(this, () -> WORDS.get("window.title"), dataFolder);
        this.dataFolder = dataFolder;
        putMenus();
    }

    /**
     * Puts the lessons in a new tab pane, {@code front} (a lesson id, or null for the first) in
     * front; its view is built at the next pulse or when shown.
     */
    private void putLessons(List<Lesson> lessons, String front) {
        hosts.clear();
        tabs = new LessonTabs();
        for (Lesson lesson : lessons) {
            LessonHost host = new LessonHost(lesson, this);
            hosts.add(host);
            tabs.getTabs().add(host.tab());
            if (lesson.id().equals(front)) {
                tabs.getSelectionModel().select(host.tab());
            }
        }
        // Listened to once the tab in front is chosen: choosing it builds nothing.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (was != null) {
                host(was).hide();
            }
            if (is != null) {
                host(is).show();
            }
        });
        lessonArea.getChildren().setAll(tabs);
    }

    private void putMenus() {
        root.setTop(new VBox(new MainMenu(this, new FileMenu(keep).items(), keep::requestClose).bar(), keep.banner()));
    }

    /**
     * Speaks {@code language} from now on: makes the menus and the lessons anew in it, with the
     * lesson in front, every lesson's kept settings and everything the shell holds as they were,
     * and remembers the choice for the next run.
     */
    public void switchLanguage(Locale language) {
        String front = shownLesson();
        host(tabs.getSelectionModel().getSelectedItem()).hide();
        Map<String, KeptSettings<?>> before = new HashMap<>();
        lessonParts().forEach(part -> before.put(part.key(), part));
        UiLocale.set(language);
        List<Lesson> lessons = catalog.get();
        for (Lesson lesson : lessons) {
            // Through the part's own JSON form: the new part takes exactly what the old one kept.
            lesson.keptSettings().ifPresent(part -> {
                KeptSettings<?> old = before.get(part.key());
                if (old != null && old.write() != null) {
                    part.prepare(old.write()).run();
                }
            });
        }
        putLessons(lessons, front);
        if (help != null) {
            lessonArea.getChildren().remove(help);
            help = null;
        }
        keep.languageChanged(language);
        putMenus();
        showSelectedLesson();
    }

    /** The state the lessons share. */
    @Override
    public LabState state() {
        return state;
    }

    /** Presentation mode and the other window-wide display choices. */
    public DisplaySettings display() {
        return display;
    }

    /** The folder that holds the user's state: preferences, recovery files, the lessons' own files. */
    Path dataFolder() {
        return dataFolder;
    }

    /** The grids' palette and scale, shared by every lesson's grids. */
    @Override
    public GridColors colors() {
        return colors;
    }

    @Override
    public List<KeptSettings<?>> lessonParts() {
        return hosts.stream().flatMap(h -> h.lesson().keptSettings().stream()).toList();
    }

    /** The background service every lesson runs its work on. */
    @Override
    public Background background() {
        return background;
    }

    /**
     * Turns presentation mode on or off as F5 does, but in the window as it is, not full screen:
     * for tests that compare the layout of both modes at one window size.
     */
    public void presentInWindow(boolean on) {
        presentation.stayWindowed();
        display.presentationProperty().set(on);
    }

    /** Whether the high-contrast projector theme is on. */
    boolean isHighContrast() {
        return root.getStylesheets()
                .contains(MainWindow.class.getResource(HIGH_CONTRAST).toExternalForm());
    }

    /**
     * Switches the high-contrast projector theme on or off: a stylesheet on the root that sets
     * the looked-up colours of {@code relulab.css} again (both keep the colour-blind-safe palettes).
     */
    public void useHighContrast(boolean on) {
        String theme = MainWindow.class.getResource(HIGH_CONTRAST).toExternalForm();
        root.getStylesheets().remove(theme);
        if (on) {
            root.getStylesheets().add(theme);
        }
    }

    /** The scene graph of the window, for tests that host it in their own stage. */
    public BorderPane root() {
        return root;
    }

    /** The tab of the lesson with the given id, if there is one. */
    public Optional<Tab> tab(String lessonId) {
        return hosts.stream()
                .filter(h -> h.lesson().id().equals(lessonId))
                .map(LessonHost::tab)
                .findFirst();
    }

    /** Whether the lesson's view has been built (it is, once its tab has been shown). */
    public boolean isBuilt(String lessonId) {
        return hosts.stream().anyMatch(h -> h.lesson().id().equals(lessonId) && h.isBuilt());
    }

    /** The tab title of the lesson with the given id. */
    String lessonTitle(String lessonId) {
        return hosts.stream()
                .map(LessonHost::lesson)
                .filter(l -> l.id().equals(lessonId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no lesson " + lessonId))
                .title();
    }

    /** Brings the lesson with the given id to the front. */
    @Override
    public void openLesson(String lessonId) {
        tab(lessonId).ifPresent(tab -> tabs.getSelectionModel().select(tab));
    }

    /** Sessions, files, pictures, autosave and preferences of this window. */
    public KeepWindow keep() {
        return keep;
    }

    @Override
    public Node shownView() {
        return tabs.getSelectionModel().getSelectedItem().getContent();
    }

    /** Builds and shows the lesson in front if nothing has shown it yet (once a pulse, cheap). */
    private void showSelectedLesson() {
        LessonHost selected = host(tabs.getSelectionModel().getSelectedItem());
        if (!selected.isShowing()) {
            selected.show();
        }
    }

    /** The id of the lesson shown. */
    @Override
    public String shownLesson() {
        return host(tabs.getSelectionModel().getSelectedItem()).lesson().id();
    }

    /** Shows help for the tab in front (F1): its page, or the list of shortcuts if it has none. */
    public void showHelp() {
        help().show(HelpPage.of(host(tabs.getSelectionModel().getSelectedItem()).lesson())
                .orElseGet(HelpPage::shortcuts));
    }

    /** Shows every keyboard shortcut of the window (Help ▸ Keyboard shortcuts). */
    public void showShortcuts() {
        help().show(HelpPage.shortcuts());
    }

    /** The title of the help page shown, or empty when no help is shown. */
    public String shownHelp() {
        return help == null ? "" : help.shownTitle();
    }

    /** The help overlay over the lessons, made the first time it is needed. */
    private HelpOverlay help() {
        if (help == null) {
            help = new HelpOverlay();
            lessonArea.getChildren().add(help);
        }
        return help;
    }

    /** Puts the window on the stage, sized to fit the screen's visible area, and shows it. */
    public void show(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // The preferred size, or most of a larger screen (the grids take the room), never more than the screen.
        double width = Math.min(screen.getWidth(), Math.max(PREFERRED_WIDTH, SCREEN_SHARE * screen.getWidth()));
        double height = Math.min(screen.getHeight(), Math.max(PREFERRED_HEIGHT, SCREEN_SHARE * screen.getHeight()));
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("relulab.css").toExternalForm());
        stage.setTitle(WORDS.get("window.title"));
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setScene(scene);
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        presentation.attach(stage);
        stage.setOnHidden(e -> close());
        FaultReporter.install(root);
        keep.attach(stage);
        stage.show();
    }

    /** Stops all background work; the window's threads end within a second. */
    public void close() {
        background.close();
    }

    private static LessonHost host(Tab tab) {
        return (LessonHost) tab.getUserData();
    }
}
