package relulab.io.paste;

/**
 * Pasted text that is not a block of numbers. The message says what is wrong and where, in
 * words fit to show the user as they are (e.g. {@code row 3 has 4 values, row 1 has 3}).
 */
public final class PasteException extends Exception {

    private static final long serialVersionUID = 1L;

    public PasteException(String message) {
        super(message);
    }
}
