package relulab.ui.state;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import relulab.train.TrainingConfig;
import relulab.train.vanishing.DepthSettings;
import relulab.ui.shared.grid.ColorScope;
import relulab.ui.shared.grid.Palette;

/**
 * The lessons' own settings that a session keeps, in one place the window can read and set
 * without knowing the lessons: the grids' colours, the dying-ReLU network and the
 * vanishing-gradient stack.
 *
 * <p>A lesson links its view model to its property when it builds its view: it takes the
 * value held here (an opened session may have set it before the lesson was ever shown),
 * publishes every change the user makes, and follows every value set here later. A property
 * stays null until its lesson or a session gives it a value. Values are immutable records
 * or enums, so a change event means a real change.
 */
public final class LessonSettings {

    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.BLUE_RED);
    private final ObjectProperty<ColorScope> scope = new SimpleObjectProperty<>(this, "scope", ColorScope.FORWARD_BACKWARD);
    private final ObjectProperty<TrainingConfig> dying = new SimpleObjectProperty<>(this, "dying");
    private final ObjectProperty<DepthSettings> vanishing = new SimpleObjectProperty<>(this, "vanishing");

    /** The grids' palette, shared by every grid and the figures exported from them. */
    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** Whether the colour scale spans the whole tensor or each slice. */
    public ObjectProperty<ColorScope> scopeProperty() {
        return scope;
    }

    /** The dying-ReLU lesson's network and training, or null before it has any. */
    public ObjectProperty<TrainingConfig> dyingProperty() {
        return dying;
    }

    /** The vanishing-gradient lesson's stack, or null before it has any. */
    public ObjectProperty<DepthSettings> vanishingProperty() {
        return vanishing;
    }

    /**
     * Links a lesson's view model to its part: the view model takes the value held (if any),
     * the part follows every change of {@code changes}, and the view model every later value.
     *
     * @param part    the lesson's property here
     * @param current the view model's settings now
     * @param apply   gives the view model other settings
     * @param changes the view model's properties whose change changes its settings
     */
    public static <T> void link(ObjectProperty<T> part, Supplier<T> current, Consumer<T> apply, Observable... changes) {
        if (part.get() != null) {
            apply.accept(part.get());
        }
        part.set(current.get());
        for (Observable o : changes) {
            o.addListener(x -> part.set(current.get()));
        }
        part.addListener((o, was, is) -> {
            if (is != null && !is.equals(current.get())) {
                apply.accept(is);
            }
        });
    }
}
