package relulab.ui.app.keep;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.stage.Window;
import relulab.Main;

/**
 * The program's own start, in a process of its own for {@link StartPathTest}: runs
 * {@link Main} with no arguments as {@code relu-lab} does, and prints {@value #STARTED} and exits once a
 * window is showing and its FX thread still answers two seconds later (the last run continued).
 */
public final class StartChild {

    static final String STARTED = "started";

    private StartChild() {}

    public static void main(String[] args) throws Exception {
        Thread app = new Thread(() -> Main.main(new String[0]), "launcher");
        app.setDaemon(true);
        app.start();
        while (!answers(true)) {
            Thread.sleep(200);
        }
        Thread.sleep(2000);
        if (answers(true)) {
            System.out.println(STARTED);
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }

    /** Whether the FX thread answers within a second that a window is showing. */
    private static boolean answers(boolean showing) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        try {
            Platform.runLater(
                    () -> answer.complete(Window.getWindows().stream().anyMatch(Window::isShowing) == showing));
        } catch (IllegalStateException notStartedYet) {
            return false;
        }
        try {
            return answer.get(1, TimeUnit.SECONDS);
        } catch (TimeoutException blocked) {
            return false;
        }
    }
}
