package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.testsupport.LabWindows;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;
import relulab.ui.state.LabSnapshot;
import relulab.ui.state.LabState;

/** The shell: lessons built on first show, hidden lessons idle, presentation mode, closing. */
class MainWindowTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private Stage stage;
    private MainWindow window;
    private final CountingLesson first = new CountingLesson("first");
    private final CountingLesson second = new CountingLesson("second");

    @BeforeEach
    void start() {
        window = windows.open(data -> new MainWindow(List.of(first, second), data));
        stage = windows.stage();
    }

    @Test
    void opensTitledReluLabWithTheFirstLessonBuiltAndTheOthersNot() {
        assertEquals("ReLU Lab", stage.getTitle());
        assertTrue(stage.isShowing());
        assertEquals(1, first.views);
        assertEquals(0, second.views);
        assertTrue(window.isBuilt("first"));
        assertFalse(window.isBuilt("second"));
        assertEquals("first", window.shownLesson());
    }

    @Test
    void theLessonsShareTheFirstExampleBeforeAnyOfThemIsShown() {
        assertEquals(LabState.firstExample().snapshot(), window.state().snapshot());
    }

    @Test
    void aLessonIsBuiltOnceOnItsFirstShowAndToldWhenItComesAndGoes(FxRobot robot) {
        robot.clickOn("Second");
        robot.clickOn("First");
        robot.clickOn("Second");
        assertEquals(1, second.views);
        assertEquals(List.of("shown", "hidden", "shown"), second.events);
        assertEquals(List.of("shown", "hidden", "shown", "hidden"), first.events);
    }

    @Test
    void aHiddenLessonHearsNoChangeAndCatchesUpOnceWithTheNewestWhenShown(FxRobot robot) {
        robot.clickOn("Second");
        robot.clickOn("First");
        int heardBefore = second.snapshots.size();
        robot.interact(() -> {
            for (int i = 1; i <= 5; i++) {
                Tensor3 t = Tensor3.zeros(new Shape(1, 1, i));
                window.state().setTensors(t, t);
            }
        });
        assertEquals(heardBefore, second.snapshots.size(), "five edits while hidden: no work");
        assertEquals(heardBefore + 5, first.snapshots.size(), "the shown lesson heard each edit");

        robot.clickOn("Second");
        assertEquals(heardBefore + 1, second.snapshots.size(), "caught up once");
        assertSame(window.state().snapshot(), second.snapshots.get(second.snapshots.size() - 1));
        robot.clickOn("First");
        robot.clickOn("Second");
        assertEquals(heardBefore + 1, second.snapshots.size(), "nothing new: nothing delivered");
    }

    @Test
    void aLessonBroughtToTheFrontBeforeTheFirstFrameIsTheOnlyOneBuilt(FxRobot robot) {
        CountingLesson a = new CountingLesson("a");
        CountingLesson b = new CountingLesson("b");
        Stage[] other = new Stage[1];
        robot.interact(() -> {
            MainWindow restored = new MainWindow(List.of(a, b));
            restored.openLesson("b");
            other[0] = new Stage();
            restored.show(other[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, a.views, "the first tab was never shown, so never built");
        assertEquals(1, b.views);
        robot.interact(other[0]::close);
    }

    @Test
    void openLessonBringsALessonToTheFront(FxRobot robot) {
        robot.interact(() -> window.openLesson("second"));
        assertEquals("second", window.shownLesson());
        assertEquals(1, second.views);
    }

    @Test
    void f5TurnsPresentationModeOnForTheWholeWindowAndOffAgain(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.display().isPresentation());
        assertTrue(window.root().getStyleClass().contains("presentation"));
        assertTrue(stage.isFullScreen());
        double big = ((Label) robot.lookup("#first-label").query()).getFont().getSize();

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.display().isPresentation());
        assertFalse(window.root().getStyleClass().contains("presentation"));
        assertFalse(stage.isFullScreen());
        double normal = ((Label) robot.lookup("#first-label").query()).getFont().getSize();
        assertTrue(big > normal * 1.3, "type grows with the root font: " + normal + " → " + big);
    }

    @Test
    void closingTheWindowCancelsRunningBackgroundWork(FxRobot robot) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        Task<Void> endless = new Task<>() {
            @Override
            protected Void call() throws Exception {
                running.countDown();
                while (!isCancelled()) {
                    Thread.sleep(5);
                }
                return null;
            }
        };
        window.background().start(endless);
        assertTrue(running.await(5, TimeUnit.SECONDS));

        robot.interact(stage::close);

        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(endless.isCancelled());
    }

    /** A lesson that counts what the shell does to it. */
    private static final class CountingLesson extends Lesson {
        private final List<String> events = new ArrayList<>();
        private final List<LabSnapshot> snapshots = new ArrayList<>();
        private int views;

        CountingLesson(String id) {
            super(id, Character.toUpperCase(id.charAt(0)) + id.substring(1));
        }

        @Override
        public Node createView(LessonContext context) {
            views++;
            context.followSnapshots(snapshots::add);
            Label label = new Label("the " + id() + " lesson");
            label.setId(id() + "-label");
            return label;
        }

        @Override
        public void shown() {
            events.add("shown");
        }

        @Override
        public void hidden() {
            events.add("hidden");
        }
    }
}
