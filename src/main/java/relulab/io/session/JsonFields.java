package relulab.io.session;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
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
            throw wrongKind(key, "an object {…}", e);
        }
        return new JsonFields(e.getAsJsonObject(), name(key));
    }

    /** The member as a string. */
    String string(String key) throws SessionFormatException {
        JsonElement e = require(key);
        if (!(e instanceof JsonPrimitive p) || !p.isString()) {
            throw wrongKind(key, "a string", e);
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
            throw new SessionFormatException(name(key) + " must be a whole number, got " + cut(d.toString()));
        }
        if (value < min || value > max) {
            throw new SessionFormatException(name(key) + " must be " + min + " to " + max + ", got " + value);
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
            throw wrongKind(key, "a number", e);
        }
        try {
            return new BigDecimal(p.getAsString());
        } catch (NumberFormatException | ArithmeticException tooLarge) {
            throw new SessionFormatException(name(key) + " is a number beyond any double: " + cut(p.getAsString()));
        }
    }

    private JsonElement require(String key) throws SessionFormatException {
        if (!has(key)) {
            throw new SessionFormatException("\"" + name(key) + "\" is missing");
        }
        return object.get(key);
    }

    private SessionFormatException wrongKind(String key, String expected, JsonElement found) {
        return new SessionFormatException(name(key) + " must be " + expected + ", got " + kindOf(found));
    }

    /** How a JSON value is described in a message: its kind, with a short quote of a primitive. */
    static String kindOf(JsonElement e) {
        if (e.isJsonObject()) {
            return "an object";
        }
        if (e.isJsonArray()) {
            return "an array";
        }
        if (e.isJsonNull()) {
            return "null";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        String quoted = cut(p.getAsString());
        return p.isString() ? "the string \"" + quoted + "\"" : p.isBoolean() ? quoted : "the number " + quoted;
    }

    /** Quotes from a file are cut to about 40 characters and escaped, so a message stays one safe line. */
    static String cut(String text) {
        return MessageText.escape(MessageText.cut(text, MessageText.QUOTE_LIMIT));
    }
}
