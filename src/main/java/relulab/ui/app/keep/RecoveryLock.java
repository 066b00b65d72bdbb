package relulab.ui.app.keep;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock a window holds on {@code recovery-ID.lock}, beside its recovery file, for as long as
 * it lives: the operating system lets go of it when the process ends, however it ends, so a
 * recovery file whose lock is free is the work of a window that died.
 *
 * <p>Locks belong to the process, and on Linux closing <em>any</em> channel on a file drops all
 * of the process's locks on it. So a lock file this process already holds is never opened again:
 * {@link #HELD} answers for this process's windows without touching their files.
 */
final class RecoveryLock implements AutoCloseable {

    /** The lock files this process holds (every window of one process shares it). */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private RecoveryLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock on {@code file} (made if missing), or nothing when another window holds it.
     *
     * @throws IOException when the lock file cannot be made or opened
     */
    static Optional<RecoveryLock> tryTake(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        if (!HELD.add(key)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new RecoveryLock(key, channel, lock));
            }
        } catch (OverlappingFileLockException heldHere) {
            // Held by this process after all: not ours to take.
        } catch (IOException | RuntimeException e) {
            close(channel);
            HELD.remove(key);
            throw e;
        }
        close(channel);
        HELD.remove(key);
        return Optional.empty();
    }

    /** Removes the lock file, then lets go of the lock (the work it guarded is gone). */
    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A lock file without its recovery file is never offered: it is only clutter.
        }
        close();
    }

    /** Lets go of the lock, leaving the file: the work it guards is offered again at the next start. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases it too.
        }
        close(channel);
        HELD.remove(file);
    }

    private static void close(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // The process's lock goes with the channel either way.
        }
    }
}
