package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.chart.XYChart;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.testsupport.LabWindows;
import relulab.ui.app.FaultReporter;
import relulab.ui.app.MainWindow;
import relulab.ui.lesson.LessonIds;

/**
 * Every export confirms itself: the last message names what was written, and a notification
 * shows it over the window. The window is put in the state in which the first notification used
 * to fail — The code shown at a projector's size in presentation mode: the notification's
 * stylesheet restyles the whole window, and the code panel then changed its children inside
 * that CSS pass — so a regression of either shows here.
 */
class ExportNoticeTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    @TempDir
    Path dir;

    private MainWindow window;
    private KeepWindow keep;

    @BeforeEach
    void start() {
        window = windows.openMain();
        keep = window.keep();
        LabWindows.interact(() -> {
            windows.stage().setWidth(1280);
            windows.stage().setHeight(800);
            window.root().getStyleClass().add("presentation");
            window.openLesson(LessonIds.CODE);
        });
        LabWindows.interact(() -> window.openLesson(LessonIds.WORKBENCH));
    }

    @Test
    void aPictureSavedAsPngIsConfirmed(FxRobot robot) throws Exception {
        Path png = dir.resolve("tab.png");
        confirmed(() -> keep.exports().writePicture(window.shownView(), 2, png), "tab.png");
    }

    @Test
    void aResultAndChartDataSavedAreConfirmed(FxRobot robot) throws Exception {
        confirmed(() -> keep.exports().writeResult(Results.DX, dir.resolve("dx.npy")), "dx.npy");
        LabWindows.interact(() -> window.openLesson(LessonIds.GRADIENT_AT_ZERO));
        List<XYChart<?, ?>> charts = LabWindows.onFx(() -> ChartData.chartsIn(window.shownView()));
        confirmed(() -> keep.exports().writeChartData(charts, dir.resolve("plot.csv")), "plot.csv");
    }

    @Test
    void aPictureCopiedIsConfirmed(FxRobot robot) {
        robot.interact(() -> keep.exports().copyPicture(window.shownView()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                keep.messageProperty().get().startsWith("Copied a "),
                keep.messageProperty().get());
        assertTrue(notificationShown(), "a notification over the window");
    }

    /** Runs the export, waits for its file, and checks the message names the file and a notification shows. */
    private void confirmed(Supplier<Task<Void>> export, String fileName) throws Exception {
        Task<Void> task = LabWindows.onFx(export::get);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        task.get();
        assertTrue(
                keep.messageProperty().get().endsWith(" to '" + fileName + "'"),
                keep.messageProperty().get());
        assertTrue(notificationShown(), "a notification over the window");
        assertEquals(List.of(), LabWindows.onFx(() -> faults()), "no exception on the way");
    }

    private static boolean notificationShown() {
        return LabWindows.onFx(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Popup
                        && w.isShowing()
                        && w.getScene().getRoot().lookup(".notification-bar") != null));
    }

    private static List<Throwable> faults() {
        return Thread.getDefaultUncaughtExceptionHandler() instanceof FaultReporter r ? r.faults() : List.of();
    }
}
