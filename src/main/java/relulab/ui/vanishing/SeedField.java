package relulab.ui.vanishing;

import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import relulab.ui.shared.text.Messages;

/**
 * A text field for the seed, bound to a long property: Enter or leaving the field commits a whole
 * number; anything else is marked {@code :invalid}, {@link #errorProperty} says why, and the
 * seed in use stays as it was.
 */
final class SeedField extends TextField {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final Messages WORDS = Messages.of(SeedField.class);

    private final LongProperty seed;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    SeedField(LongProperty seed) {
        this.seed = seed;
        setId("vanishing-seed");
        setPrefColumnCount(7);
        setText(Long.toString(seed.get()));
        setTooltip(new Tooltip(WORDS.get("seed.tooltip")));
        seed.addListener((obs, old, now) -> {
            setText(Long.toString(now.longValue()));
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
        try {
            seed.set(Long.parseLong(getText().strip()));
            markValid();
        } catch (NumberFormatException e) {
            pseudoClassStateChanged(INVALID, true);
            error.set(WORDS.format("seed.error", getText().strip(), Long.toString(seed.get())));
        }
    }

    private void markValid() {
        pseudoClassStateChanged(INVALID, false);
        error.set("");
    }

    /** Why the text in the field is not the seed in use, or "" when it is. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
