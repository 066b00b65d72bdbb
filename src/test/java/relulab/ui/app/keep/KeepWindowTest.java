package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;
import java.awt.image.BufferedImage;
import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.PickResult;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.DType;
import relulab.io.TensorData;
import relulab.io.TensorFiles;
import relulab.testsupport.LabWindows;
import relulab.testsupport.LessonViews;
import relulab.ui.app.MainWindow;
import relulab.ui.lesson.LessonFiles;
import relulab.ui.shared.grid.Palette;
import relulab.ui.state.LabState;
import relulab.ui.workbench.WorkbenchViewModel;

/** Keeping the work in the real window, headless: sessions, the title, drops, pictures and results. */
class KeepWindowTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    @TempDir
    Path dir;

    private Stage stage;
    private MainWindow window;
    private KeepWindow keep;
    private LabState state;

    @BeforeEach
    void start() {
        window = windows.openMain();
        stage = windows.stage();
        // The window opens on Start here; the workbench, shown, follows every change with its undo.
        LabWindows.interact(() -> window.openLesson("workbench"));
        keep = window.keep();
        state = window.state();
    }

    private static <T> T done(Task<T> task) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        return task.get();
    }

    private Path tensorFile(String name, Tensor3 t, DType dtype) throws Exception {
        Path file = dir.resolve(name);
        TensorFiles.write(file, new TensorData(t, dtype, 3));
        return file;
    }

    @Test
    void aSessionSavedAndOpenedBringsEverythingBackAndUndoGoesBehindIt(FxRobot robot) throws Exception {
        Tensor3 x = Tensor3.of(new Shape(1, 2, 2), new double[] {-0.0, Double.NaN, Double.POSITIVE_INFINITY, -3});
        Tensor3 dout = Tensor3.of(new Shape(1, 2, 2), new double[] {1, 2, 3, 4});
        robot.interact(() -> {
            state.setTensors(x, dout);
            state.gradientAtZeroProperty().set(GradientAtZero.HALF);
            window.colors().paletteProperty().set(Palette.PURPLE_ORANGE);
            window.openLesson("vanishing");
        });
        assertEquals("*ReLU Lab", stage.getTitle());
        Path file = dir.resolve("lesson.relulab");
        done(opened(robot, () -> keep.saveInBackground(file)));
        assertEquals("lesson.relulab \u2014 ReLU Lab", stage.getTitle());

        Tensor3 other = Tensor3.zeros(new Shape(2, 3, 3));
        robot.interact(() -> {
            state.setTensors(other, other);
            state.gradientAtZeroProperty().set(GradientAtZero.ZERO);
            window.colors().paletteProperty().set(Palette.BLUE_RED);
            window.openLesson("workbench");
        });
        assertEquals("*lesson.relulab \u2014 ReLU Lab", stage.getTitle());
        // The work is unsaved: opening asks first, and Cancel keeps it as it is.
        javafx.application.Platform.runLater(() -> keep.openSession(file));
        robot.clickOn(dialogButton(robot, ButtonBar.ButtonData.CANCEL_CLOSE));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(other, state.x(), "Cancel keeps the unsaved work");
        assertEquals("*lesson.relulab \u2014 ReLU Lab", stage.getTitle());
        Task<?>[] open = new Task<?>[1];
        javafx.application.Platform.runLater(() -> open[0] = keep.openSession(file));
        robot.clickOn(dialogButton(robot, ButtonBar.ButtonData.NO));
        WaitForAsyncUtils.waitForFxEvents();
        done(open[0]);

        assertSameBits(x, state.x());
        assertSameBits(dout, state.dout());
        assertEquals(GradientAtZero.HALF, state.gradientAtZero());
        assertEquals(Palette.PURPLE_ORANGE, window.colors().paletteProperty().get());
        assertEquals("vanishing", window.shownLesson());
        assertEquals("lesson.relulab \u2014 ReLU Lab", stage.getTitle());

        WorkbenchViewModel workbench = LessonViews.workbench(window).viewModel();
        robot.interact(workbench::undo);
        assertSame(other, state.x(), "undo brings back the tensors from before the session");
    }

    private Task<?> opened(FxRobot robot, java.util.function.Supplier<Task<?>> open) {
        Task<?>[] task = new Task<?>[1];
        robot.interact(() -> task[0] = open.get());
        return task[0];
    }

    @Test
    void aMalformedSessionChangesNothingAndSaysWhyInOneLine(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.relulab");
        Files.writeString(bad, "{\"format\": \"relulab-session\", \"version\": 7}");
        Tensor3 before = state.x();

        Task<?> task = opened(robot, () -> keep.openSession(bad));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();

        assertSame(before, state.x());
        assertEquals(
                "'bad.relulab': was saved by a newer ReLU Lab (session version 7); this one opens versions up to 2,"
                        + " so please update ReLU Lab; nothing changed",
                keep.messageProperty().get());
        assertEquals("ReLU Lab", stage.getTitle());
    }

    @Test
    void aTensorDroppedOnTheXOrDoutGridBecomesThatTensorAndNamesTheWindow(FxRobot robot) throws Exception {
        Tensor3 t = Tensor3.of(new Shape(1, 2, 3), new double[] {1, -2, 3, -4, 5, -6});
        Path npy = tensorFile("x.npy", t, DType.FLOAT32);
        Path csv = tensorFile("dout.csv", Tensor3.generate(t.shape(), i -> i), DType.FLOAT64);

        drop(robot, npy, robot.lookup("#grid-x").query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.x().shape().equals(t.shape()));
        WaitForAsyncUtils.waitForFxEvents();
        assertSameBits(t, state.x());
        assertEquals("x.npy \u2014 ReLU Lab", stage.getTitle());
        assertEquals(DType.FLOAT32, keep.mapping().dtypeOf(state.x()));

        drop(robot, csv, robot.lookup("#grid-dout").query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.dout().get(5) == 5.0);
        assertSameBits(t, state.x());
        assertEquals("dout.csv \u2014 ReLU Lab", stage.getTitle());
        assertEquals(List.of(csv, npy), keep.recent().files());
    }

    @Test
    void aTensorOpenedFromTheWorkbenchsButtonIsOneStepItsUndoTakesBack(FxRobot robot) throws Exception {
        Tensor3 before = state.x();
        Tensor3 beforeDout = state.dout();
        Tensor3 t = Tensor3.of(new Shape(1, 1, 3), new double[] {1, -2, 3});
        Path npy = tensorFile("opened.npy", t, DType.FLOAT32);

        done(opened(robot, () -> keep.open(npy, LessonFiles.Slot.X)));
        assertSameBits(t, state.x());
        assertEquals(
                DType.FLOAT32,
                keep.files().lastOpened(LessonFiles.Slot.X).orElseThrow().dtype());

        WorkbenchViewModel workbench = LessonViews.workbench(window).viewModel();
        robot.interact(workbench::undo);
        assertSame(before, state.x(), "undo brings back the x from before the file");
        assertSame(beforeDout, state.dout(), "and the dout that was resized for it");
    }

    @Test
    void aTensorDroppedElsewhereAsksWhichItIs(FxRobot robot) throws Exception {
        Tensor3 t = Tensor3.of(new Shape(1, 1, 2), new double[] {7, 8});
        Path npy = tensorFile("g.npy", t, DType.FLOAT64);

        drop(robot, npy, robot.lookup("#story-line").query());
        robot.clickOn((Node) robot.lookup(".dialog-pane .combo-box").query());
        robot.clickOn("dout");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> state.dout().shape().equals(t.shape()));
        WaitForAsyncUtils.waitForFxEvents();

        assertSameBits(t, state.dout());
        assertEquals(new Shape(1, 1, 2), state.x().shape(), "x was resized to dout's shape");
    }

    @Test
    void aSessionDroppedAnywhereOpens(FxRobot robot) throws Exception {
        Tensor3 x = Tensor3.of(new Shape(1, 1, 3), new double[] {1, 2, 3});
        Path file = dir.resolve("dropped.relulab");
        relulab.io.session.SessionFiles.write(
                file,
                new relulab.io.session.Session(
                        TensorData.of(x), TensorData.of(x), "relu", GradientAtZero.ONE, null, null));

        drop(robot, file, robot.lookup("#grid-dx").query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.gradientAtZero() == GradientAtZero.ONE);
        WaitForAsyncUtils.waitForFxEvents();

        assertSameBits(x, state.x());
        assertEquals("dropped.relulab \u2014 ReLU Lab", stage.getTitle());
    }

    @Test
    void resultsAndPicturesAreWrittenFromWhatTheWindowShows(FxRobot robot) throws Exception {
        Tensor3 x = Tensor3.of(new Shape(1, 1, 4), new double[] {-2, -0.0, 0.5, Double.NaN});
        Tensor3 dout = Tensor3.of(new Shape(1, 1, 4), new double[] {Double.POSITIVE_INFINITY, 1, 2, 3});
        robot.interact(() -> state.setTensors(x, dout));
        Path dx = dir.resolve("dx.npy");
        Path zeroed = dir.resolve("zeroed.csv");
        Path png = dir.resolve("tab.png");

        done(opened(robot, () -> keep.exports().writeResult(Results.DX, dx)));
        done(opened(robot, () -> keep.exports().writeResult(Results.ZEROED, zeroed)));
        done(opened(robot, () -> keep.exports().writePicture(window.shownView(), 2, png)));

        assertSameBits(
                Tensor3.of(x.shape(), new double[] {0, 0, 2, 0}),
                TensorFiles.read(dx).tensor());
        assertSameBits(
                Tensor3.of(x.shape(), new double[] {1, 0, 0, 0}),
                TensorFiles.read(zeroed).tensor());
        BufferedImage image = ImageIO.read(png.toFile());
        Node view = window.shownView();
        assertEquals(view.getLayoutBounds().getWidth() * 2, image.getWidth(), 2);
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) throws Exception {
        robot.interact(() -> state.setTensors(state.x().with(0, 0, 0, 42), state.dout()));
        assertEquals("*ReLU Lab", stage.getTitle());

        javafx.application.Platform.runLater(keep::requestClose);
        robot.clickOn(dialogButton(robot, ButtonBar.ButtonData.CANCEL_CLOSE));
        assertTrue(stage.isShowing(), "Cancel keeps the window and the work");

        javafx.application.Platform.runLater(keep::requestClose);
        robot.clickOn(dialogButton(robot, ButtonBar.ButtonData.NO));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing(), "Don't save closes");
        assertFalse(Files.exists(keep.recoveryFile()), "a normal close leaves no recovery file");
    }

    /** The button of the given kind in the dialog that is showing, once it shows. */
    static Node dialogButton(FxRobot robot, ButtonBar.ButtonData kind) throws Exception {
        DialogPane[] pane = new DialogPane[1];
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            pane[0] = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                    .filter(p ->
                            p.getScene() != null && p.getScene().getWindow().isShowing())
                    .findFirst()
                    .orElse(null);
            return pane[0] != null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        ButtonType type = pane[0].getButtonTypes().stream()
                .filter(t -> t.getButtonData() == kind)
                .findFirst()
                .orElseThrow();
        return pane[0].lookupButton(type);
    }

    /** Drops {@code file} on {@code target} the way the toolkit delivers a drop from a file manager. */
    private static void drop(FxRobot robot, Path file, Node target) {
        robot.interact(() -> {
            // A local clipboard holds the files; it knows no transfer modes, as a drag's does.
            TKClipboard local = Toolkit.getToolkit().createLocalClipboard();
            TKClipboard dragged = (TKClipboard) Proxy.newProxyInstance(
                    TKClipboard.class.getClassLoader(),
                    new Class<?>[] {TKClipboard.class},
                    (proxy, method, args) -> method.getName().equals("getTransferModes")
                            ? EnumSet.of(TransferMode.COPY)
                            : method.invoke(local, args));
            Dragboard board = DragboardHelper.createDragboard(dragged);
            DragboardHelper.setDataAccessRestriction(board, false);
            board.setContent(Map.of(DataFormat.FILES, List.of(new File(file.toString()))));
            var centre = target.localToScene(
                    target.getLayoutBounds().getCenterX(),
                    target.getLayoutBounds().getCenterY());
            var screen = target.localToScreen(
                    target.getLayoutBounds().getCenterX(),
                    target.getLayoutBounds().getCenterY());
            PickResult pick = new PickResult(target, centre.getX(), centre.getY());
            for (var type : List.of(DragEvent.DRAG_OVER, DragEvent.DRAG_DROPPED)) {
                javafx.event.Event.fireEvent(
                        target,
                        new DragEvent(
                                type,
                                board,
                                centre.getX(),
                                centre.getY(),
                                screen.getX(),
                                screen.getY(),
                                TransferMode.COPY,
                                null,
                                target,
                                pick));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void assertSameBits(Tensor3 expected, Tensor3 actual) {
        assertEquals(expected.shape(), actual.shape());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(
                    Double.doubleToRawLongBits(expected.get(i)),
                    Double.doubleToRawLongBits(actual.get(i)),
                    "at flat index " + i);
        }
    }
}
