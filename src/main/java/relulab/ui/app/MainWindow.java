package relulab.ui.app;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import relulab.core.Shape;
import relulab.ui.state.LabState;
import relulab.ui.code.CodeView;
import relulab.ui.code.CodeViewModel;
import relulab.ui.cost.CostView;
import relulab.ui.dying.DyingView;
import relulab.ui.gradcheck.GradientCheckView;
import relulab.ui.gradcheck.GradientCheckViewModel;
import relulab.ui.gradzero.GradientAtZeroView;
import relulab.ui.gradzero.GradientAtZeroViewModel;
import relulab.ui.vanishing.VanishingView;
import relulab.ui.workbench.WorkbenchView;
import relulab.ui.workbench.WorkbenchViewModel;

/**
 * The main window of ReLU Lab: one tab per lesson, the workbench first.
 *
 * <p>Each tab's content is a self-contained view; this class only arranges them and sets the
 * window up (title, size, style sheet).
 */
public final class MainWindow {

    /** The window's title. */
    public static final String TITLE = "ReLU Lab";
    /** Type size in presentation mode, for a projector seen from the back of a classroom. */
    private static final int PRESENTATION_FONT_SIZE = 19;

    private final LabState state = new LabState(new Shape(3, 4, 4));
    private final TabPane tabs = new TabPane();
    private final BorderPane root = new BorderPane(tabs);
    private final WorkbenchView workbench = new WorkbenchView(new WorkbenchViewModel(state));

    public MainWindow() {
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("Workbench", "workbench-tab", workbench),
                tab("Dying ReLU", "dying-tab", new DyingView()),
                tab("Easy to compute", "cost-tab", CostView.create().root()),
                tab("Vanishing gradient", "vanishing-tab", VanishingView.create()),
                tab("The code", "code-tab", new CodeView(new CodeViewModel(state))),
                tab("Gradient check", "gradcheck-tab", new GradientCheckView(new GradientCheckViewModel(state))),
                tab("ReLU\u2032(0)", "gradzero-tab", new GradientAtZeroView(new GradientAtZeroViewModel(state))));
        // Presentation mode (F5 on the workbench) enlarges the type of the whole window.
        workbench.viewModel().presentationProperty().addListener((o, was, is) ->
                root.setStyle(is ? "-fx-font-size: " + PRESENTATION_FONT_SIZE + "px;" : ""));
    }

    /** The workbench tab's view. */
    public WorkbenchView workbench() {
        return workbench;
    }

    /** The state the panels share. */
    public LabState state() {
        return state;
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    /** The scene graph of the window, for tests that host it in their own stage. */
    public BorderPane root() {
        return root;
    }

    /** Puts the window on the stage and shows it. */
    public void show(Stage stage) {
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("relulab.css").toExternalForm());
        stage.setTitle(TITLE);
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setScene(scene);
        stage.show();
    }
}
