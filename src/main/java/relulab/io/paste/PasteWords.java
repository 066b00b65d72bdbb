package relulab.io.paste;

import relulab.core.text.Reason;

/**
 * The words of a paste's refusals, as {@link Reason}s from this package's
 * {@code messages.properties}: the command line says them in English, the window in its own
 * language. A place in the block ("slice 2, row 1, column 3") is built from its parts, so each
 * language names rows and columns its own way; counts and shapes come as text, as the English
 * line printed them.
 */
final class PasteWords {

    private PasteWords() {}

    /** The message {@code key} of this package with {@code args} (text, or reasons). */
    static Reason reason(String key, Object... args) {
        return Reason.of(PasteWords.class, key, args);
    }

    /** "row 3": {@code name} is column, row, slice or block; {@code number} counts from 1. */
    static Reason place(String name, int number) {
        return reason("place." + name, String.valueOf(number));
    }

    /** "row 2, column 3": {@code inner} inside {@code outer}. */
    static Reason then(Reason outer, Reason inner) {
        return reason("place.then", outer, inner);
    }

    /** "1 value", "4 values". */
    static Reason values(int n) {
        return n == 1 ? reason("count.value") : reason("count.values", String.valueOf(n));
    }

    /** "1 row", "3 rows". */
    static Reason rows(int n) {
        return n == 1 ? reason("count.row") : reason("count.rows", String.valueOf(n));
    }
}
