package relulab.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import relulab.ui.app.MainWindow;
import relulab.ui.app.keep.DataFolder;

/**
 * The one fixture of the UI tests: it opens the main window or a lesson view, headless under
 * TestFX, and leaves nothing behind, so that any test class or package passes alone and in any
 * order.
 *
 * <pre>{@code
 * @RegisterExtension
 * final LabWindows windows = new LabWindows();
 *
 * @BeforeEach
 * void open() {
 *     window = windows.openMain();
 *     LabWindows.interact(() -> window.openLesson(LessonIds.WORKBENCH));   // more setup, on the FX thread
 * }
 * }</pre>
 *
 * or, for a lesson's view on a model the test makes, a {@code @Start}-like method of the test:
 *
 * <pre>{@code
 * @BeforeEach
 * void start() {
 *     windows.start(this::start);
 * }
 *
 * void start(Stage stage) {
 *     model = ...;
 *     stage.setScene(new Scene(new SomeView(model), 1280, 800));
 *     stage.show();
 * }
 * }</pre>
 *
 * <p>What it guarantees:
 * <ul>
 * <li>Every window is on a <em>new</em> stage, sized to its scene, so no test inherits the size,
 *     place or maximised state another one left on a shared stage.</li>
 * <li>Each test class has its own data folder (preferences, recent files, recovery copies):
 *     {@link #dataFolder()}, a fresh folder under {@code target/test-data}, also set as
 *     {@value DataFolder#PROPERTY} while the class's tests run, so a window made with the
 *     default constructor uses it too. It is deleted when the class is done.</li>
 * <li>After each test every stage it opened is hidden, every main window it opened is closed
 *     (its background work stopped), the remaining stages are cleaned up
 *     ({@link FxToolkit#cleanupStages()}) and the robot lets go of every key and button.</li>
 * </ul>
 * It also hands an {@link FxRobot} to test methods that take one, as TestFX's own extension does.
 */
public final class LabWindows implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LabWindows.class);
    private static final long TIMEOUT_SECONDS = 30;

    private final FxRobot robot = new FxRobot();
    private final List<Stage> stages = new ArrayList<>();
    private final List<AutoCloseable> windowsToClose = new ArrayList<>();
    private Path dataFolder;
    private String oldDataProperty;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
        oldDataProperty = System.getProperty(DataFolder.PROPERTY);
        dataFolder = context.getParent()
                .orElseThrow()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        "data",
                        k -> new ClassFolder(buildDataFolder(), context.getRequiredTestClass()),
                        ClassFolder.class)
                .path();
        System.setProperty(DataFolder.PROPERTY, dataFolder.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            interact(() -> {
                for (int i = stages.size() - 1; i >= 0; i--) {
                    stages.get(i).hide();
                }
            });
            for (int i = windowsToClose.size() - 1; i >= 0; i--) {
                windowsToClose.get(i).close();
            }
            FxToolkit.cleanupStages();
            robot.release(new KeyCode[0]);
            robot.release(new MouseButton[0]);
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            stages.clear();
            windowsToClose.clear();
            if (oldDataProperty == null) {
                System.clearProperty(DataFolder.PROPERTY);
            } else {
                System.setProperty(DataFolder.PROPERTY, oldDataProperty);
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return robot;
    }

    /** This test class's own data folder, made empty for the class. */
    public Path dataFolder() {
        return dataFolder;
    }

    /** The program's main window with this class's data folder, shown on a new stage. */
    public MainWindow openMain() {
        return open(MainWindow::new);
    }

    /** The program's main window keeping its files in {@code folder} (a test's own), on a new stage. */
    public MainWindow openMain(Path folder) {
        return open(ignored -> new MainWindow(folder));
    }

    /**
     * A main window made by {@code make} from this class's data folder (for a window with
     * other lessons, or one that continues the last run), shown on a new stage; it is closed
     * after the test like every other.
     */
    public MainWindow open(Function<Path, MainWindow> make) {
        return onFx(() -> {
            MainWindow window = make.apply(dataFolder);
            Stage stage = newStage();
            window.show(stage);
            windowsToClose.add(window::close);
            return window;
        });
    }

    /**
     * Runs {@code start} on the FX thread with a new stage, as TestFX's {@code @Start} would, for
     * a test that puts a lesson's view on a model it holds: {@code start} sets the scene and shows
     * the stage, which then takes the scene's size.
     */
    public Stage start(Consumer<Stage> start) {
        return onFx(() -> {
            Stage stage = newStage();
            start.accept(stage);
            return stage;
        });
    }

    /** The stage of the last window or view opened by this test. */
    public Stage stage() {
        return stages.get(stages.size() - 1);
    }

    /** Runs {@code work} on the FX thread (setting up what a window shows) and waits for the window to catch up. */
    public static void interact(Runnable work) {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} on the FX thread and returns its result once the window has caught up
     * (laid out and painted what the work changed); a failure is thrown here.
     */
    public static <T> T onFx(Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            T result = WaitForAsyncUtils.asyncFx(work).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            // As TestFX's robot does after interact: the pulses that lay out and paint what the work changed.
            WaitForAsyncUtils.waitForFxEvents();
            return result;
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (Exception e) {
            throw new IllegalStateException("the FX thread did not answer in " + TIMEOUT_SECONDS + " s", e);
        }
    }

    /** The build's folder for test data, in which each class gets its own. */
    private Path buildDataFolder() {
        return Path.of(oldDataProperty != null ? oldDataProperty : "target/test-data")
                .toAbsolutePath();
    }

    private Stage newStage() {
        Stage stage = new Stage();
        stages.add(stage);
        return stage;
    }

    /** A test class's data folder, made fresh when first asked for and deleted when the class is done. */
    private static final class ClassFolder implements AutoCloseable {

        private final Path path;

        /** @param base where the build keeps test data ({@value DataFolder#PROPERTY} as the build sets it) */
        ClassFolder(Path base, Class<?> testClass) {
            try {
                Files.createDirectories(base);
                path = Files.createTempDirectory(base, testClass.getSimpleName() + "-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Path path() {
            return path;
        }

        @Override
        public void close() throws IOException {
            try (Stream<Path> all = Files.walk(path)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
