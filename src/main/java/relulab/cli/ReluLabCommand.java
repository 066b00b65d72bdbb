package relulab.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the command line: {@code relu-lab COMMAND [OPTIONS]}.
 *
 * <p>This package is the only code that prints to the console. Every failure the user can
 * cause — bad usage, a malformed file, an impossible shape — ends as one line on stderr and
 * exit code 2, never as a stack trace.
 *
 * <p>The commands are listed in {@link #COMMANDS}, not in the annotation: picocli builds its
 * model of a command by reflection, which costs about 0.1 s for the commands not being run, so
 * a run that names its command registers that one only. {@code --help}, {@code help} and a
 * mistyped command get all of them.
 */
@Command(name = "relu-lab",
        mixinStandardHelpOptions = true,
        version = ReluLabCommand.VERSION,
        description = "Teaches the ReLU layer of a neural network. With no command, opens the window.",
        subcommands = CommandLine.HelpCommand.class)
public final class ReluLabCommand implements Runnable {

    /** Every command, in the order {@code --help} lists them. */
    static final List<Class<?>> COMMANDS = List.of(
            ComputeCommand.class,
            DyingCommand.class,
            VanishingCommand.class,
            BenchCommand.class,
            RenderCommand.class);

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
        String named = args.length == 0 ? null : commandNamed(args[0]);
        for (Class<?> command : COMMANDS) {
            if (named == null || named.equals(nameOf(command))) {
                cli.addSubcommand(command);
            }
        }
        cli.setOut(out);
        cli.setErr(err);
        // Anonymous classes, not lambdas: the first lambda of a run costs tens of milliseconds
        // of start-up (the invoke machinery), a good part of a short command's time.
        cli.setParameterExceptionHandler(new CommandLine.IParameterExceptionHandler() {
            @Override
            public int handleParseException(CommandLine.ParameterException ex, String[] arguments) {
                err.println("relu-lab: " + UserError.messageOf(ex) + " (try --help)");
                return EXIT_USAGE;
            }
        });
        cli.setExecutionExceptionHandler(new CommandLine.IExecutionExceptionHandler() {
            @Override
            public int handleExecutionException(Exception ex, CommandLine commandLine,
                    CommandLine.ParseResult parseResult) {
                err.println("relu-lab: " + UserError.messageOf(ex));
                return EXIT_USAGE;
            }
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler above; an Error would end in a stack trace.
            err.println("relu-lab: " + UserError.messageOf(e));
            return EXIT_USAGE;
        }
    }

    /** {@code word} when it is the name of one of the {@link #COMMANDS}, else null. */
    private static String commandNamed(String word) {
        for (Class<?> command : COMMANDS) {
            if (nameOf(command).equals(word)) {
                return word;
            }
        }
        return null;
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }
}
