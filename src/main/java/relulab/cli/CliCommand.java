package relulab.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * A command of {@code relu-lab COMMAND [OPTIONS]}: its name, what {@code --help} says of it,
 * its options, and its work. Every command also takes {@code -h}/{@code --help} and
 * {@code -V}/{@code --version} ({@link Args#HELP}, {@link Args#VERSION}); the root
 * ({@link ReluLabCommand}) answers those, reports bad usage, and runs the rest.
 */
interface CliCommand {

    String name();

    /** What the program's --help says of the command, in one line. */
    String summary();

    /** What the command's --help says of it, line by line (a line that is too long is wrapped). */
    List<String> description();

    /** Its options, in the order --help lists them. */
    List<Opt> options();

    /** Lines --help prints after the options, such as the exit codes; none by default. */
    default List<String> footer() {
        return List.of();
    }

    /**
     * Does the command's work and returns the exit code.
     *
     * @throws UsageError              when the options do not fit together ("--lr is required")
     * @throws IllegalArgumentException for a bad input, as one line for the user
     */
    int run(Args args, PrintWriter out, PrintWriter err) throws Exception;
}
