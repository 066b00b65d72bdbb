package relulab.ui.dying;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import relulab.ui.task.Background;

/** The dying lab's prediction band: the results hide until the guess is in, then the guess meets the answer. */
@ExtendWith(ApplicationExtension.class)
class DeadSharePredictionTest {

    /** Generous: the build machine trains many things at once. */
    private static final long WAIT_SECONDS = 60;

    private DyingView view;
    private Background background;

    @Start
    void start(Stage stage) {
        background = new Background(Platform::runLater);
        view = new DyingView(background);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
        view.start();
    }

    @AfterEach
    void stopTraining() {
        background.close();
    }

    @Test
    void predictingHidesTheResultsUntilCompareThenSetsTheGuessBesideTheDeadShare(FxRobot robot) throws TimeoutException {
        robot.clickOn("#dying-predict");
        assertFalse(view.getCenter().isVisible(), "the units and charts wait for the guess");
        robot.clickOn("#dying-compare");
        assertTrue(view.getCenter().isVisible());
        Label verdict = robot.lookup("#dying-verdict").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> verdict.getText().startsWith("You guessed 50 % dead"));
        assertTrue(verdict.getText().contains("the network ended with"), verdict.getText());
    }
}
