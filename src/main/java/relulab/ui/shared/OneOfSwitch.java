package relulab.ui.shared;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import org.controlsfx.control.SegmentedButton;

/**
 * Joined buttons that pick one value of a list, bound both ways to a property: selecting a button
 * sets the property, setting the property selects its button. One button is always selected —
 * clicking the selected one keeps it, as a radio choice should.
 *
 * @param <T> the type of the choices; each button's id is {@code idPrefix + "-" + name}
 */
public class OneOfSwitch<T> extends SegmentedButton {

    private final ObjectProperty<T> choice;

    public OneOfSwitch(ObjectProperty<T> choice, List<T> values, Function<T, String> label, String idPrefix) {
        this.choice = choice;
        for (T value : values) {
            ToggleButton button = new ToggleButton(label.apply(value));
            button.setUserData(value);
            button.setId(idPrefix + "-" + value.toString().toLowerCase(Locale.ROOT));
            getButtons().add(button);
        }
        select(choice.get());
        getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) now.getUserData();
                choice.set(value);
            }
        });
        choice.addListener((obs, old, now) -> select(now));
    }

    private void select(T value) {
        for (Toggle button : getButtons()) {
            if (button.getUserData().equals(value)) {
                button.setSelected(true);
            }
        }
    }

    /** The choice this switch shows and sets. */
    public T value() {
        return choice.get();
    }
}
