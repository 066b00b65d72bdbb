package relulab.ui.shared;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** Buttons made the one way the lessons make them: a node id for tests, a tooltip that says more, an action. */
public final class Buttons {

    private Buttons() {}

    /** A button with the given id, label and tooltip, running {@code action} when pressed. */
    public static Button of(String id, String text, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
