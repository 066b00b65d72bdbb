package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;
import relulab.testsupport.LabWindows;
import relulab.testsupport.LessonViews;
import relulab.testsupport.ShownArea;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonIds;
import relulab.ui.lesson.PresentationRoles;

/**
 * Presentation mode is for the pictures: at a projector's 1280×800, on every tab (and on every
 * sub-tab of a lesson that has them), the main pictures — the nodes a lesson marks with
 * {@link PresentationRoles#picture} — cover at least as much of the window in presentation mode as
 * without it, and each tab has at least one. What is covered is what shows: a picture's bounds on
 * screen (scaled, as drawn) cut to the window and to the scroll panes around it.
 *
 * <p>The result is reported tab by tab, with both areas, so that a failure says which lesson
 * gave its pictures less room.
 */
class PresentationPicturesTest {

    /**
     * Views that draw no picture until the user acts, where there is nothing to compare yet: the
     * cost chart before a measurement (the cost lesson's {@code PresentationPictureAreaTest}
     * measures, then compares) and the autopsy before a dead unit is chosen.
     */
    static final Set<String> PICTURES_AFTER_AN_ACTION =
            Set.of(LessonIds.COST, LessonIds.DYING + " / dying-autopsy-tab");

    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;
    /** How long a lesson may take to show its first results. */
    private static final long SETTLE_MILLIS = 6000;
    /** How long a view may take to show the pictures its background work computes. */
    private static final long PICTURES_MILLIS = 60_000;

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private MainWindow window;

    @BeforeEach
    void open() {
        window = windows.openMain();
        LabWindows.interact(() -> {
            windows.stage().setWidth(WIDTH);
            windows.stage().setHeight(HEIGHT);
        });
    }

    @Test
    void presentationModeGivesEveryTabsPicturesAtLeastTheirRoom() {
        List<String> faults = new ArrayList<>();
        for (Lesson each : LessonCatalog.all()) {
            String lesson = each.id();
            LabWindows.interact(() -> window.openLesson(lesson));
            settle(false);
            for (Tab view : LessonViews.views(window)) {
                LabWindows.interact(() -> view.getTabPane().getSelectionModel().select(view));
                String where = lesson + (view.getTabPane() instanceof LessonTabs ? "" : " / " + view.getId());
                settle(!PICTURES_AFTER_AN_ACTION.contains(where));
                int[] count = new int[1];
                double normal = pictureArea(false, count);
                double presentation = pictureArea(true, count);
                System.out.printf(
                        Locale.ROOT,
                        "%s: pictures %.0f px² without F5, %.0f px² in F5 (%.2f×)%n",
                        where,
                        normal,
                        presentation,
                        presentation / normal);
                if (count[0] == 0 && PICTURES_AFTER_AN_ACTION.contains(where)) {
                    continue;
                }
                if (count[0] == 0) {
                    faults.add(where + ": no node marked as a picture");
                } else if (presentation < normal) {
                    faults.add(String.format(
                            Locale.ROOT,
                            "%s: pictures cover %.0f px² in F5, %.0f px² without",
                            where,
                            presentation,
                            normal));
                }
            }
            LabWindows.interact(() -> window.presentInWindow(false));
        }
        assertEquals(List.of(), faults);
    }

    /** The area the shown lesson's pictures cover, with presentation mode on or off. */
    private double pictureArea(boolean presentation, int[] count) {
        LabWindows.interact(() -> window.presentInWindow(presentation));
        WaitForAsyncUtils.waitForFxEvents();
        return LabWindows.onFx(() -> {
            window.root().applyCss();
            window.root().layout();
            List<Node> pictures = new ArrayList<>();
            collectPictures(window.shownView(), pictures);
            count[0] = pictures.size();
            return pictures.stream().mapToDouble(ShownArea::of).sum();
        });
    }

    /** The visible nodes marked as pictures, outermost only (a picture inside a picture counts once). */
    private static void collectPictures(Node node, List<Node> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node.getStyleClass().contains(PresentationRoles.PICTURE)) {
            found.add(node);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectPictures(child, found));
        }
    }

    /**
     * Waits until the lesson in front is settled and, when {@code pictures}, shows at least one
     * picture: a view whose pictures come from a run (the dying lesson's remedies train five
     * networks) may be quiet for a while before they arrive on a busy machine.
     */
    private void settle(boolean pictures) {
        if (pictures) {
            LessonViews.settle(window, PICTURES_MILLIS, this::showsAPicture);
        } else {
            LessonViews.settle(window, SETTLE_MILLIS, () -> true);
        }
    }

    private boolean showsAPicture() {
        List<Node> pictures = new ArrayList<>();
        collectPictures(window.shownView(), pictures);
        return !pictures.isEmpty();
    }
}
