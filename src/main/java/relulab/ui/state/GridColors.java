package relulab.ui.state;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import relulab.ui.shared.grid.ColorScope;
import relulab.ui.shared.grid.Palette;

/**
 * How every grid of the window is coloured: one palette and one scope of the colour scale,
 * shared by the grids and the figures exported from them. The shell keeps them in sessions and
 * remembers them between runs; a lesson binds its grids to these properties.
 */
public final class GridColors {

    /** The two choices as one immutable value, as sessions keep them. */
    public record Choice(Palette palette, ColorScope scope) {

        /** The colours the window opens with. */
        public static final Choice DEFAULT = new Choice(Palette.BLUE_RED, ColorScope.FORWARD_BACKWARD);
    }

    private final ObjectProperty<Palette> palette =
            new SimpleObjectProperty<>(this, "palette", Choice.DEFAULT.palette());
    private final ObjectProperty<ColorScope> scope = new SimpleObjectProperty<>(this, "scope", Choice.DEFAULT.scope());

    /** The grids' palette. */
    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** Whether the colour scale spans the whole tensor or each slice. */
    public ObjectProperty<ColorScope> scopeProperty() {
        return scope;
    }

    /** Both choices now. */
    public Choice choice() {
        return new Choice(palette.get(), scope.get());
    }

    /** Takes both choices. */
    public void apply(Choice c) {
        palette.set(c.palette());
        scope.set(c.scope());
    }
}
