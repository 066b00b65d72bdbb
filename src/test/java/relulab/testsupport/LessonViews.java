package relulab.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.testfx.util.WaitForAsyncUtils;
import relulab.ui.app.MainWindow;
import relulab.ui.workbench.WorkbenchLesson;
import relulab.ui.workbench.WorkbenchView;

/** Reaches lesson views inside a real window, for tests and benchmarks that drive them. */
public final class LessonViews {

    /** How long the scene graph must stay unchanged for the lesson in front to count as settled. */
    private static final long QUIET_MILLIS = 600;

    private LessonViews() {}

    /** The workbench's view, its tab brought to the front (which builds it the first time). */
    public static WorkbenchView workbench(MainWindow window) {
        window.openLesson(WorkbenchLesson.ID);
        return (WorkbenchView) window.tab(WorkbenchLesson.ID).orElseThrow().getContent();
    }

    /**
     * The views of the lesson in front: each tab of its own tab panes, nested ones included (the
     * dying lesson's sub-tabs), or the lesson's tab itself when it has none. Call off the FX thread.
     */
    public static List<Tab> views(MainWindow window) {
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
     * nodes it holds has not changed for {@value #QUIET_MILLIS} ms and {@code ready} holds (asked
     * on the FX thread), or {@code maxMillis} have passed. Call off the FX thread.
     */
    public static void settle(MainWindow window, long maxMillis, BooleanSupplier ready) {
        long end = System.currentTimeMillis() + maxMillis;
        int last = -1;
        long quietSince = System.currentTimeMillis();
        while (System.currentTimeMillis() < end) {
            int now = LabWindows.onFx(() -> count(window.shownView()));
            if (now != last) {
                last = now;
                quietSince = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - quietSince >= QUIET_MILLIS
                    && LabWindows.onFx(ready::getAsBoolean)) {
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
