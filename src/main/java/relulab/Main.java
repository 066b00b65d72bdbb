package relulab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Application;
import relulab.cli.ReluLabCommand;
import relulab.ui.app.ReluLabApp;

/**
 * The program's entry point for {@code java -jar relu-lab.jar}.
 *
 * <p>With no arguments it opens the window; with one file that the window opens ({@code .npy},
 * {@code .csv} or a {@code .relulab} session) it opens the window on that file; with other
 * arguments it runs a command-line command and never starts JavaFX. It is a plain class, not an {@code Application}: a main class that
 * extends {@code Application}, started from a jar on the class path, fails with "JavaFX
 * runtime components are missing".
 *
 * <p>When JavaFX cannot start — no display to open the window on, no GTK — the user reads one
 * line, as for any other bad start, not a stack trace.
 */
public final class Main {

    /**
     * JavaFX's logger. At every start from a jar it warns that JavaFX was loaded from the class
     * path rather than as modules: how {@code java -jar} runs it, and harmless, so that one
     * warning is dropped; the others (CSS, say) still reach the console. Held here because a
     * logger nobody holds may be collected, and its filter with it.
     */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private Main() {}

    public static void main(String[] args) {
        keepJavaFxCacheQuiet();
        if (args.length == 0 || opensInTheWindow(args)) {
            openWindow(args);
        } else {
            System.exit(ReluLabCommand.run(args));
        }
    }

    private static void openWindow(String[] args) {
        JAVAFX.setFilter(new ClassPathWarningFilter());
        speakInOneLine();
        try {
            Application.launch(ReluLabApp.class, args);
        } catch (RuntimeException e) {
            System.exit(ReluLabCommand.windowFailed(e));
        }
    }

    /**
     * What the window logs (a bad preferences entry, say) reaches stderr as the commands' lines
     * do: {@code relu-lab: } and the message, one line, rather than java.util.logging's date and
     * class header above it. A format the user set is kept.
     */
    private static void speakInOneLine() {
        if (System.getProperty(LOG_FORMAT) == null) {
            System.setProperty(LOG_FORMAT, "relu-lab: %5$s%n");
        }
    }

    private static final String LOG_FORMAT = "java.util.logging.SimpleFormatter.format";

    /**
     * Gives JavaFX a cache it can write when the home folder cannot take one. Run from jars,
     * JavaFX copies its native libraries into {@code ~/.openjfx/cache} (OpenJFX's
     * {@code NativeLibLoader}); when the home folder is missing or not writable it prints "Can not
     * create cache at …" once per library, four lines on stderr, before falling back to the
     * temporary folder. The same fallback chosen here, through the {@code javafx.cachedir} property
     * it reads first, keeps stderr for the program's own words. A cache dir the user set is kept.
     */
    static void keepJavaFxCacheQuiet() {
        if (!System.getProperty("javafx.cachedir", "").isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(Path.of(System.getProperty("user.home", ""), ".openjfx", "cache"));
            return;
        } catch (IOException | RuntimeException e) {
            // Not writable, not a folder or not a path: the temporary folder takes the cache.
        }
        String user = System.getProperty("user.name", "anonymous");
        System.setProperty(
                "javafx.cachedir",
                Path.of(System.getProperty("java.io.tmpdir"), ".openjfx_" + user, "cache", "relu-lab")
                        .toString());
    }

    /** Drops JavaFX's warning that it runs from the class path (see {@link #JAVAFX}). */
    private static final class ClassPathWarningFilter implements Filter {
        @Override
        public boolean isLoggable(LogRecord record) {
            String message = record.getMessage();
            return message == null || !message.startsWith("Unsupported JavaFX configuration");
        }
    }

    /** One argument naming a file the window opens, rather than a command or an option. */
    static boolean opensInTheWindow(String[] args) {
        String name = args.length == 1 ? args[0].toLowerCase(java.util.Locale.ROOT) : "";
        return !name.startsWith("-") && (name.endsWith(".npy") || name.endsWith(".csv") || name.endsWith(".relulab"));
    }
}
