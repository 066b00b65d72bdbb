package relulab.cli;

/**
 * Turns any exception that reaches the command line into the one line the user reads.
 *
 * <p>Readers and the engine throw exceptions whose message already names the file and the
 * problem; this only adds a fallback for those that carry no message.
 */
final class UserError {

    private UserError() {
    }

    static String messageOf(Throwable ex) {
        if (ex instanceof OutOfMemoryError) {
            return "not enough memory for this input";
        }
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            return ex.getClass().getSimpleName();
        }
        return message.replace('\n', ' ');
    }
}
