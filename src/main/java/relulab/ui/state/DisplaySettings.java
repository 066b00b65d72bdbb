package relulab.ui.state;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Window-wide display choices that every lesson follows.
 *
 * <p>Presentation mode is one root font size and full screen, set by the shell; lessons size
 * their text in {@code em} (or follow this property for what is drawn on a canvas) so the
 * whole window grows together.
 */
public final class DisplaySettings {

    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation", false);

    /** Larger type, full screen, for a projector. */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    public boolean isPresentation() {
        return presentation.get();
    }
}
