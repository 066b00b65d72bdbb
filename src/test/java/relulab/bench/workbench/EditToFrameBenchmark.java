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
import javafx.scene.Scene;
import javafx.stage.Stage;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.TensorData;
import relulab.io.TensorFiles;
import relulab.ui.state.LabState;
import relulab.ui.app.MainWindow;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.workbench.Panel;
import relulab.ui.workbench.Target;
import relulab.ui.workbench.WorkbenchView;
import relulab.ui.workbench.WorkbenchViewModel;

/**
 * How long a cell edit (and a hover) takes to reach the screen in the real window, for a
 * 16×64×64 and a 64×128×128 tensor, and how long a 64×128×128 {@code .npy} takes to open and show.
 *
 * <p>Each edit is made at the start of a pulse (in an {@link AnimationTimer}), like a key
 * press handled by the FX thread. The five grids then recompute and repaint in that pulse's
 * layout pass, and the frame is rendered; the next pulse starts only after that render. So:
 * <ul>
 *   <li><b>edit → repainted</b>: the edit, recomputing out/mask/dx/stats/colours and
 *       repainting the visible part of all five grids (forced with {@code layout()});</li>
 *   <li><b>edit → next frame</b>: until the next pulse after every grid repainted, i.e. the
 *       frame showing the edit is on screen. Compared with the baseline of an idle pulse
 *       interval measured in the same run: 1.0 × pulse would be a perfect next frame.</li>
 * </ul>
 * Both are measured twice: with the workbench alone in its window, and inside the whole main
 * window, where the other tabs also react to every change of the shared tensors.
 *
 * <p>Headless run (outside {@code mvn verify}):
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *      -cp target/classes:target/test-classes:$(cat target/cp.txt) relulab.bench.workbench.EditToFrameBenchmark
 * </pre>
 */
public final class EditToFrameBenchmark {

    /** Enough for the JIT to compile the edit and paint paths before measuring. */
    private static final int WARMUP_EDITS = 300;
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
        for (boolean wholeWindow : new boolean[] {false, true}) {
            CompletableFuture<WorkbenchView> started = new CompletableFuture<>();
            Runnable open = () -> {
                Stage stage = new Stage();
                if (wholeWindow) {
                    MainWindow window = new MainWindow();
                    window.show(stage);
                    started.complete(window.workbench());
                } else {
                    WorkbenchView alone = new WorkbenchView(new WorkbenchViewModel(new LabState(new Shape(3, 4, 4))));
                    stage.setScene(new Scene(alone));
                    stage.show();
                    started.complete(alone);
                }
                stage.setWidth(1280);
                stage.setHeight(800);
            };
            if (wholeWindow) {
                Platform.runLater(open);
            } else {
                Platform.startup(open);
            }
            EditToFrameBenchmark bench = new EditToFrameBenchmark(started.get());
            System.out.println(wholeWindow ? "== inside the main window, all tabs listening" : "== workbench alone");
            double pulse = bench.idlePulseMillis();
            report("idle pulse interval (baseline)", new double[] {pulse}, pulse);
            for (Shape shape : List.of(new Shape(16, 64, 64), new Shape(64, 128, 128))) {
                bench.fill(shape);
                Runnable edit = () -> bench.model.setValue(Target.X, bench.randomCell(shape), bench.random.nextGaussian());
                Runnable hover = () -> bench.model.hoverProperty().set(bench.otherCell(shape));
                bench.measure(edit, WARMUP_EDITS);
                Result r = bench.measure(edit, MEASURED_EDITS);
                report("edit → repainted " + shape, r.repainted, pulse);
                report("edit → next frame " + shape, r.toFrame, pulse);
                Result h = bench.measure(hover, MEASURED_EDITS);
                report("hover → next frame " + shape, h.toFrame, pulse);
            }
            report("open .npy (64, 128, 128) → shown", bench.loads(new Shape(64, 128, 128)), pulse);
        }
        Platform.exit();
    }

    private record Result(double[] repainted, double[] toFrame) {
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
        return new CellIndex(model.depthProperty().get(), random.nextInt(shape.height()), random.nextInt(shape.width()));
    }

    /** A random cell other than the hovered one, so that every hover is a change to draw. */
    private CellIndex otherCell(Shape shape) {
        CellIndex cell;
        do {
            cell = randomCell(shape);
        } while (cell.equals(model.hoverProperty().get()));
        return cell;
    }

    /** Runs {@code action} {@code count} times, one per pulse pair, and times each until all five grids show it. */
    private Result measure(Runnable action, int count) throws Exception {
        double[] repainted = new double[count];
        double[] toFrame = new double[count];
        CompletableFuture<Void> done = new CompletableFuture<>();
        new AnimationTimer() {
            private int i;
            private long t0;
            private long[] before;

            @Override
            public void handle(long now) {
                if (before == null) {
                    before = paints();
                    t0 = System.nanoTime();
                    action.run();
                    view.applyCss();
                    view.layout();
                    repainted[i] = (System.nanoTime() - t0) / 1e6;
                    return;
                }
                if (allRepainted(before)) {
                    toFrame[i] = (System.nanoTime() - t0) / 1e6;
                    before = null;
                    if (++i == count) {
                        stop();
                        done.complete(null);
                    }
                }
            }
        }.start();
        done.get();
        return new Result(repainted, toFrame);
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
