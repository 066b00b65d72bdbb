package relulab.ui.task;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * Runs jobs one at a time, in the order given, on threads borrowed from another executor: a
 * single-thread executor that owns no thread. A job starts only when the one before it has
 * returned, so (for example) a cancelled benchmark has stopped timing before the next starts.
 */
final class SerialExecutor implements Executor {

    private final Executor threads;
    private final Queue<Runnable> jobs = new ArrayDeque<>();
    private boolean draining;

    SerialExecutor(Executor threads) {
        this.threads = threads;
    }

    @Override
    public void execute(Runnable job) {
        synchronized (jobs) {
            jobs.add(job);
            if (draining) {
                return;
            }
            draining = true;
        }
        threads.execute(this::drain);
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (jobs) {
                next = jobs.poll();
                if (next == null) {
                    draining = false;
                    return;
                }
            }
            boolean finished = false;
            try {
                next.run();
                finished = true;
            } finally {
                if (!finished) {
                    // The job threw: go on with the rest on a fresh thread, and let this one report it.
                    threads.execute(this::drain);
                }
            }
        }
    }
}
