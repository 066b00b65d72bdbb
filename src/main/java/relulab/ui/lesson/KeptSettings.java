package relulab.ui.lesson;

import com.google.gson.JsonElement;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The part of a lesson's state that a session keeps, stored in the session under {@link #key()}.
 *
 * <p>The lesson object (made at start-up) owns it, so a session opened before the lesson was ever
 * shown still reaches it: the value waits here until the lesson's view model {@link #link links}
 * to it. The shell knows only this type: it writes every part that has a value, checks every part
 * of an opened session with {@link #prepare} before anything changes, then applies them all, and
 * watches {@link #valueProperty()} for unsaved changes.
 *
 * @param <T> an immutable value (a record or an enum), so a change event means a real change
 */
public final class KeptSettings<T> {

    /** How a part is written to and read from a session's JSON. */
    public interface Codec<T> {

        JsonElement toJson(T value);

        /**
         * Reads and checks a part against everything the lesson offers (choices, ranges, sizes).
         *
         * @throws IllegalArgumentException with one line for the user, naming the field and what
         *                                  the lesson accepts
         */
        T fromJson(JsonElement json);
    }

    private final String key;
    private final Codec<T> codec;
    private final ObjectProperty<T> value = new SimpleObjectProperty<>(this, "value");

    /**
     * @param key   the member of the session that holds this part, e.g. {@code "dying"}
     * @param codec its JSON form and validation
     */
    public KeptSettings(String key, Codec<T> codec) {
        this.key = Objects.requireNonNull(key, "key");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    public String key() {
        return key;
    }

    /** The value kept, null until the lesson or a session gives it one. */
    public ReadOnlyObjectProperty<T> valueProperty() {
        return value;
    }

    /** The part as JSON, or null while there is no value. */
    public JsonElement write() {
        T v = value.get();
        return v == null ? null : codec.toJson(v);
    }

    /**
     * Checks a session's part now and returns what puts it in place later, so a session is
     * refused whole or applied whole.
     *
     * @throws IllegalArgumentException when the lesson does not offer the part's values
     */
    public Runnable prepare(JsonElement json) {
        T read = codec.fromJson(json);
        return () -> value.set(read);
    }

    /** Sets the value, as a session or a test would. */
    public void set(T newValue) {
        value.set(newValue);
    }

    /**
     * Links a lesson's view model to this part: the view model takes the value held (if any),
     * the part follows every change of {@code changes}, and the view model every later value.
     *
     * @param current the view model's settings now
     * @param apply   gives the view model other settings
     * @param changes the view model's properties whose change changes its settings
     */
    public void link(Supplier<T> current, Consumer<T> apply, Observable... changes) {
        if (value.get() != null) {
            apply.accept(value.get());
        }
        value.set(current.get());
        for (Observable o : changes) {
            o.addListener(x -> value.set(current.get()));
        }
        value.addListener((o, was, is) -> {
            if (is != null && !is.equals(current.get())) {
                apply.accept(is);
            }
        });
    }
}
