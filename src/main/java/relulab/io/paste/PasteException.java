package relulab.io.paste;

import relulab.io.MessageText;

/**
 * Pasted text that is not a block of numbers. The message says what is wrong and where, in
 * words fit to show the user as they are (e.g. {@code row 3 has 4 values, row 1 has 3}):
 * whatever pasted text it quotes, it is escaped and cut by {@link MessageText#line}.
 */
public final class PasteException extends Exception {

    private static final long serialVersionUID = 1L;

    public PasteException(String message) {
        super(MessageText.line(message));
    }
}
