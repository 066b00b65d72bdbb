package relulab.ui.shared;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Tooltip;
import relulab.core.GradientAtZero;
import relulab.ui.shared.text.Messages;

/**
 * The switch for ReLU'(0): three joined buttons "0", "½", "1" bound both ways to a property
 * (normally {@code LabState.gradientAtZeroProperty()}), so every switch in the window shows the
 * same choice. Button ids are {@code relu-prime-zero-zero}, {@code -half}, {@code -one}.
 */
public final class GradientAtZeroSwitch extends OneOfSwitch<GradientAtZero> {

    public GradientAtZeroSwitch(ObjectProperty<GradientAtZero> choice) {
        super(choice, List.of(GradientAtZero.values()), GradientAtZero::label, "relu-prime-zero");
        getStyleClass().add("gradient-at-zero-switch");
        getStylesheets()
                .add(GradientAtZeroSwitch.class.getResource("shared.css").toExternalForm());
        Messages words = Messages.of(GradientAtZeroSwitch.class);
        getButtons()
                .forEach(button -> button.setTooltip(new Tooltip(words.format(
                        button.getUserData() == GradientAtZero.ZERO
                                ? "gradientAtZero.tooltip.ZERO"
                                : "gradientAtZero.tooltip",
                        button.getText()))));
    }
}
