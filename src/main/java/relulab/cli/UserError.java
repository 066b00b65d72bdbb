package relulab.cli;

import relulab.io.MessageText;

/**
 * Turns any exception that reaches the command line into the one line the user reads.
 *
 * <p>Readers and the engine throw exceptions whose message already names the file and the
 * problem; this adds a fallback for those that carry no message, and makes every message safe
 * for a terminal ({@link MessageText#line}: escaped, and cut when it is very long), whatever
 * text from a file or an argument it quotes.
 */
final class UserError {

    private UserError() {
    }

    static String messageOf(Throwable ex) {
        if (ex instanceof OutOfMemoryError) {
            return MemoryBudget.outOfMemory();
        }
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            return ex.getClass().getSimpleName();
        }
        return MessageText.line(message);
    }
}
