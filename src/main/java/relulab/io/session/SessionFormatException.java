package relulab.io.session;

/**
 * What is wrong inside a session file, before the file's name is put in front of it: thrown
 * while the JSON is read and turned into a {@link SessionFileException} by {@link SessionFiles}.
 */
final class SessionFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    SessionFormatException(String problem) {
        super(problem);
    }
}
