package relulab.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * A command of {@code relu-lab COMMAND [OPTIONS]}: its name, what {@code --help} says of it,
 * its options, and its work. Every command also takes {@code -h}/{@code --help} and
 * {@code -V}/{@code --version} ({@link Args#HELP}, {@link Args#VERSION}); the root
 * ({@link ReluLabCommand}) answers those, reports bad usage, and runs the rest.
 */
abstract class CliCommand {

    private final String name;
    private final String summary;
    private final List<String> description;
    private final List<Opt> options;
    private final List<String> footer;

    /**
     * @param name        what the user types
     * @param summary     what the program's --help says of the command, in one line
     * @param description what the command's --help says of it, paragraph by paragraph: each starts on
     *                    a new line and is wrapped as a whole ({@link Usage})
     * @param options     its options, in the order --help lists them
     * @param footer      lines --help prints after the options, such as the exit codes
     */
    CliCommand(String name, String summary, List<String> description, List<Opt> options, List<String> footer) {
        this.name = name;
        this.summary = summary;
        this.description = List.copyOf(description);
        this.options = List.copyOf(options);
        this.footer = List.copyOf(footer);
    }

    final String name() {
        return name;
    }

    final String summary() {
        return summary;
    }

    final List<String> description() {
        return description;
    }

    final List<Opt> options() {
        return options;
    }

    final List<String> footer() {
        return footer;
    }

    /**
     * Does the command's work and returns the exit code.
     *
     * @throws UsageError              when the options do not fit together ("--lr is required")
     * @throws IllegalArgumentException for a bad input, as one line for the user
     */
    abstract int run(Args args, PrintWriter out, PrintWriter err) throws Exception;
}
