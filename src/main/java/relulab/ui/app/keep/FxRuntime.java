package relulab.ui.app.keep;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Runs work on the JavaFX thread from a program that has no window, such as a command: the
 * first call starts the toolkit, on the headless Monocle platform unless the process already
 * chose one, so no display is needed at all.
 */
final class FxRuntime {

    /** JavaFX's own logger, kept so that its level holds: see {@link #start()}. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private static boolean started;

    private FxRuntime() {}

    /**
     * Runs {@code work} on the FX thread and returns its result, starting JavaFX if needed. What
     * the work throws is thrown here as it is, an {@link Error} such as {@link OutOfMemoryError}
     * too, so that the caller words it as it words its own.
     */
    static <T> T call(Supplier<T> work) throws Exception {
        start();
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        // Only where nobody chose a platform: a test run or a window keeps its own.
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
            // JavaFX warns that it runs from the class path, which is how this jar runs it on
            // purpose; a command's stderr is for the user's errors only.
            JAVAFX_LOG.setLevel(Level.SEVERE);
        }
        CompletableFuture<Void> ready = new CompletableFuture<>();
        try {
            Platform.startup(() -> ready.complete(null));
            ready.join();
        } catch (IllegalStateException alreadyRunning) {
            // A window or a test started JavaFX already; its thread serves us as well.
        }
        Platform.setImplicitExit(false);
        started = true;
    }
}
