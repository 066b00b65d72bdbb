package relulab.io.session;

import static relulab.io.session.SessionFormatException.reason;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.function.Function;
import relulab.core.text.RefusedArgument;
import relulab.io.MessageText;

/**
 * Typed, checked reading of one part of a session (a lesson's settings), for the part's codec.
 *
 * <p>Every getter returns a value of the expected kind or throws a {@link RefusedArgument}
 * (an {@link IllegalArgumentException}) whose one line names the member by its dotted path
 * ({@code dying.seed}) and says what was expected, as the rest of a session file is read; a
 * window says its reason in its own language.
 */
public final class PartFields {

    private final JsonFields fields;

    private PartFields(JsonFields fields) {
        this.fields = fields;
    }

    /**
     * The part kept under {@code key}, which must be a JSON object.
     *
     * @throws RefusedArgument when it is not
     */
    public static PartFields of(String key, JsonElement json) {
        JsonObject holder = new JsonObject();
        holder.add(key, json);
        return new PartFields(checked(() -> new JsonFields(holder, "").object(key)));
    }

    /** The member as a string that is not blank. */
    public String string(String key) {
        String s = checked(() -> fields.string(key));
        if (s.isBlank()) {
            throw new RefusedArgument(reason("field.empty", fields.name(key)), null);
        }
        return s;
    }

    /**
     * The member as one of a menu's choices, read by {@code parse}, which throws an
     * {@link IllegalArgumentException} naming the choices for a text it does not know. The
     * refusal {@linkplain MessageText#quote quotes} the text as every message quotes what came
     * from outside, so five thousand characters or a newline in a session never hide the reason:
     * {@code dying.dataset 'spirals': unknown dataset (expected spiral, circles, xor or gaussians)}.
     */
    public <T> T choice(String key, Function<String, T> parse) {
        String text = string(key);
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw new RefusedArgument(
                    reason(
                            "field.choice",
                            fields.name(key),
                            MessageText.quote(text),
                            SessionFormatException.reasonOf(e)),
                    e);
        }
    }

    /** The member as a number, exactly as a double reads it. */
    public double number(String key) {
        return checked(() -> fields.number(key));
    }

    /** The member as a whole number within [min, max]. */
    public long whole(String key, long min, long max) {
        return checked(() -> fields.whole(key, min, max));
    }

    private interface Read<T> {
        T get() throws SessionFormatException;
    }

    private static <T> T checked(Read<T> read) {
        try {
            return read.get();
        } catch (SessionFormatException e) {
            throw new RefusedArgument(e.reason(), e);
        }
    }
}
