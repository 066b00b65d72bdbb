package relulab.ui.dying;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.testsupport.LabWindows;
import relulab.testsupport.ShownArea;
import relulab.ui.lesson.PresentationRoles;
import relulab.ui.state.DisplaySettings;
import relulab.ui.task.Background;

/**
 * Presentation mode is for the pictures: at 1280×800, each sub-tab of the dying lesson (the run,
 * the sweep, the remedies) gives its marked pictures at least the screen area they have without
 * it. The window is the shell's: its stylesheet, and F5's root style class and display setting.
 * Only what can be seen counts: a picture's bounds are cut to the window and to every scroll
 * pane's viewport around it.
 */
class DyingPresentationTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private static final long WAIT_SECONDS = 180;

    private final DisplaySettings display = new DisplaySettings();
    private DyingView view;
    private BorderPane root;
    private Background background;

    @BeforeEach
    void start() {
        windows.start(this::start);
    }

    void start(Stage stage) {
        background = new Background(Platform::runLater);
        view = new DyingView(DyingViewModel.on(background), display);
        root = new BorderPane(view);
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets()
                .add(DyingView.class.getResource("/relulab/ui/app/relulab.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.start();
    }

    @AfterEach
    void stopTraining() {
        background.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dying-watch-tab", "dying-sweep-tab", "dying-remedies-tab"})
    void presentationModeGivesTheSubTabsPicturesAtLeastTheirNormalArea(String tabId, FxRobot robot)
            throws TimeoutException {
        WaitForAsyncUtils.waitFor(
                WAIT_SECONDS,
                TimeUnit.SECONDS,
                () -> view.viewModel().runProperty().get() != null
                        && view.viewModel().remediesProperty().get().size() == 5);
        TabPane views = robot.lookup("#dying-views").queryAs(TabPane.class);
        Tab tab = views.getTabs().stream()
                .filter(t -> tabId.equals(t.getId()))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> views.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        double normal = pictureArea(tab.getContent());

        robot.interact(() -> {
            display.presentationProperty().set(true);
            root.getStyleClass().add("presentation");
        });
        WaitForAsyncUtils.waitForFxEvents();
        double presented = pictureArea(tab.getContent());

        assertTrue(normal > 0, tabId + " shows pictures");
        assertTrue(
                presented >= normal,
                tabId + ": pictures cover " + Math.round(presented) + " px² in presentation mode, " + Math.round(normal)
                        + " px² without it");
    }

    /** The visible area of the marked pictures under {@code content}, each cut to what the window shows of it. */
    private static double pictureArea(Node content) {
        return content.lookupAll("." + PresentationRoles.PICTURE).stream()
                .mapToDouble(ShownArea::of)
                .sum();
    }
}
