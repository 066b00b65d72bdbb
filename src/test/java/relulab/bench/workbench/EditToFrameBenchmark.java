package relulab.bench.workbench;

import com.sun.javafx.perf.PerformanceTracker;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.TensorData;
import relulab.io.TensorFiles;
import relulab.testsupport.LessonViews;
import relulab.ui.app.MainWindow;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.workbench.Target;
import relulab.ui.workbench.WorkbenchView;
import relulab.ui.workbench.WorkbenchViewModel;

/**
 * How long a cell edit (and a hover) takes to reach the screen in the real window, with every
 * lesson created, for a 16×64×64 and a 64×128×128 tensor; and how long a 64×128×128 {@code .npy}
 * takes to open and show.
 *
 * <p>An edit is made the way input arrives: at a random moment between pulses, posted to the FX
 * thread with {@code runLater} by another thread. The clock starts when it is posted and stops
 * when the frame that shows it has been <em>rendered</em> ({@link FrameClock}: the scene's
 * performance tracker marks the first pulse after the edit, and a marker queued behind that
 * pulse's frame on the render thread stops the clock).
 * Reported against the idle pulse interval measured in the same run: 1 pulse is the best a
 * 60 Hz toolkit can do for input that arrives at a random time (half a pulse waiting on
 * average, plus the frame).
 *
 * <p>The FX thread's own work per edit is reported apart: its CPU time from the moment the edit
 * is posted to the rendered frame — the edit, the recomputation, and the pulse's CSS, layout,
 * repaint of the grids and hand-over to the render thread: everything the edit costs the thread
 * that must also keep the window responsive.
 *
 * <p>Headless run (outside {@code mvn verify}):
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1920x1200-32 \
 *      -cp target/classes:target/test-classes:$(cat target/cp.txt) relulab.bench.workbench.EditToFrameBenchmark
 * </pre>
 */
public final class EditToFrameBenchmark {

    /** Enough for the JIT to compile the edit and paint paths before measuring. */
    private static final int WARMUP_EDITS = 200;

    private static final int MEASURED_EDITS = 200;
    private static final int LOADS = 7;

    private final MainWindow window;
    private final WorkbenchView view;
    private final WorkbenchViewModel model;
    private final Random random = new Random(2026);
    private final FrameClock clock;

    private EditToFrameBenchmark(MainWindow window, Scene scene) {
        this.window = window;
        this.view = LessonViews.workbench(window);
        this.model = view.viewModel();
        this.clock = new FrameClock(scene);
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<EditToFrameBenchmark> started = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            MainWindow window = new MainWindow();
            window.show(stage);
            stage.setWidth(1280);
            stage.setHeight(800);
            started.complete(new EditToFrameBenchmark(window, stage.getScene()));
        });
        EditToFrameBenchmark bench = started.get();
        bench.createEveryLesson();
        double pulse = bench.idlePulseMillis();
        System.out.printf(Locale.ROOT, "idle pulse interval (baseline): %.2f ms%n", pulse);
        for (Shape shape : new Shape[] {new Shape(16, 64, 64), new Shape(64, 128, 128)}) {
            bench.fill(shape);
            Runnable edit = () -> bench.model.setValue(Target.X, bench.randomCell(shape), bench.random.nextGaussian());
            Runnable hover = () -> bench.model.hoverProperty().set(bench.otherCell(shape));
            bench.measure(edit, WARMUP_EDITS);
            report("edit " + shape, bench.measure(edit, MEASURED_EDITS), pulse);
            report("hover " + shape, bench.measure(hover, MEASURED_EDITS), pulse);
        }
        double[] loads = bench.loads(new Shape(64, 128, 128));
        System.out.printf(
                Locale.ROOT,
                "open .npy (64, 128, 128) → rendered: median %.1f ms (%.2f pulses)%n",
                median(loads),
                median(loads) / pulse);
        Platform.exit();
    }

    /** Shows every tab once, so that every lesson exists and listens, then comes back to the workbench. */
    private void createEveryLesson() throws Exception {
        for (String id : new String[] {"dying", "cost", "vanishing", "code", "gradcheck", "gradzero", "workbench"}) {
            onFx(() -> window.openLesson(id));
            Thread.sleep(300);
        }
    }

    /** Times read in milliseconds: post → rendered frame, and the FX thread's own work. */
    private record Timing(double[] toFrame, double[] fxThread) {}

    private Timing measure(Runnable action, int count) throws Exception {
        double[] toFrame = new double[count];
        double[] fxThread = new double[count];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long fx = fxThreadId();
        for (int i = 0; i < count; i++) {
            Thread.sleep(random.nextInt(17));
            long cpu0 = threads.getThreadCpuTime(fx);
            CompletableFuture<Long> rendered = clock.nextFrameAfter(action);
            long posted = clock.postedAt();
            toFrame[i] = (rendered.get(10, TimeUnit.SECONDS) - posted) / 1e6;
            fxThread[i] = (threads.getThreadCpuTime(fx) - cpu0) / 1e6;
        }
        return new Timing(toFrame, fxThread);
    }

    private static long fxThreadId() throws Exception {
        CompletableFuture<Long> id = new CompletableFuture<>();
        Platform.runLater(() -> id.complete(Thread.currentThread().getId()));
        return id.get();
    }

    /**
     * Catches the rendered frame that shows a change made on the FX thread.
     *
     * <p>The first pulse that starts after the change has been handled synchronises it into the
     * scene to render and, at its end, queues that frame on the single render thread. A marker
     * job queued on the render thread right after that pulse (a {@code runLater} posted during
     * the pulse runs when the pulse is over) therefore runs when exactly that frame has been
     * rendered and put on the screen — not an earlier frame still in flight, not the next pulse.
     */
    private static final class FrameClock {
        private final AtomicBoolean armed = new AtomicBoolean();
        private final AtomicReference<CompletableFuture<Long>> waiting = new AtomicReference<>();
        private final Executor renderThread = renderThread();
        private volatile long posted;

        FrameClock(Scene scene) {
            PerformanceTracker.getSceneTracker(scene).setOnPulse(() -> {
                if (armed.compareAndSet(true, false)) {
                    CompletableFuture<Long> frame = waiting.getAndSet(null);
                    Platform.runLater(() -> renderThread.execute(() -> frame.complete(System.nanoTime())));
                }
            });
        }

        CompletableFuture<Long> nextFrameAfter(Runnable change) {
            CompletableFuture<Long> frame = new CompletableFuture<>();
            waiting.set(frame);
            posted = System.nanoTime();
            Platform.runLater(() -> {
                change.run();
                armed.set(true);
            });
            return frame;
        }

        long postedAt() {
            return posted;
        }

        /** The toolkit's render thread, an executor of its own package that runs frames in order. */
        private static Executor renderThread() {
            try {
                Method instance = Class.forName("com.sun.javafx.tk.quantum.QuantumRenderer")
                        .getDeclaredMethod("getInstance");
                instance.setAccessible(true);
                return (Executor) instance.invoke(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot reach the JavaFX render thread", e);
            }
        }
    }

    private void fill(Shape shape) throws Exception {
        onFx(() -> {
            model.load(Target.X, "random", Tensor3.generate(shape, i -> random.nextGaussian()));
            model.load(Target.DOUT, "random", Tensor3.generate(shape, i -> random.nextGaussian()));
        });
        Thread.sleep(300);
    }

    /** A random cell of the slice on screen. */
    private CellIndex randomCell(Shape shape) {
        return new CellIndex(
                model.depthProperty().get(), random.nextInt(shape.height()), random.nextInt(shape.width()));
    }

    /** A random cell other than the hovered one, so that every hover is a change to draw. */
    private CellIndex otherCell(Shape shape) {
        CellIndex cell;
        do {
            cell = randomCell(shape);
        } while (cell.equals(model.hoverProperty().get()));
        return cell;
    }

    /** Writes a tensor with {@link TensorFiles}, then times read → load → rendered frame. */
    private double[] loads(Shape shape) throws Exception {
        Path file = Files.createTempFile("relulab-bench", ".npy");
        TensorFiles.write(file, TensorData.of(Tensor3.generate(shape, i -> random.nextGaussian())));
        double[] times = new double[LOADS];
        try {
            for (int k = 0; k < LOADS; k++) {
                onFx(() -> model.load(Target.X, "reset", Tensor3.zeros(new Shape(1, 4, 4))));
                Thread.sleep(200);
                long t0 = System.nanoTime();
                Tensor3 tensor = TensorFiles.read(file).tensor();
                times[k] = (clock.nextFrameAfter(() -> model.load(Target.X, "bench.npy", tensor))
                                        .get(10, TimeUnit.SECONDS)
                                - t0)
                        / 1e6;
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return times;
    }

    private double idlePulseMillis() throws Exception {
        int n = 120;
        double[] gaps = new double[n];
        CompletableFuture<Void> done = new CompletableFuture<>();
        new javafx.animation.AnimationTimer() {
            private long last;
            private int i = -1;

            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                if (i >= 0) {
                    gaps[i] = (t - last) / 1e6;
                }
                last = t;
                if (++i == n) {
                    stop();
                    done.complete(null);
                }
            }
        }.start();
        done.get();
        return median(gaps);
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            r.run();
            done.complete(null);
        });
        done.get();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void report(String what, Timing t, double pulse) {
        double frame = median(t.toFrame());
        System.out.printf(
                Locale.ROOT,
                "%-22s post → rendered frame: median %.1f ms (%.2f pulses), p90 %.1f ms;"
                        + " FX-thread work: median %.2f ms, p90 %.2f ms (n = %d)%n",
                what,
                frame,
                frame / pulse,
                percentile(t.toFrame(), 0.9),
                median(t.fxThread()),
                percentile(t.fxThread(), 0.9),
                t.toFrame().length);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
    }
}
