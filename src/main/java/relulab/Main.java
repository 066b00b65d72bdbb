package relulab;

import relulab.cli.ReluLabCommand;

/**
 * The program's entry point for {@code java -jar relu-lab.jar}.
 *
 * <p>With no arguments it opens the window; with arguments it runs a command-line command and
 * never starts JavaFX. It is a plain class, not an {@code Application}: a main class that
 * extends {@code Application}, started from a jar on the class path, fails with "JavaFX
 * runtime components are missing".
 *
 * <p>{@code --version} alone is answered here, before the command-line parser is built: the
 * parser's reflective model of every command costs several times the start-up of Java itself,
 * and a script asking for the version should not wait for it.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            javafx.application.Application.launch(relulab.ui.app.ReluLabApp.class, args);
        } else if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.out.println(ReluLabCommand.VERSION);
        } else {
            System.exit(ReluLabCommand.run(args));
        }
    }
}
