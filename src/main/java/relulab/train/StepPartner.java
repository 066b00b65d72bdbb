package relulab.train;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A second core for the steps of one training run: at every step the caller hands it one half
 * of the work ({@link #runBeside}) and does the other half itself.
 *
 * <p>Handing each half to a pool thread meant waking a parked thread some 3,000 times a second,
 * and each wake-up took tens of microseconds on this project's machine: two cores made a run
 * only 1.1–1.2× faster than one. So the partner is started once per run on the helper executor
 * and, until the run {@linkplain #close() closes} it, waits for the next half by spinning. If the
 * executor has not started it yet (its threads are busy, with a sweep say), the caller claims the
 * half and does it too, so a step never waits on a queue; a partner that starts after the run
 * has ended returns at once, and so does one that an executor runs on the caller's own thread.
 */
final class StepPartner implements AutoCloseable {

    /** One step's half for the partner: claimed by whoever starts it first. */
    private static final class Half {
        final Runnable work;
        final AtomicBoolean claimed = new AtomicBoolean();
        volatile boolean done;
        volatile Throwable failure;

        Half(Runnable work) {
            this.work = work;
        }
    }

    /** The thread of the run, which hands out the halves. */
    private final Thread caller = Thread.currentThread();

    private volatile Half posted;
    private volatile boolean closed;

    /** Starts the partner on {@code helper}; a helper that refuses work leaves every half to the caller. */
    StepPartner(Executor helper) {
        try {
            helper.execute(this::serve);
        } catch (RejectedExecutionException e) {
            closed = true; // the helper has shut down (the window is closing)
        }
    }

    /** Runs {@code mine} here and {@code theirs} on the partner, or here too if the partner has not begun it. */
    void runBeside(Runnable mine, Runnable theirs) {
        Half half = new Half(theirs);
        posted = half;
        mine.run();
        if (half.claimed.compareAndSet(false, true)) {
            theirs.run();
            return;
        }
        while (!half.done) {
            Thread.onSpinWait();
        }
        Throwable failure = half.failure;
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    private void serve() {
        if (Thread.currentThread() == caller) {
            return; // an executor that runs tasks in place: waiting here would wait for ourselves
        }
        Half last = null;
        while (!closed) {
            Half half = posted;
            if (half == last) {
                Thread.onSpinWait();
                continue;
            }
            last = half;
            if (half.claimed.compareAndSet(false, true)) {
                try {
                    half.work.run();
                } catch (Throwable t) {
                    half.failure = t; // the caller throws it, as if it had done the half itself
                } finally {
                    half.done = true;
                }
            }
        }
    }

    /** Ends the partner's wait: the run has no more steps. */
    @Override
    public void close() {
        closed = true;
    }
}
