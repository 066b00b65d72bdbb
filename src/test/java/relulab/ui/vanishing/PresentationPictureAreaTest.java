package relulab.ui.vanishing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;
import relulab.cost.BenchKernel;
import relulab.cost.BenchReport;
import relulab.cost.BenchReportText;
import relulab.cost.BenchResult;
import relulab.testsupport.LabWindows;
import relulab.testsupport.ShownArea;
import relulab.ui.app.MainWindow;
import relulab.ui.lesson.LessonIds;
import relulab.ui.lesson.PresentationRoles;

/**
 * Presentation mode is for the pictures: at 1280×800, the vanishing tab's charts and the cost
 * tab's chart cover at least as much of the window in F5 as without it. What counts is what can
 * be seen: each {@code lesson-picture}'s bounds cut to the window and to the viewport of every
 * scroll pane it sits in.
 */
class PresentationPictureAreaTest {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    @Test
    void theVanishingAndCostChartsGetAtLeastTheirRoomInPresentationMode() throws Exception {
        // the cost tab opens on the last measurement kept in the data folder
        List<BenchResult> results = new ArrayList<>();
        for (BenchKernel k : BenchKernel.values()) {
            double ns = 0.5 + k.ordinal();
            results.add(new BenchResult(k.label(), ns, k.bytesPerElement() / ns, 0.9 * ns, 1.2 * ns));
        }
        Files.writeString(
                windows.dataFolder().resolve("cost-last-report-3.txt"),
                BenchReportText.format(new BenchReport(1 << 16, results)));
        MainWindow window = windows.openMain();
        Stage stage = windows.stage();
        for (String lesson : List.of(LessonIds.VANISHING, LessonIds.COST)) {
            LabWindows.interact(() -> {
                window.display().presentationProperty().set(false);
                size(stage);
                window.openLesson(lesson);
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> charted(stage));
            double normal = visiblePictureArea(stage);
            LabWindows.interact(() -> {
                window.display().presentationProperty().set(true);
                // a 1280×800 projector: full screen at that size (leaving full screen would end F5)
                size(stage);
            });
            WaitForAsyncUtils.waitForFxEvents();
            double presentation = visiblePictureArea(stage);
            assertTrue(normal > 0.2 * WIDTH * HEIGHT * 0.5, lesson + ": pictures of " + normal + " px² without F5");
            assertTrue(
                    presentation >= normal,
                    lesson + ": " + presentation + " px² of pictures in F5, " + normal + " without");
            LabWindows.interact(() -> window.display().presentationProperty().set(false));
        }
    }

    private static void size(Stage stage) {
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
    }

    /** Whether every picture shown that is a chart has its data. */
    private static boolean charted(Stage stage) {
        return LabWindows.onFx(() -> {
            List<Node> pictures = pictures(stage);
            return !pictures.isEmpty()
                    && pictures.stream()
                            .allMatch(p -> !(p instanceof XYChart<?, ?> c)
                                    || !c.getData().isEmpty());
        });
    }

    private static List<Node> pictures(Stage stage) {
        List<Node> shown = new ArrayList<>();
        for (Node n : stage.getScene().getRoot().lookupAll("." + PresentationRoles.PICTURE)) {
            if (n.getScene() != null && n.isManaged() && ShownArea.visible(n)) {
                shown.add(n);
            }
        }
        return shown;
    }

    /** The pictures' area that can be seen: cut to the window and to every scroll pane's viewport. */
    private static double visiblePictureArea(Stage stage) {
        return LabWindows.onFx(() -> {
            stage.getScene().getRoot().layout();
            return pictures(stage).stream().mapToDouble(ShownArea::of).sum();
        });
    }
}
