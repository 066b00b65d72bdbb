package relulab.io.session;

import static relulab.io.session.SessionFormatException.reason;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.Locale;
import relulab.core.text.Reason;
import relulab.io.MessageText;

/**
 * Typed, checked access to the members of one JSON object of a session file.
 *
 * <p>Every getter either returns a value of the expected kind or throws a
 * {@link SessionFormatException} whose message names the member by its dotted path from the
 * top of the file ({@code dying.seed}) and says what was expected, so the user can find it.
 */
final class JsonFields {

    private final JsonObject object;
    private final String path;

    JsonFields(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    /** Whether the member is present (and not JSON null). */
    boolean has(String key) {
        JsonElement e = object.get(key);
        return e != null && !e.isJsonNull();
    }

    /** The member as an object. */
    JsonFields object(String key) throws SessionFormatException {
        JsonElement e = require(key);
        if (!e.isJsonObject()) {
            throw wrongKind(key, "expect.object", e);
        }
        return new JsonFields(e.getAsJsonObject(), name(key));
    }

    /** The member as a string. */
    String string(String key) throws SessionFormatException {
        JsonElement e = require(key);
        if (!(e instanceof JsonPrimitive p) || !p.isString()) {
            throw wrongKind(key, "expect.string", e);
        }
        return p.getAsString();
    }

    /** The member as a number, exactly as a double reads it. */
    double number(String key) throws SessionFormatException {
        return decimal(key).doubleValue();
    }

    /** The member as a whole number within [min, max]. */
    long whole(String key, long min, long max) throws SessionFormatException {
        BigDecimal d = decimal(key);
        long value;
        try {
            value = d.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw SessionFormatException.because("field.whole", name(key), cut(d.toString()));
        }
        if (value < min || value > max) {
            throw SessionFormatException.because(
                    "field.range", name(key), Long.toString(min), Long.toString(max), Long.toString(value));
        }
        return value;
    }

    /** The member as it is in the file. */
    JsonElement element(String key) throws SessionFormatException {
        return require(key);
    }

    /** The dotted path of a member, for messages. */
    String name(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private BigDecimal decimal(String key) throws SessionFormatException {
        JsonElement e = require(key);
        if (!(e instanceof JsonPrimitive p) || !p.isNumber()) {
            throw wrongKind(key, "expect.number", e);
        }
        try {
            return new BigDecimal(p.getAsString());
        } catch (NumberFormatException | ArithmeticException tooLarge) {
            throw SessionFormatException.because("field.beyondDouble", name(key), cut(p.getAsString()));
        }
    }

    private JsonElement require(String key) throws SessionFormatException {
        if (!has(key)) {
            throw SessionFormatException.because("field.missing", name(key));
        }
        return object.get(key);
    }

    private SessionFormatException wrongKind(String key, String expected, JsonElement found) {
        return SessionFormatException.because("field.kind", name(key), reason(expected), kindOf(found));
    }

    /** How a JSON value is described in a message: its kind, with a short quote of a primitive. */
    static Reason kindOf(JsonElement e) {
        if (e.isJsonObject()) {
            return reason("kind.object");
        }
        if (e.isJsonArray()) {
            return reason("kind.array");
        }
        if (e.isJsonNull()) {
            return reason("kind.null");
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        String quoted = cut(p.getAsString());
        return reason(p.isString() ? "kind.string" : p.isBoolean() ? "kind.boolean" : "kind.number", quoted);
    }

    /** A count as messages write it in every language: digits grouped with commas, {@code 1,048,576}. */
    static String grouped(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** Quotes from a file are cut to about 40 characters and escaped, so a message stays one safe line. */
    static String cut(String text) {
        return MessageText.escape(MessageText.cut(text, MessageText.QUOTE_LIMIT));
    }
}
