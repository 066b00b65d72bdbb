package relulab.ui.cost;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import relulab.cost.BenchKernel;
import relulab.cost.BenchProgress;
import relulab.cost.BenchReport;
import relulab.cost.BenchRunner;
import relulab.ui.shared.text.Messages;

/**
 * The state of the "Easy to compute" tab: the tensor size to measure, the running measurement
 * and its progress, and the bars and ratios of the last report.
 *
 * <p>{@link #run()} measures off the FX thread in a {@link Task} on the given executor; a second
 * run cancels the first, and only the newest run may change the state (older ones are ignored
 * when they end). The {@code begin/progressed/succeeded/failed/cancelled} steps are
 * package-private so that tests can drive them without a toolkit.
 */
public final class CostViewModel {

    private static final Messages WORDS = Messages.of(CostViewModel.class);

    /** The sizes offered, in elements: from 64 Ki (in cache) to 16 Mi (128 MiB per array). */
    public static final List<Integer> SIZES = List.of(1 << 16, 1 << 18, 1 << 20, 1 << 22, 1 << 23, 1 << 24);

    /** The activations timed, by catalogue spec, in the kernels' order: what the member chooser offers. */
    public static final List<String> MEMBERS = Arrays.stream(BenchKernel.values())
            .map(BenchKernel::activation)
            .flatMap(Optional::stream)
            .distinct()
            .toList();
    /** The members shown when the tab opens: the chapter's ReLU, sigmoid and tanh. */
    static final Set<String> SHOWN_AT_START = Set.of("relu", "sigmoid", "tanh");

    private final Executor executor;
    private final BenchRunner runner;
    private final Map<String, BooleanProperty> shown = new LinkedHashMap<>();

    private final ObjectProperty<Integer> size = new SimpleObjectProperty<>(this, "size", BenchRunner.DEFAULT_ELEMENTS);
    private final ObjectProperty<CostMetric> metric =
            new SimpleObjectProperty<>(this, "metric", CostMetric.RATIO_TO_COPY);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", WORDS.get("status.none"));
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyObjectWrapper<BenchReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper ratios = new ReadOnlyStringWrapper(this, "ratios", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReportMemory memory;
    private final ObservableList<CostBar> bars = FXCollections.observableArrayList();
    private final ObservableList<CostBar> readOnlyBars = FXCollections.unmodifiableObservableList(bars);

    /** The run whose results the tab will show; older runs are cancelled and then ignored. */
    private Measurement current;

    private long generation;

    /**
     * @param executor where measurements run, and the last report is read and written; a single
     *                 thread, so that a cancelled run has stopped before the next one starts timing
     * @param ui       where what was read is shown (the FX thread in the window)
     * @param runner   the benchmark runner (tests pass one with few rounds)
     * @param memory   where the last report is kept; the tab opens on it once it is read
     */
    public CostViewModel(Executor executor, Executor ui, BenchRunner runner, ReportMemory memory) {
        this.executor = executor;
        this.runner = runner;
        this.memory = memory;
        for (String member : MEMBERS) {
            BooleanProperty p = new SimpleBooleanProperty(this, member, SHOWN_AT_START.contains(member));
            p.addListener((obs, old, now) -> refreshBars());
            shown.put(member, p);
        }
        metric.addListener((obs, old, now) -> refreshBars());
        executor.execute(() -> {
            Optional<BenchReport> last = memory.recall();
            ui.execute(() -> recalled(last));
        });
    }

    /** Shows the remembered report, unless a run has started or ended since the tab opened. */
    private void recalled(Optional<BenchReport> last) {
        if (last.isEmpty() || report.get() != null || running.get()) {
            return;
        }
        show(last.get());
        status.set(WORDS.format(
                "status.recalled", last.get().elements(), mebibytes(last.get().elements())));
    }

    /** Whether the chart shows the bars of the activation with catalogue spec {@code member}, one of {@link #MEMBERS}. */
    public BooleanProperty shownProperty(String member) {
        BooleanProperty p = shown.get(member);
        if (p == null) {
            throw new IllegalArgumentException("no member " + member);
        }
        return p;
    }

    /** Starts measuring the selected size; a run already going is cancelled. */
    public void run() {
        cancel();
        long elements = size.get();
        long id = begin(elements);
        Measurement task = new Measurement(runner, elements);
        task.progressProperty().addListener((obs, old, now) -> progressed(id, now.doubleValue()));
        task.setOnSucceeded(e -> succeeded(id, task.getValue()));
        task.setOnFailed(e -> failed(id, task.getException()));
        task.setOnCancelled(e -> cancelled(id));
        current = task;
        executor.execute(task);
    }

    /** Stops the running measurement, if any; the last report stays on screen. */
    public void cancel() {
        if (current != null) {
            current.cancel(false);
            current = null;
            cancelled(generation);
        }
    }

    /** Marks the start of a run and returns its id; every older run is now stale. */
    long begin(long elements) {
        generation++;
        running.set(true);
        failed.set(false);
        progress.set(0);
        status.set(WORDS.format("status.measuring", elements));
        return generation;
    }

    void progressed(long id, double fraction) {
        if (id == generation && running.get()) {
            progress.set(Math.max(0, fraction));
        }
    }

    void succeeded(long id, BenchReport result) {
        if (id != generation) {
            return;
        }
        current = null;
        running.set(false);
        progress.set(1);
        show(result);
        executor.execute(() -> memory.remember(result));
        status.set(WORDS.format(
                "status.measured",
                result.elements(),
                mebibytes(result.elements()),
                BenchRunner.DEFAULT_MEASURED_ROUNDS));
    }

    void failed(long id, Throwable error) {
        if (id != generation) {
            return;
        }
        if (error instanceof CancellationException) {
            cancelled(id);
            return;
        }
        current = null;
        running.set(false);
        failed.set(true);
        String message = error instanceof OutOfMemoryError
                ? WORDS.get("status.outOfMemory")
                : error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        status.set(WORDS.format("status.failed", message));
    }

    void cancelled(long id) {
        if (id != generation || !running.get()) {
            return;
        }
        running.set(false);
        progress.set(0);
        status.set(WORDS.get(report.get() == null ? "status.cancelled" : "status.cancelled.previous"));
    }

    private void show(BenchReport result) {
        report.set(result);
        busy.set(result.busy());
        refreshBars();
    }

    /** The bars of the members shown, and the sentence: the chapter's ratios, then those of the family shown. */
    private void refreshBars() {
        BenchReport r = report.get();
        if (r != null) {
            bars.setAll(CostChartData.bars(r, metric.get(), this::isShown));
            String members = r.busy() ? "" : CostChartData.members(r, this::isShown);
            String verdict = CostChartData.verdict(r);
            ratios.set(members.isEmpty() ? verdict : WORDS.format("verdict.layout", verdict, members));
        }
    }

    private boolean isShown(String member) {
        return shown.get(member).get();
    }

    private static String mebibytes(int elements) {
        double mib = elements * (double) Double.BYTES / (1 << 20);
        return mib == Math.rint(mib) ? String.valueOf((long) mib) : String.format(Locale.ROOT, "%.1f", mib);
    }

    /** The number of elements per tensor to measure; one of {@link #SIZES}. */
    public ObjectProperty<Integer> sizeProperty() {
        return size;
    }

    /** What the bars show. */
    public ObjectProperty<CostMetric> metricProperty() {
        return metric;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1 while running. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** One line saying what happened last: measuring, measured, cancelled, or why it failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True when the last run failed; the status says why. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** The last successful measurement, or null before the first. */
    public ReadOnlyObjectProperty<BenchReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /**
     * The measured ratios to copy as one sentence, or the warning that the machine was busy;
     * empty before the first measurement.
     */
    public ReadOnlyStringProperty ratiosProperty() {
        return ratios.getReadOnlyProperty();
    }

    /** True when the report shown was measured on a busy machine (rounds differing by more than 20%). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The bars of the last measurement in the chosen metric (read-only for the view). */
    public ObservableList<CostBar> bars() {
        return readOnlyBars;
    }

    /** One benchmark run as a task: its progress and cancellation are the runner's. */
    private static final class Measurement extends Task<BenchReport> implements BenchProgress {

        private final BenchRunner runner;
        private final long elements;

        Measurement(BenchRunner runner, long elements) {
            this.runner = runner;
            this.elements = elements;
        }

        @Override
        protected BenchReport call() {
            return runner.run(elements, this);
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }
    }
}
