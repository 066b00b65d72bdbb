package relulab.ui.dying;

/**
 * Lets the run at the slider's rate go first. While it trains, the sweep's runs wait between
 * two of their steps ({@link #awaitIdle}), so the run has both cores, its own and its step
 * partner's, instead of sharing them with two sweep runs: measured, a run that took 60 ms on an
 * idle machine took 205 ms during a sweep. The sweep loses that time and nothing else: its
 * runs pick up where they paused, with the same results.
 */
final class ForegroundGate {

    /** Foreground runs under way; read without the lock on the fast path of {@link #awaitIdle}. */
    private volatile int running;
    /** The thread of the foreground run, which must never wait for itself. */
    private volatile Thread foreground;

    /** A foreground run starts on this thread. */
    synchronized void enter() {
        running++;
        foreground = Thread.currentThread();
    }

    /** The foreground run has ended, however it ended. */
    synchronized void exit() {
        running--;
        if (running == 0) {
            foreground = null;
            notifyAll();
        }
    }

    /**
     * Returns at once when no foreground run trains, else when it ends. An interrupt ends the
     * wait too (and stays set), so a cancelled background task is not held back.
     */
    void awaitIdle() {
        if (running == 0 || Thread.currentThread() == foreground) {
            return;
        }
        synchronized (this) {
            while (running > 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
