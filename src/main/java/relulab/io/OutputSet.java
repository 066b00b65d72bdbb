package relulab.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import relulab.core.text.Reason;

/**
 * A set of files written all or nothing: either every file of the set is in place with its new
 * content, or the folder is exactly as it was.
 *
 * <p>Each file is first written to a hidden temporary file beside it, {@code .NAME.ID.part}
 * ({@link #stage}). Files that must disappear with the new results (an old {@code dx.npy}
 * when no dout was given) are named with {@link #removeIfPresent}. {@link #commit} then, file
 * by file, renames the file it will replace or remove to {@code .NAME.ID.old} and moves the
 * temporary file into its place, and at the end deletes the {@code .old} files; should any step
 * fail, the moved files are taken back out and the old ones renamed back. Until the commit, the
 * targets are not touched at all; {@link #close} without a commit deletes the temporary files.
 *
 * <p>An old file is renamed away before the new one takes its name, rather than the new one
 * renamed over it: on ext4, renaming a file over another makes the kernel start writing the new
 * file's data to disk at once (its safeguard for programs that replace files without
 * {@code fsync}), which made a commit of a few hundred MiB take longer than everything else
 * but the computing. The price is an instant, between the two renames, in which the target's
 * name is missing; the content is never at risk: it is the {@code .old} file until the commit
 * is through.
 *
 * <p>Like {@code np.save}, new files get the mode the umask gives (0644 under umask 022), and
 * a replaced file keeps its mode. Only regular files are replaced: a folder, a device such as
 * {@code /dev/full}, a FIFO or a socket of the target's name is refused before anything is
 * written. Ctrl-C and SIGTERM run a shutdown hook that deletes the temporary files of every
 * set still open and rolls back a commit caught halfway; the commit and the hook take turns on
 * one lock, so a signal never splits a set. Only a hard crash (SIGKILL, power loss) can leave
 * {@code .part} files, and, if it strikes during a commit, {@code .old} files holding the
 * previous results.
 */
public final class OutputSet implements AutoCloseable {

    private static final Object LOCK = new Object();
    private static final Set<OutputSet> OPEN = new LinkedHashSet<>();
    private static final AtomicLong IDS = new AtomicLong();
    private static boolean hookInstalled;
    private static boolean shuttingDown;

    private final Map<Path, Path> temps = new LinkedHashMap<>();
    private final Map<Path, FileChannel> channels = new LinkedHashMap<>();
    private final Map<Path, Set<PosixFilePermission>> keptModes = new LinkedHashMap<>();
    private final Set<Path> removals = new LinkedHashSet<>();
    private final Map<Path, Path> backups = new LinkedHashMap<>();
    private final List<Path> moved = new ArrayList<>();
    private boolean finished;

    /** An empty set, registered for clean-up on Ctrl-C and SIGTERM until it is committed or closed. */
    public OutputSet() {
        synchronized (LOCK) {
            installHook();
            OPEN.add(this);
        }
    }

    /** Writes one text file all or nothing, in UTF-8. */
    public static void writeString(Path target, String text) throws IOException {
        try (OutputSet set = new OutputSet()) {
            try (Writer w = Channels.newWriter(set.stage(target), StandardCharsets.UTF_8)) {
                w.write(text);
            } catch (TensorFileException e) {
                throw e;
            } catch (IOException e) {
                throw TensorFiles.explain(target, TensorFiles.CANNOT_WRITE, e);
            }
            set.commit();
        }
    }

    /**
     * Opens the temporary file that becomes {@code target} at the commit. The caller writes it
     * and may close the channel; the set closes it anyway.
     *
     * @throws TensorFileException when the target is not a regular file, is staged twice, or
     *                             the temporary file cannot be created; the message names the target
     */
    public FileChannel stage(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (temps.containsKey(absolute)) {
            throw problem(target, "file.twice");
        }
        Set<PosixFilePermission> mode = requireReplaceable(target);
        Path dir = absolute.getParent();
        synchronized (LOCK) {
            if (shuttingDown || finished) {
                throw problem(target, TensorFiles.CANNOT_WRITE, Reason.of(IoReason.class, "io.stopping"));
            }
            while (true) {
                Path temp = dir.resolve("." + TensorFileException.nameOf(target) + "."
                        + ProcessHandle.current().pid() + "-" + IDS.incrementAndGet() + ".part");
                try {
                    FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    temps.put(absolute, temp);
                    channels.put(absolute, ch);
                    if (mode != null) {
                        keptModes.put(absolute, mode);
                    }
                    return ch;
                } catch (FileAlreadyExistsException e) {
                    // Left by another run: take the next number.
                } catch (IOException e) {
                    throw TensorFiles.explain(target, TensorFiles.CANNOT_WRITE, e);
                }
            }
        }
    }

    /** Makes the commit also delete {@code target} if it exists (a regular file only). */
    public void removeIfPresent(Path target) throws IOException {
        requireReplaceable(target);
        removals.add(target.toAbsolutePath());
    }

    /**
     * Puts every staged file in place and removes the files named for removal, all or nothing.
     *
     * @throws IOException when any step fails; the folder is then as it was before
     */
    public void commit() throws IOException {
        for (Map.Entry<Path, FileChannel> e : channels.entrySet()) {
            try {
                e.getValue().close();
            } catch (IOException ex) {
                close();
                throw TensorFiles.explain(e.getKey(), TensorFiles.CANNOT_WRITE, ex);
            }
        }
        synchronized (LOCK) {
            if (finished) {
                throw new IOException("the output was abandoned: the program is stopping");
            }
            Path current = null;
            try {
                for (Map.Entry<Path, Set<PosixFilePermission>> e : keptModes.entrySet()) {
                    current = e.getKey();
                    Files.setPosixFilePermissions(temps.get(current), e.getValue());
                }
                for (Path target : removals) {
                    current = target;
                    setAsideIfPresent(target);
                }
                for (Map.Entry<Path, Path> e : temps.entrySet()) {
                    current = e.getKey();
                    setAsideIfPresent(e.getKey());
                    move(e.getValue(), e.getKey());
                    moved.add(e.getKey());
                }
            } catch (IOException | RuntimeException e) {
                rollBack();
                throw problem(
                        current,
                        "file.cannotWrite.nothingChanged",
                        e instanceof IOException io
                                ? IoReason.reason(io)
                                : IoReason.verbatim(
                                        e.getMessage() == null
                                                ? e.getClass().getSimpleName()
                                                : MessageText.line(e.getMessage())));
            }
            for (Path backup : backups.values()) {
                deleteQuietly(backup);
            }
            finished = true;
            OPEN.remove(this);
        }
    }

    /** Deletes the temporary files unless the set was committed; does nothing after a commit. */
    @Override
    public void close() {
        synchronized (LOCK) {
            if (!finished) {
                rollBack();
            }
        }
    }

    /** Back to the state before this set: temporary files gone, moved files out, old files back. */
    private void rollBack() {
        for (FileChannel ch : channels.values()) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // The file is deleted next; a failed close changes nothing for the user.
            }
        }
        for (Path target : moved) {
            deleteQuietly(target);
        }
        for (Map.Entry<Path, Path> e : backups.entrySet()) {
            try {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // The old content stays under its .old name; the README says so.
            }
        }
        for (Path temp : temps.values()) {
            deleteQuietly(temp);
        }
        finished = true;
        OPEN.remove(this);
    }

    /** Renames an existing target to {@code .NAME.ID.old}, from where a roll-back takes it back. */
    private void setAsideIfPresent(Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Path backup = target.resolveSibling("." + target.getFileName() + "."
                    + ProcessHandle.current().pid() + "-" + IDS.incrementAndGet() + ".old");
            move(target, backup);
            backups.put(target, backup);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Refuses, before any work is done, a target this class would refuse at {@link #stage}: an
     * empty path, a missing folder, or an existing target that is not a regular file.
     */
    public static void checkTarget(Path target) throws IOException {
        requireReplaceable(target);
    }

    /**
     * Refuses a target that exists and is not a regular file (following a symbolic link, as
     * {@code np.save} does), and returns the mode of one that is, to be kept; null when it is new.
     */
    private static Set<PosixFilePermission> requireReplaceable(Path target) throws IOException {
        if (target.toString().isEmpty()) {
            throw new IllegalArgumentException("an empty path was given where a file name was expected");
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException e) {
            Path dir = target.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw dir == null
                        ? problem(target, "file.noFolder.unnamed")
                        : problem(target, "file.noFolder", MessageText.quote(dir.toString()));
            }
            return null;
        } catch (IOException e) {
            throw TensorFiles.explain(target, TensorFiles.CANNOT_WRITE, e);
        }
        if (attributes.isDirectory()) {
            throw problem(target, "file.replaceFolder");
        }
        if (!attributes.isRegularFile()) {
            throw problem(target, "file.replaceDevice");
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        return posix == null ? null : posix.readAttributes().permissions();
    }

    private static TensorFileException problem(Path target, String key, Object... args) {
        return new TensorFileException(target, Reason.of(OutputSet.class, key, args));
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Nothing better to do on the way out.
        }
    }

    /** One hook for all sets: on Ctrl-C or SIGTERM, every set still open is rolled back. */
    private static void installHook() {
        if (hookInstalled) {
            return;
        }
        hookInstalled = true;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            synchronized (LOCK) {
                                shuttingDown = true;
                                for (OutputSet set : List.copyOf(OPEN)) {
                                    set.rollBack();
                                }
                            }
                        },
                        "relu-lab output clean-up"));
    }
}
