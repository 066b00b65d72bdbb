package relulab.ui.workbench;

import java.lang.reflect.Method;
import relulab.testsupport.LabWindows;
import relulab.ui.app.MainWindow;

/**
 * Presentation mode in the window at its size, as a projector's screen of that size shows it:
 * the app package's own switch for tests ({@code MainWindow.presentInWindow}), reached from the
 * workbench's tests; F5 would take the test screen's full size.
 */
final class WindowedPresentation {

    private WindowedPresentation() {}

    /** Turns presentation mode on or off in {@code window} without changing its size. */
    static void set(MainWindow window, boolean on) {
        try {
            Method present = MainWindow.class.getDeclaredMethod("presentInWindow", boolean.class);
            present.setAccessible(true);
            LabWindows.interact(() -> {
                try {
                    present.invoke(window, on);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("MainWindow.presentInWindow(boolean) is gone", e);
        }
    }
}
