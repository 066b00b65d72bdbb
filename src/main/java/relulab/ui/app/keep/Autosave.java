package relulab.ui.app.keep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import relulab.io.session.Session;
import relulab.io.session.SessionFiles;
import relulab.ui.shared.text.Messages;

/**
 * Saves unsaved work to a recovery file, at most once every {@link #PERIOD_MS} ms, off the FX
 * thread and atomically, so a crash or a kill loses at most the last few seconds.
 *
 * <p>{@link #changed()} is called on the FX thread at every change; the first change after a
 * quiet spell schedules one save {@code PERIOD_MS} after the previous save (or at once),
 * and every change until then rides along with it. The save takes the newest session from
 * {@code capture} on the FX thread — cheap, the state is immutable — and writes it on a
 * writer thread of its own.
 *
 * <p>Each window has its own recovery file ({@link Recovery#newFile}); from its first save to its
 * close the window holds the {@link RecoveryLock} beside it, so a file whose lock is free is a
 * crashed run's. A failed save says which file and why, and is tried again at the next change.
 */
final class Autosave implements AutoCloseable {

    /** The shortest time between two saves. */
    static final long PERIOD_MS = 5_000;

    private final Path file;
    private final Supplier<Session> capture;
    private final Executor fx;
    private final Consumer<String> onFailure;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "relulab-autosave");
        t.setDaemon(true);
        return t;
    });
    private final long periodMs;
    private boolean scheduled;
    private long lastSave = Long.MIN_VALUE / 2;
    private boolean closed;
    /** Taken before the first save, held until the window closes; touched on the writer thread. */
    private RecoveryLock lock;

    /**
     * @param file      the recovery file to write
     * @param capture   the session to keep, or null when nothing is unsaved; called on the FX thread
     * @param fx        runs on the FX thread
     * @param onFailure hears why a save failed, on the FX thread
     * @param periodMs  the shortest time between two saves
     */
    Autosave(Path file, Supplier<Session> capture, Executor fx, Consumer<String> onFailure, long periodMs) {
        this.file = file;
        this.capture = capture;
        this.fx = fx;
        this.onFailure = onFailure;
        this.periodMs = periodMs;
    }

    /** A new window's recovery file in {@code folder}: one no other window has. */
    static Path recoveryFile(Path folder) {
        return Recovery.newFile(folder);
    }

    Path file() {
        return file;
    }

    /** Something changed that is not saved: save it soon. Call on the FX thread. */
    synchronized void changed() {
        if (scheduled || closed) {
            return;
        }
        scheduled = true;
        long wait = Math.max(0, lastSave + periodMs - System.currentTimeMillis());
        writer.schedule(() -> fx.execute(this::captureAndWrite), wait, TimeUnit.MILLISECONDS);
    }

    /** Runs on the writer thread, unless the window has closed (its close removed the file). */
    private void onWriter(Runnable job) {
        try {
            writer.execute(job);
        } catch (RejectedExecutionException closedMeanwhile) {
            // Nothing to write or remove any more.
        }
    }

    private void captureAndWrite() {
        Session session;
        synchronized (this) {
            scheduled = false;
            if (closed) {
                return;
            }
            lastSave = System.currentTimeMillis();
        }
        session = capture.get();
        if (session != null) {
            onWriter(() -> write(session));
        }
    }

    private void write(Session session) {
        try {
            Files.createDirectories(file.getParent());
            if (lock == null) {
                lock = RecoveryLock.tryTake(Recovery.lockOf(file)).orElse(null);
            }
            SessionFiles.write(file, session);
        } catch (IOException | RuntimeException e) {
            String why = FileTrouble.of(file, e);
            fx.execute(() -> onFailure.accept(Messages.of(Autosave.class).format("status.autosave.failed", why)));
        }
    }

    /** Nothing is unsaved any more (saved, or closed normally): remove the recovery file. */
    void discard() {
        onWriter(() -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                String why = FileTrouble.of(file, e);
                fx.execute(() -> onFailure.accept(Messages.of(Autosave.class).format("status.remove.failed", why)));
            }
        });
    }

    /** Stops saving and removes the recovery file (a normal close); waits up to 2 s for the writer. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        onWriter(() -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A left-over recovery file is offered at the next start: nothing is lost.
            }
            if (lock != null) {
                lock.delete();
            }
        });
        writer.shutdown();
        try {
            writer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
