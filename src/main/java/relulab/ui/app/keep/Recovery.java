package relulab.ui.app.keep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the work a crashed or killed run left behind: recovery files in the data folder whose
 * process is no longer running ({@link Autosave} names them after their process id). A window
 * that closes normally removes its own, so anything found here was lost.
 */
final class Recovery {

    private static final Pattern NAME = Pattern.compile("recovery-(\\d+)\\.relulab");

    private Recovery() {}

    /** The left-over recovery files in {@code folder}, newest first. */
    static List<Path> leftOver(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Recovery::isOrphan)
                    .sorted(Comparator.comparing(Recovery::modified).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The newest left-over recovery file, if any. */
    static Optional<Path> newest(Path folder) {
        return leftOver(folder).stream().findFirst();
    }

    /** Removes every left-over recovery file (after the user restored or declined the newest). */
    static void discardAll(Path folder) {
        for (Path p : leftOver(folder)) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // Offered again at the next start: nothing is lost by leaving it.
            }
        }
    }

    private static boolean isOrphan(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return false;
        }
        return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
