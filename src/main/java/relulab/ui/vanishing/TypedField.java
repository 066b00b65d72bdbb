package relulab.ui.vanishing;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * A text field beside a control, bound to one of the view model's properties: Enter or leaving
 * the field commits what was typed when {@code read} accepts it; anything else is marked
 * {@code :invalid}, {@link #errorProperty} says why (the text typed and the value kept), and the
 * value in use stays as it was. The seed, the depth and the input scale are typed here.
 *
 * @param <T> the value's type
 */
final class TypedField<T> extends TextField {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final Property<T> value;
    private final Function<String, Optional<T>> read;
    private final Function<T, String> write;
    private final BiFunction<String, String, String> refusal;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /**
     * @param value   the property the field shows and sets
     * @param read    the value typed, or empty when the text is not one the tab offers
     * @param write   the value as the field shows it
     * @param refusal the sentence for refused text: (text typed, value kept as written) → why
     * @param tooltip what to type
     */
    TypedField(
            Property<T> value,
            Function<String, Optional<T>> read,
            Function<T, String> write,
            BiFunction<String, String, String> refusal,
            String tooltip) {
        this.value = value;
        this.read = read;
        this.write = write;
        this.refusal = refusal;
        setText(write.apply(value.getValue()));
        setTooltip(new Tooltip(tooltip));
        value.addListener((obs, old, now) -> {
            setText(write.apply(now));
            markValid();
        });
        setOnAction(e -> commit());
        focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit();
            }
        });
    }

    private void commit() {
        String typed = getText().strip();
        Optional<T> v = read.apply(typed);
        if (v.isPresent()) {
            value.setValue(v.get());
            // the property may not have changed (the same value typed otherwise): show it as written
            setText(write.apply(value.getValue()));
            markValid();
        } else {
            pseudoClassStateChanged(INVALID, true);
            error.set(refusal.apply(typed, write.apply(value.getValue())));
        }
    }

    private void markValid() {
        pseudoClassStateChanged(INVALID, false);
        error.set("");
    }

    /** Why the text in the field is not the value in use, or "" when it is. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
