package relulab.ui.task;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/**
 * The one way lessons run work off the FX thread. The shell makes one and hands it to every
 * lesson; nothing it starts outlives the window.
 *
 * <ul>
 *   <li>{@link #serial()} with a {@link LatestRequestRunner} — newest request wins, for
 *       slider-driven work: requests made while one runs replace each other. View models take
 *       the executors (so that tests can hand them direct or queued ones) and register their
 *       runners' cancellation with {@link #onClose}.</li>
 *   <li>{@link #start} — a cancellable {@link Task} with progress, for long jobs such as a
 *       benchmark or loading a file.</li>
 *   <li>{@link #parallel()} — a pool with one thread per core, for work that splits, such as
 *       a learning-rate sweep.</li>
 *   <li>{@link #serial()} — an executor that runs one job at a time on the shared threads.</li>
 * </ul>
 *
 * <p>All threads are daemons, so they never keep the program alive, and {@link #close()}
 * cancels every task, runs the lessons' {@link #onClose} actions and stops the pools: closing the window during a sweep or a benchmark ends the program at once.
 */
public final class Background implements AutoCloseable {

    private final Executor ui;
    private final ExecutorService workers = Executors.newCachedThreadPool(daemons("relulab-worker"));
    private final ExecutorService parallel =
            Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), daemons("relulab-parallel"));
    private final List<Task<?>> tasks = new CopyOnWriteArrayList<>();
    private final List<Runnable> closeActions = new CopyOnWriteArrayList<>();

    /** @param ui where results are delivered: {@code Platform::runLater} in the program */
    public Background(Executor ui) {
        this.ui = Objects.requireNonNull(ui);
    }

    /** Runs {@code task} on a worker thread; {@link #close()} cancels it if it is still running. */
    public <T> Task<T> start(Task<T> task) {
        tasks.removeIf(Task::isDone);
        tasks.add(task);
        workers.execute(task);
        return task;
    }

    /** One thread per core, for work that splits into independent pieces. */
    public Executor parallel() {
        return parallel;
    }

    /** A new executor that runs its jobs one after the other, in order, on the shared threads. */
    public Executor serial() {
        return new SerialExecutor(workers);
    }

    /** Where results go: the FX thread in the program, the calling thread in some tests. */
    public Executor ui() {
        return ui;
    }

    /** Runs {@code action} (say, a view model's stop) when the window closes. */
    public void onClose(Runnable action) {
        closeActions.add(action);
    }

    /** Cancels everything and stops the threads; waits at most {@code 1 s} for them. */
    @Override
    public void close() {
        tasks.forEach(task -> task.cancel(true));
        closeActions.forEach(Runnable::run);
        workers.shutdownNow();
        parallel.shutdownNow();
        try {
            workers.awaitTermination(500, TimeUnit.MILLISECONDS);
            parallel.awaitTermination(500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
