package relulab.bench.startup;

import com.sun.javafx.perf.PerformanceTracker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import relulab.io.TensorData;
import relulab.testsupport.LessonViews;
import relulab.ui.app.MainWindow;
import relulab.ui.lesson.LessonFiles;
import relulab.ui.state.LabState;
import relulab.ui.task.Background;
import relulab.ui.workbench.Panel;
import relulab.ui.workbench.WorkbenchView;
import relulab.ui.workbench.WorkbenchViewModel;

/**
 * Starts a JavaFX window the way {@code relulab.Main} does ({@code Application.launch}) and
 * exits as soon as its first frame has been rendered, printing how long that took after the
 * JVM started and the JavaFX thread's CPU time until then.
 * {@code relulab} opens ReLU Lab's main window (and checks that the workbench's grids were
 * painted in that frame); {@code hello} opens a window with one label, the baseline;
 * {@code workbench} opens the workbench lesson alone (no menus, tabs or other lessons), to
 * tell the lesson's share of the start-up from the shell's. {@code src/bench/startup.sh} runs
 * them alternated and compares whole processes.
 */
public final class StartupProbe {

    /** The workbench alone opens no files: it starts with the state's example. */
    private static final LessonFiles NO_FILES = new LessonFiles() {
        @Override
        public void chooseAndOpenTensor(Slot slot) {}

        @Override
        public Optional<TensorData> lastOpened(Slot slot) {
            return Optional.empty();
        }

        @Override
        public void chooseAndSaveTensor(Slot slot) {}

        @Override
        public Task<Void> saveTensor(Slot slot, Path file) {
            throw new UnsupportedOperationException("the start-up probe saves nothing");
        }
    };

    private static String mode;

    private StartupProbe() {}

    public static void main(String[] args) {
        mode = args.length > 0 ? args[0] : "relulab";
        Application.launch(ProbeApp.class);
    }

    private static Path freshDataFolder() {
        try {
            return Files.createTempDirectory("relulab-startup");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long fxCpuMillis() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** The application, apart from the main class as in {@code relulab.Main}: else "JavaFX runtime components are missing". */
    public static final class ProbeApp extends Application {
        @Override
        public void start(Stage stage) {
            open(stage);
        }
    }

    private static void open(Stage stage) {
        long entered = sinceJvmStart();
        long fxThread = Thread.currentThread().getId();
        WorkbenchView[] workbench = new WorkbenchView[1];
        if (mode.equals("hello")) {
            stage.setTitle("Hello");
            stage.setScene(new Scene(new Label("Hello, world"), 1280, 800));
            stage.show();
        } else if (mode.equals("workbench")) {
            // The workbench lesson alone, no menus, tabs or other lessons: how much of the start-up
            // is the lesson itself.
            WorkbenchView view = new WorkbenchView(
                    new WorkbenchViewModel(LabState.firstExample()), new Background(Platform::runLater), NO_FILES);
            Scene scene = new Scene(view, 1280, 800);
            scene.getStylesheets()
                    .add(MainWindow.class.getResource("relulab.css").toExternalForm());
            stage.setTitle("Workbench");
            stage.setScene(scene);
            stage.show();
            workbench[0] = view;
        } else {
            long cpu0 = fxCpuMillis();
            MainWindow window = new MainWindow(freshDataFolder());
            long built = sinceJvmStart();
            long cpu1 = fxCpuMillis();
            window.show(stage);
            // As the program starts (ReluLabApp): the last run's settings, here those of a first
            // run, then the workbench in front, as a returning teacher's last tab.
            window.keep().continueLastRun();
            workbench[0] = LessonViews.workbench(window);
            System.out.printf(
                    Locale.ROOT,
                    "start() at %d ms, window built at %d ms (FX CPU %d ms), shown at %d ms" + " (FX CPU %d ms)%n",
                    entered,
                    built,
                    cpu1 - cpu0,
                    sinceJvmStart(),
                    fxCpuMillis() - cpu1);
        }
        PerformanceTracker.getSceneTracker(stage.getScene()).setOnRenderedFrameTask(() -> {
            long millis = sinceJvmStart();
            boolean painted = workbench[0] == null || workbench[0].grid(Panel.X).paintCount() > 0;
            System.out.printf(
                    Locale.ROOT,
                    "%s first frame %d ms after JVM start%s, JavaFX thread CPU %d ms%n",
                    mode,
                    millis,
                    painted ? "" : " (workbench not painted yet)",
                    ManagementFactory.getThreadMXBean().getThreadCpuTime(fxThread) / 1_000_000);
            if (painted) {
                if (Boolean.getBoolean("probe.exitNormally")) {
                    new Thread(() -> System.exit(0)).start(); // runs shutdown hooks, e.g. a flight recording's dump
                } else {
                    Runtime.getRuntime().halt(0);
                }
            }
        });
    }
}
