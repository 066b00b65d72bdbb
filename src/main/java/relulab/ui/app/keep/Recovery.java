package relulab.ui.app.keep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import relulab.io.session.SessionFiles;

/**
 * The recovery files of the data folder: each window writes its own, {@code recovery-ID.relulab}
 * with an id made at random when the window starts (never the process id, which a container
 * gives every start alike), and holds the {@link RecoveryLock} on {@code recovery-ID.lock} beside
 * it while it lives. A recovery file whose lock is free is the work of a window that died.
 */
final class Recovery {

    private static final Pattern NAME = Pattern.compile("recovery-[A-Za-z0-9-]{1,64}\\.relulab");

    private static final SecureRandom RANDOM = new SecureRandom();

    private Recovery() {}

    /**
     * A new window's recovery file in {@code folder}, under an id no other window has: 64 random
     * bits, short enough that messages quote the whole name.
     */
    static Path newFile(Path folder) {
        return folder.resolve(
                String.format(Locale.ROOT, "recovery-%016x%s", RANDOM.nextLong(), SessionFiles.EXTENSION));
    }

    /** The lock file beside a recovery file. */
    static Path lockOf(Path recoveryFile) {
        String name = recoveryFile.getFileName().toString();
        return recoveryFile.resolveSibling(
                name.substring(0, name.length() - SessionFiles.EXTENSION.length()) + ".lock");
    }

    /** A dead window's recovery file and its lock, now held by this window until it is settled. */
    record LeftOver(Path file, RecoveryLock lock) {

        /** The work is restored or discarded by the user: its file and lock file go. */
        void settle() throws IOException {
            Files.deleteIfExists(file);
            lock.delete();
        }
    }

    /**
     * Takes the lock of every recovery file in {@code folder} whose window died, newest first:
     * the files of live windows (their lock held) are left alone, and no other window offers the
     * ones taken here while this one holds them.
     */
    static List<LeftOver> claim(Path folder) {
        List<Path> candidates;
        try (Stream<Path> files = Files.list(folder)) {
            candidates = files.filter(Recovery::isRecoveryFile)
                    .sorted(Comparator.comparing(Recovery::modified).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
        List<LeftOver> found = new ArrayList<>();
        for (Path file : candidates) {
            try {
                RecoveryLock.tryTake(lockOf(file)).ifPresent(lock -> found.add(new LeftOver(file, lock)));
            } catch (IOException e) {
                // No lock can be taken (a read-only folder): no window can have died writing here.
            }
        }
        return found;
    }

    private static boolean isRecoveryFile(Path file) {
        return NAME.matcher(file.getFileName().toString()).matches()
                && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
