package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Tab;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import relulab.testsupport.LabWindows;
import relulab.testsupport.LessonViews;
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
            LessonViews.settle(window, SETTLE_MILLIS, () -> true);
            for (Tab tab : LessonViews.views(window)) {
                LabWindows.interact(() -> tab.getTabPane().getSelectionModel().select(tab));
                LessonViews.settle(window, SETTLE_MILLIS, () -> true);
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
}
