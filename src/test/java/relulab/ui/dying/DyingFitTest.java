package relulab.ui.dying;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.testsupport.CutTexts;
import relulab.testsupport.KeptLocale;
import relulab.testsupport.LabWindows;
import relulab.ui.shared.text.UiLocale;
import relulab.ui.state.DisplaySettings;
import relulab.ui.task.Background;

/**
 * Every sub-tab of the dying lesson — the units and data, the sweep, the remedies and an opened
 * autopsy — shows every text whole in every language and in the pseudo-locale (about 40% longer
 * than English): at the smallest window, 1024×700, and on a projector's 1280×800 in presentation
 * mode. A text is cut when its label draws fewer characters than it holds (an ellipsis), or when
 * it lies past the window's edge outside a scroll pane. The view gets the room the shell leaves a
 * lesson under its menu bar and lesson tabs at those sizes.
 */
class DyingFitTest {

    @RegisterExtension
    final KeptLocale language = new KeptLocale();

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private static final long WAIT_SECONDS = 180;
    /** The lesson's room at 1024×700: the shell's menu bar and lesson tabs take the top 58 px. */
    private static final double[] SMALL = {1024, 642};
    /** The lesson's room at 1280×800 in presentation mode, under the larger menu bar and tabs. */
    private static final double[] PROJECTOR = {1280, 710};

    private final DisplaySettings display = new DisplaySettings();
    private DyingView view;
    private BorderPane root;
    private Stage stage;
    private Background background;

    void start(Stage stage) {
        this.stage = stage;
        background = new Background(Platform::runLater);
        view = new DyingView(DyingViewModel.on(background), display);
        root = new BorderPane(view);
        Scene scene = new Scene(root, SMALL[0], SMALL[1]);
        scene.getStylesheets()
                .add(DyingView.class.getResource("/relulab/ui/app/relulab.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.start();
    }

    @AfterEach
    void stopTraining() {
        if (background != null) {
            background.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "pt-BR", "es", "zh-CN", "en-XA"})
    void everySubTabShowsItsTextsWholeInASmallWindowAndInPresentationMode(String language, FxRobot robot)
            throws TimeoutException {
        UiLocale.set(Locale.forLanguageTag(language));
        windows.start(this::start);
        DyingViewModel vm = view.viewModel();
        WaitForAsyncUtils.waitFor(
                WAIT_SECONDS,
                TimeUnit.SECONDS,
                () -> vm.runProperty().get() != null
                        && vm.remediesProperty().get().size() == 5);
        robot.interact(() -> vm.autopsy().next());
        List<String> cut = new ArrayList<>();
        cut.addAll(faults(robot, SMALL, false));
        cut.addAll(faults(robot, PROJECTOR, true));
        assertEquals(List.of(), cut, "texts cut in " + language);
    }

    /** The cut texts of each sub-tab at one size and mode. */
    private List<String> faults(FxRobot robot, double[] size, boolean presentation) {
        robot.interact(() -> {
            stage.getScene().getWindow().setWidth(size[0]);
            stage.getScene().getWindow().setHeight(size[1]);
            display.presentationProperty().set(presentation);
            if (presentation) {
                root.getStyleClass().add("presentation");
            } else {
                root.getStyleClass().remove("presentation");
            }
        });
        TabPane views = robot.lookup("#dying-views").queryAs(TabPane.class);
        List<String> cut = new ArrayList<>();
        for (Tab tab : views.getTabs()) {
            robot.interact(() -> views.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            String where = (int) size[0] + "\u00d7" + (int) size[1] + (presentation ? " F5 " : " ") + tab.getId();
            robot.interact(() -> {
                root.applyCss();
                root.layout();
                cut.addAll(CutTexts.under(root, where));
            });
        }
        return cut;
    }
}
