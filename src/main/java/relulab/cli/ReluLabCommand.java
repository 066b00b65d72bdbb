package relulab.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import relulab.io.MessageText;

/**
 * The root of the command line: {@code relu-lab COMMAND [OPTIONS]}.
 *
 * <p>This package is the only code that prints to the console. Every failure the user can
 * cause — bad usage, a malformed file, an impossible shape — ends as one line on stderr and
 * exit code 2, never as a stack trace; bad usage ({@link UsageError}) adds a hint to try
 * {@code --help}.
 *
 * <p>The commands declare their options as data ({@link Opt}) and read them through
 * {@link Args}: nothing is built by reflection, so a command starts its work a few
 * milliseconds after Java has started.
 */
public final class ReluLabCommand {

    /** Every command, in the order {@code --help} lists them. */
    static final List<CliCommand> COMMANDS = List.of(
            new ComputeCommand(), new DyingCommand(), new VanishingCommand(), new BenchCommand(), new RenderCommand());

    /** What {@code --version} prints. */
    public static final String VERSION = "ReLU Lab 1.0";

    /** How long a stopped command has to say what it did not finish: see {@link #run(String...)}. */
    static final long LAST_WORD_SECONDS = 5;

    /** Whether the command has begun writing its output files: see {@link #writingFiles}. */
    private static volatile boolean writing;

    /** Exit code for bad usage or bad input. */
    public static final int EXIT_USAGE = 2;

    private static final List<String> DESCRIPTION = List.of(
            "Teaches the ReLU layer of a neural network. With no command, opens the window;",
            "with a .npy, .csv or .relulab file, opens the window on it.");
    private static final String HELP_SUMMARY = "Shows the help of a command: relu-lab help COMMAND";

    private ReluLabCommand() {}

    /**
     * Runs the command line and returns the exit code, printing to the process's console.
     *
     * <p>A command stopped by the system (SIGTERM, Ctrl+C) while it writes its files still says
     * what it did not finish: the output's clean-up closes the files being written, so the
     * command fails at its next write and words that failure as any other. Once a command has
     * begun writing ({@link #writingFiles}), a shutdown hook waits, at most
     * {@value #LAST_WORD_SECONDS} s, for that line to be printed: without it, Java ends the
     * process as soon as the clean-up is done, most often before the line is out. A command
     * stopped before it writes ends at once, as before.
     */
    public static int run(String... args) {
        Charset console = Charset.defaultCharset();
        CountDownLatch said = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                if (writing) {
                                    said.await(LAST_WORD_SECONDS, TimeUnit.SECONDS);
                                }
                            } catch (InterruptedException e) {
                                // Java is ending the process; there is nothing left to wait for.
                            }
                        },
                        "relu-lab last word"));
        try {
            return run(
                    new PrintWriter(new OutputStreamWriter(System.out, console), true),
                    new PrintWriter(new OutputStreamWriter(System.err, console), true),
                    args);
        } finally {
            said.countDown();
        }
    }

    /**
     * Says that the command now writes its output files, whose failure it reports when the
     * process is stopped: see {@link #run(String...)}.
     */
    static void writingFiles() {
        writing = true;
    }

    /** Runs the command line with the given output and error writers; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            return dispatch(out, err, args);
        } catch (UsageError e) {
            err.println("relu-lab: " + UserError.messageOf(e) + " (try --help)");
            return EXIT_USAGE;
        } catch (Exception | OutOfMemoryError e) {
            err.println("relu-lab: " + UserError.messageOf(e));
            return EXIT_USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Says on stderr, in one line, why the window could not open (no display, say), and returns
     * the exit code for it.
     */
    public static int windowFailed(Throwable e) {
        System.err.println("relu-lab: " + windowFailure(e));
        return EXIT_USAGE;
    }

    /** The line that says why the window could not open, from JavaFX's exception and its causes. */
    static String windowFailure(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String commands = isDisplayProblem(root) ? "the commands need no display" : "the commands work without it";
        return "cannot open the window: " + UserError.messageOf(root) + " (" + commands + ": relu-lab --help)";
    }

    /**
     * Whether the window failed for want of a display (no {@code DISPLAY}, no GTK): only then does
     * the line point to the commands as the way that needs none; any other cause is named alone.
     */
    private static boolean isDisplayProblem(Throwable root) {
        String message = String.valueOf(root.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("display") || message.contains("gtk");
    }

    private static int dispatch(PrintWriter out, PrintWriter err, String... args) throws Exception {
        if (args.length == 0) {
            throw new UsageError("a command is required");
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "-h", "--help" -> {
                noMore(rest);
                out.print(Usage.ofProgram(DESCRIPTION, COMMANDS, HELP_SUMMARY));
                return 0;
            }
            case "-V", "--version" -> {
                noMore(rest);
                out.println(VERSION);
                return 0;
            }
            case "help" -> {
                if (rest.size() > 1) {
                    noMore(rest.subList(1, rest.size()));
                }
                out.print(
                        rest.isEmpty()
                                ? Usage.ofProgram(DESCRIPTION, COMMANDS, HELP_SUMMARY)
                                : Usage.of(named(rest.get(0))));
                return 0;
            }
            default -> {
                CliCommand command = named(args[0]);
                Args options = Args.parse(command.options(), rest);
                if (options.flag(Args.HELP.name())) {
                    out.print(Usage.of(command));
                    return 0;
                }
                if (options.flag(Args.VERSION.name())) {
                    out.println(VERSION);
                    return 0;
                }
                return command.run(options, out, err);
            }
        }
    }

    /** The command called {@code name}. */
    private static CliCommand named(String name) {
        List<String> names = new ArrayList<>();
        for (CliCommand c : COMMANDS) {
            if (c.name().equals(name)) {
                return c;
            }
            names.add(c.name());
        }
        if (name.startsWith("-")) {
            throw new UsageError(Args.unknown(name, Args.standardNames()));
        }
        throw new UsageError("Unknown command: " + MessageText.quote(name) + Args.suggestion(name, names));
    }

    private static void noMore(List<String> words) {
        if (!words.isEmpty()) {
            throw new UsageError("Unexpected argument: " + MessageText.quote(words.get(0)));
        }
    }
}
