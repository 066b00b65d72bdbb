package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;
import relulab.testsupport.LabWindows;
import relulab.ui.lesson.Lesson;

/**
 * Switching the theme and presentation mode restyles the whole window in one CSS pass; nothing
 * may change the scene graph inside that pass. On every tab and every sub-tab, after the lesson
 * has shown its results, the theme and presentation mode are switched on and off in both orders,
 * and no exception may reach the {@link FaultReporter}.
 *
 * <p>Presentation mode is turned on in the window ({@link MainWindow#presentInWindow}): full
 * screen is the window manager's business, not what restyles the window.
 */
class ThemeAndPresentationTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    /** How long a lesson may take to show its first results (the dying lesson trains a network). */
    private static final long SETTLE_MILLIS = 6000;
    /** How long the scene graph must stay unchanged to count as settled. */
    private static final long QUIET_MILLIS = 600;

    private static final double PROJECTOR_WIDTH = 1280;
    private static final double PROJECTOR_HEIGHT = 800;

    private MainWindow window;

    @BeforeEach
    void start() {
        window = windows.openMain();
        // A projector's size: text wraps where it would not on the test's large screen.
        LabWindows.interact(() -> {
            windows.stage().setWidth(PROJECTOR_WIDTH);
            windows.stage().setHeight(PROJECTOR_HEIGHT);
        });
    }

    @ParameterizedTest(name = "theme first: {0}")
    @ValueSource(booleans = {true, false})
    void switchingThemeAndPresentationOnEveryTabThrowsNothing(boolean themeFirst) {
        FaultReporter faults = (FaultReporter) Thread.getDefaultUncaughtExceptionHandler();
        List<String> where = new ArrayList<>();
        for (Lesson lesson : LessonCatalog.all()) {
            LabWindows.interact(() -> window.openLesson(lesson.id()));
            settle();
            for (Tab tab : subTabs()) {
                LabWindows.interact(() -> tab.getTabPane().getSelectionModel().select(tab));
                settle();
                int before = LabWindows.onFx(faults::faults).size();
                toggle(themeFirst);
                LabWindows.onFx(faults::faults).stream()
                        .skip(before)
                        .forEach(f -> where.add(lesson.id() + " / " + tab.getText() + ": " + f));
            }
        }
        assertEquals(List.of(), where, "uncaught exceptions while switching theme and presentation mode");
    }

    /** Theme on, presentation on, theme off, presentation off — or the same with presentation first. */
    private void toggle(boolean themeFirst) {
        Consumer<Boolean> theme = on -> LabWindows.interact(() -> window.useHighContrast(on));
        Consumer<Boolean> presentation = on -> LabWindows.interact(() -> window.presentInWindow(on));
        Consumer<Boolean> first = themeFirst ? theme : presentation;
        Consumer<Boolean> second = themeFirst ? presentation : theme;
        first.accept(true);
        second.accept(true);
        first.accept(false);
        second.accept(false);
    }

    /**
     * The tabs of the lesson in front: each tab of its own tab panes (the dying lesson's three
     * views), or the lesson's tab itself when it has none.
     */
    private List<Tab> subTabs() {
        List<Tab> found = new ArrayList<>();
        LabWindows.interact(() -> collectTabs(window.shownView(), found));
        if (found.isEmpty()) {
            found.add(window.tab(window.shownLesson()).orElseThrow());
        }
        return found;
    }

    private static void collectTabs(Node node, List<Tab> found) {
        if (node instanceof TabPane pane) {
            found.addAll(pane.getTabs());
            pane.getTabs().forEach(t -> {
                if (t.getContent() != null) {
                    collectTabs(t.getContent(), found);
                }
            });
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTabs(child, found));
        }
    }

    /**
     * Waits until the lesson in front has shown what its background work computes: the number of
     * nodes it holds has not changed for {@value #QUIET_MILLIS} ms (or {@value #SETTLE_MILLIS} ms
     * have passed).
     */
    private void settle() {
        long end = System.currentTimeMillis() + SETTLE_MILLIS;
        int last = -1;
        long quietSince = System.currentTimeMillis();
        while (System.currentTimeMillis() < end) {
            int now = LabWindows.onFx(() -> count(window.shownView()));
            if (now != last) {
                last = now;
                quietSince = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - quietSince >= QUIET_MILLIS) {
                return;
            }
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
    }

    private static int count(Node node) {
        int n = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                n += count(child);
            }
        }
        return n;
    }
}
