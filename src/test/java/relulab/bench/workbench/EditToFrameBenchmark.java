package relulab.bench.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.TensorData;
import relulab.io.TensorFiles;
import relulab.ui.MainWindow;
import relulab.ui.grid.CellIndex;
import relulab.ui.workbench.Panel;
import relulab.ui.workbench.Target;
import relulab.ui.workbench.WorkbenchView;
import relulab.ui.workbench.WorkbenchViewModel;

/**
 * How long a cell edit takes to reach the screen in the real window, for a 16×64×64 and a
 * 64×128×128 tensor, and how long a 64×128×128 {@code .npy} takes to open and show.
 *
 * <p>Each edit is made at the start of a pulse (in an {@link AnimationTimer}), like a key
 * press handled by the FX thread. The five grids then recompute and repaint in that pulse's
 * layout pass, and the frame is rendered; the next pulse starts only after that render. So:
 * <ul>
 *   <li><b>edit → repainted</b>: the edit, recomputing out/mask/dx/stats/colours and
 *       repainting the visible part of all five grids (forced with {@code layout()});</li>
 *   <li><b>frames</b>: pulses until every grid had repainted: 1 means the very next frame
 *       shows the edit;</li>
 *   <li><b>edit → next frame</b>, against the baseline of an idle pulse interval measured in
 *       the same run.</li>
 * </ul>
 *
 * <p>Headless run (outside {@code mvn verify}):
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *      -cp target/classes:target/test-classes:$(cat target/cp.txt) relulab.bench.workbench.EditToFrameBenchmark
 * </pre>
 */
public final class EditToFrameBenchmark {

    private static final int WARMUP_EDITS = 60;
    private static final int MEASURED_EDITS = 200;
    private static final int LOADS = 7;

    private final WorkbenchView view;
    private final WorkbenchViewModel model;
    private final Random random = new Random(2026);

    private EditToFrameBenchmark(WorkbenchView view) {
        this.view = view;
        this.model = view.viewModel();
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<WorkbenchView> started = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            MainWindow window = new MainWindow();
            window.show(stage);
            stage.setWidth(1280);
            stage.setHeight(800);
            started.complete(window.workbench());
        });
        EditToFrameBenchmark bench = new EditToFrameBenchmark(started.get());
        double pulse = bench.idlePulseMillis();
        report("idle pulse interval (baseline)", new double[] {pulse}, pulse);
        for (Shape shape : List.of(new Shape(16, 64, 64), new Shape(64, 128, 128))) {
            bench.fill(shape);
            bench.edits(shape, WARMUP_EDITS);
            Result r = bench.edits(shape, MEASURED_EDITS);
            report("edit → repainted " + shape, r.repainted, pulse);
            report("edit → next frame " + shape, r.toFrame, pulse);
            System.out.printf(Locale.ROOT, "  frames until shown %s: median %.0f, max %.0f%n", shape,
                    median(r.frames), Arrays.stream(r.frames).max().orElse(0));
        }
        report("open .npy (64, 128, 128) → shown", bench.loads(new Shape(64, 128, 128)), pulse);
        Platform.exit();
    }

    private record Result(double[] repainted, double[] toFrame, double[] frames) {
    }

    private void fill(Shape shape) throws Exception {
        onFx(() -> {
            model.load(Target.X, "random", Tensor3.generate(shape, i -> random.nextGaussian()));
            model.load(Target.DOUT, "random", Tensor3.generate(shape, i -> random.nextGaussian()));
        });
        Thread.sleep(300);
    }

    /** Runs {@code count} edits, one per pulse pair, and times each. */
    private Result edits(Shape shape, int count) throws Exception {
        double[] repainted = new double[count];
        double[] toFrame = new double[count];
        double[] frames = new double[count];
        CompletableFuture<Void> done = new CompletableFuture<>();
        new AnimationTimer() {
            private int i;
            private long t0;
            private long[] before;
            private int pulses;

            @Override
            public void handle(long now) {
                if (before == null) {
                    before = paints();
                    t0 = System.nanoTime();
                    int d = model.depthProperty().get();
                    model.setValue(Target.X, new CellIndex(d, random.nextInt(shape.height()),
                            random.nextInt(shape.width())), random.nextGaussian());
                    view.applyCss();
                    view.layout();
                    repainted[i] = (System.nanoTime() - t0) / 1e6;
                    pulses = 0;
                    return;
                }
                pulses++;
                if (allRepainted(before)) {
                    toFrame[i] = (System.nanoTime() - t0) / 1e6;
                    frames[i] = pulses;
                    before = null;
                    if (++i == count) {
                        stop();
                        done.complete(null);
                    }
                }
            }
        }.start();
        done.get();
        return new Result(repainted, toFrame, frames);
    }

    /** Writes a tensor with {@link TensorFiles}, then times read → load → next frame. */
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
                CompletableFuture<Double> shown = new CompletableFuture<>();
                Platform.runLater(() -> {
                    model.load(Target.X, "bench.npy", tensor);
                    long[] before = paints();
                    nextFrame(now -> {
                        if (allRepainted(before)) {
                            shown.complete((System.nanoTime() - t0) / 1e6);
                        }
                    }, shown);
                });
                times[k] = shown.get();
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return times;
    }

    private static void nextFrame(Consumer<Long> check, CompletableFuture<?> until) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                check.accept(now);
                if (until.isDone()) {
                    stop();
                }
            }
        }.start();
    }

    private double idlePulseMillis() throws Exception {
        int n = 120;
        double[] gaps = new double[n];
        CompletableFuture<Void> done = new CompletableFuture<>();
        new AnimationTimer() {
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

    private long[] paints() {
        return Arrays.stream(Panel.values()).mapToLong(p -> view.grid(p).paintCount()).toArray();
    }

    private boolean allRepainted(long[] before) {
        long[] now = paints();
        for (int i = 0; i < now.length; i++) {
            if (now[i] <= before[i]) {
                return false;
            }
        }
        return true;
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

    private static void report(String what, double[] millis, double baseline) {
        double m = median(millis);
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "median %.2f ms", m));
        parts.add(String.format(Locale.ROOT, "%.2f × pulse", m / baseline));
        parts.add("n = " + millis.length);
        System.out.printf(Locale.ROOT, "%-42s %s%n", what, String.join(", ", parts));
    }
}
