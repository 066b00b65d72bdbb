package relulab.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the command line: {@code relu-lab COMMAND [OPTIONS]}.
 *
 * <p>This package is the only code that prints to the console. Every failure the user can
 * cause — bad usage, a malformed file, an impossible shape — ends as one line on stderr and
 * exit code 2, never as a stack trace.
 */
@Command(name = "relu-lab",
        mixinStandardHelpOptions = true,
        version = ReluLabCommand.VERSION,
        description = "Teaches the ReLU layer of a neural network. With no command, opens the window.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ComputeCommand.class,
                DyingCommand.class,
                VanishingCommand.class,
                BenchCommand.class})
public final class ReluLabCommand implements Runnable {

    /** What {@code --version} prints. */
    public static final String VERSION = "ReLU Lab 1.0";

    /** Exit code for bad usage or bad input. */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Runs the command line and returns the exit code, printing to the process's console. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output and error writers; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new ReluLabCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            err.println("relu-lab: " + UserError.messageOf(ex) + " (try --help)");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("relu-lab: " + UserError.messageOf(ex));
            return EXIT_USAGE;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler above; an Error would end in a stack trace.
            err.println("relu-lab: " + UserError.messageOf(e));
            return EXIT_USAGE;
        }
    }
}
