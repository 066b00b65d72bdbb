package relulab.cli;

/**
 * Bad usage of the command line: an unknown option, a missing value, a value that is not a
 * number, options that do not go together. The user reads its message with a hint to try
 * {@code --help}, which other errors (a bad file, say) do not get.
 */
final class UsageError extends IllegalArgumentException {

    UsageError(String message) {
        super(message);
    }
}
