package relulab.ui.dying;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import relulab.train.TrainingRun;
import relulab.ui.shared.text.UiLocale;
import relulab.ui.state.DisplaySettings;
import relulab.ui.task.Background;

/**
 * In the pseudo-locale every word of the lesson is accented, so two plain ASCII letters in a row
 * on screen are a word that did not come from the bundle. Walks the three views, the sentences
 * computed from a finished run, the remedies' captions and a unit's tooltip.
 */
@ExtendWith(ApplicationExtension.class)
class DyingWordsTest {

    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    private final Locale before = UiLocale.current();
    private DyingView view;
    private Background background;

    @Start
    void start(Stage stage) {
        UiLocale.set(UiLocale.PSEUDO);
        background = new Background(Platform::runLater);
        DyingViewModel vm = DyingViewModel.on(background);
        vm.stepsProperty().set(50);
        view = new DyingView(vm, new DisplaySettings());
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
        view.start();
    }

    /**
     * Takes the view off the stage first: the rate field, focused since the start, commits its
     * text when it loses focus, which must happen while the background still runs, not when the
     * next test class puts its scene on the shared stage.
     */
    @AfterEach
    void restore(FxRobot robot) {
        robot.interact(() -> ((Stage) view.getScene().getWindow()).setScene(null));
        background.close();
        UiLocale.set(before);
    }

    @Test
    void everyWordOnScreenComesFromTheBundle(FxRobot robot) throws TimeoutException {
        DyingViewModel vm = view.viewModel();
        robot.interact(() -> vm.setLearningRateText("5"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            TrainingRun run = vm.runProperty().get();
            return run != null
                    && Math.abs(run.config().learningRate() - 5) < 1e-9
                    && vm.remediesProperty().get().size() == 5
                    && vm.snapshotProperty().get() != null
                    && !vm.sweepProperty().get().isEmpty();
        });
        List<String> plain = new ArrayList<>();
        TabPane views = robot.lookup("#dying-views").queryAs(TabPane.class);
        for (Tab tab : views.getTabs()) {
            robot.interact(() -> views.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> collect(view, plain));
        }
        robot.interact(() -> vm.setSeedText("-1"));
        for (String text : List.of(
                vm.messageProperty().get(),
                vm.recoveryText(),
                vm.sweepNote(),
                vm.describeUnit(0, 0),
                RemedySentences.caption(vm.remediesProperty().get().get(1)),
                RemedySentences.verdict(vm.remediesProperty().get()))) {
            check(text, plain);
        }
        assertEquals(List.of(), plain, "plain words on screen");
    }

    private static void collect(Node node, List<String> plain) {
        if (node instanceof Text text && text.isVisible()) {
            check(text.getText(), plain);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, plain);
            }
        }
    }

    private static void check(String text, List<String> plain) {
        assertTrue(text != null);
        if (PLAIN_WORD.matcher(text).find()) {
            plain.add(text);
        }
    }
}
