package relulab.io;

import java.io.IOException;
import java.util.List;

/**
 * A piece of file work that may run beside others: opening one input, streaming one part of
 * a layer through its files.
 *
 * <p>{@link #runAll} runs a list of jobs on this thread and one helper thread, taking turns
 * from the list, and rethrows the first failure in the list's order. Plain threads and classes,
 * not a parallel stream of lambdas: a command runs for well under a second, and bootstrapping
 * lambdas and the stream machinery would cost a good part of that.
 */
public abstract class IoJob {

    private IOException failure;
    private RuntimeException crash;

    /** The work itself. */
    protected abstract void work() throws IOException;

    final void runCatching() {
        try {
            work();
        } catch (IOException e) {
            failure = e;
        } catch (RuntimeException e) {
            crash = e;
        }
    }

    /** Runs every job, two at a time when there is more than one core, and waits for them all. */
    public static void runAll(List<? extends IoJob> jobs) throws IOException {
        boolean twoThreads = jobs.size() > 1 && Runtime.getRuntime().availableProcessors() > 1;
        Thread helper = null;
        if (twoThreads) {
            helper = new Thread(new Taker(jobs, 1), "relu-lab io");
            helper.setDaemon(true);
            helper.start();
        }
        new Taker(jobs, twoThreads ? 0 : -1).run();
        if (helper != null) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading or writing files", e);
            }
        }
        for (IoJob job : jobs) {
            if (job.failure != null) {
                throw job.failure;
            }
            if (job.crash != null) {
                throw job.crash;
            }
        }
    }

    /** Runs every other job from {@code parity} on (0 or 1), or all of them when parity is -1. */
    private record Taker(List<? extends IoJob> jobs, int parity) implements Runnable {
        @Override
        public void run() {
            for (int i = Math.max(parity, 0); i < jobs.size(); i += parity < 0 ? 1 : 2) {
                jobs.get(i).runCatching();
            }
        }
    }
}
