package relulab.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import relulab.core.Shape;
import relulab.ui.lesson.Lesson;
import relulab.ui.state.DisplaySettings;
import relulab.ui.state.LabState;
import relulab.ui.task.Background;

/**
 * The main window of ReLU Lab: a menu bar over one tab per lesson, the workbench first.
 *
 * <p>The window is a shell: it owns what the lessons share — the {@link LabState}, the
 * {@link DisplaySettings} and the {@link Background} service — and builds each lesson's view the
 * first time its tab is shown ({@link LessonHost}). At start-up only the workbench is built, so
 * the first frame waits for one lesson, not for all of them. Closing the window stops all
 * background work.
 */
public final class MainWindow {

    /** The window's title. */
    public static final String TITLE = "ReLU Lab";
    /** The size the window asks for, where the screen has room. */
    static final double PREFERRED_WIDTH = 1280;
    static final double PREFERRED_HEIGHT = 800;
    /** The smallest size at which every lesson is laid out without cutting text. */
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;

    private final LabState state = new LabState(new Shape(3, 4, 4));
    private final DisplaySettings display = new DisplaySettings();
    private final Background background = new Background(Platform::runLater);
    private final TabPane tabs = new TabPane();
    private final HelpOverlay help = new HelpOverlay();
    private final BorderPane root = new BorderPane(new StackPane(tabs, help));
    private final List<LessonHost> hosts = new ArrayList<>();
    private final PresentationMode presentation;

    public MainWindow() {
        this(LessonCatalog.all());
    }

    MainWindow(List<Lesson> lessons) {
        root.getStyleClass().add("main-window");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (Lesson lesson : lessons) {
            LessonHost host = new LessonHost(lesson, this);
            hosts.add(host);
            tabs.getTabs().add(host.tab());
        }
        state.snapshotProperty().addListener((o, was, is) -> hosts.forEach(h -> h.stateChanged(is)));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (was != null) {
                host(was).hide();
            }
            if (is != null) {
                host(is).show();
            }
        });
        host(tabs.getSelectionModel().getSelectedItem()).show();
        presentation = new PresentationMode(display, root);
        root.setTop(new MainMenu(this).bar());
    }

    /** The state the lessons share. */
    public LabState state() {
        return state;
    }

    /** Presentation mode and the other window-wide display choices. */
    public DisplaySettings display() {
        return display;
    }

    /** The background service every lesson runs its work on. */
    public Background background() {
        return background;
    }

    /** The scene graph of the window, for tests that host it in their own stage. */
    public BorderPane root() {
        return root;
    }

    /** The tab of the lesson with the given id, if there is one. */
    public Optional<Tab> tab(String lessonId) {
        return hosts.stream().filter(h -> h.lesson().id().equals(lessonId)).map(LessonHost::tab).findFirst();
    }

    /** Whether the lesson's view has been built (it is, once its tab has been shown). */
    public boolean isBuilt(String lessonId) {
        return hosts.stream().anyMatch(h -> h.lesson().id().equals(lessonId) && h.isBuilt());
    }

    /** Brings the lesson with the given id to the front. */
    public void openLesson(String lessonId) {
        tab(lessonId).ifPresent(tab -> tabs.getSelectionModel().select(tab));
    }

    /** The id of the lesson shown. */
    public String shownLesson() {
        return host(tabs.getSelectionModel().getSelectedItem()).lesson().id();
    }

    /** Shows help for the tab in front (F1): its page, or the list of shortcuts if it has none. */
    public void showHelp() {
        help.show(HelpPage.load(shownLesson()).orElseGet(MainWindow::shortcuts));
    }

    /** Shows every keyboard shortcut of the window (Help ▸ Keyboard shortcuts). */
    public void showShortcuts() {
        help.show(shortcuts());
    }

    /** Hides the help, if shown (Esc does it too). */
    public void hideHelp() {
        help.hide();
    }

    /** The title of the help page shown, or empty when no help is shown. */
    public String shownHelp() {
        return help.shownTitle();
    }

    private static HelpPage shortcuts() {
        return HelpPage.load("shortcuts").orElseThrow();
    }

    /** Puts the window on the stage, sized to fit the screen's visible area, and shows it. */
    public void show(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(PREFERRED_WIDTH, screen.getWidth());
        double height = Math.min(PREFERRED_HEIGHT, screen.getHeight());
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("relulab.css").toExternalForm());
        stage.setTitle(TITLE);
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setScene(scene);
        presentation.attach(stage);
        stage.setOnHidden(e -> close());
        FaultReporter.install(root);
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
