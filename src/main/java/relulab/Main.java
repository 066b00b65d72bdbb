package relulab;

import relulab.cli.ReluLabCommand;

/**
 * The program's entry point for {@code java -jar relu-lab.jar}.
 *
 * <p>With no arguments it opens the window; with one file that the window opens ({@code .npy},
 * {@code .csv} or a {@code .relulab} session) it opens the window on that file; with other
 * arguments it runs a command-line command and never starts JavaFX. It is a plain class, not an {@code Application}: a main class that
 * extends {@code Application}, started from a jar on the class path, fails with "JavaFX
 * runtime components are missing".
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || opensInTheWindow(args)) {
            javafx.application.Application.launch(relulab.ui.app.ReluLabApp.class, args);
        } else {
            System.exit(ReluLabCommand.run(args));
        }
    }

    /** One argument naming a file the window opens, rather than a command or an option. */
    static boolean opensInTheWindow(String[] args) {
        String name = args.length == 1 ? args[0].toLowerCase(java.util.Locale.ROOT) : "";
        return !name.startsWith("-") && (name.endsWith(".npy") || name.endsWith(".csv") || name.endsWith(".relulab"));
    }
}
