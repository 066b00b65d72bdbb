package relulab.ui.workbench;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The toolbar's drawn icons: a region whose outline workbench.css gives as an SVG path
 * ({@code -fx-shape}, sized in em and filled with the text colour, so it grows in presentation
 * mode and follows the theme like the words beside it). A control that shows only an icon
 * carries its name as its accessible text and in its tooltip, so it is named on screen, to a
 * screen reader and in every language; the icon itself holds no word to translate or cut.
 */
final class ToolbarIcons {

    private ToolbarIcons() {}

    /** The icon {@code name}: style classes {@code toolbar-icon} and {@code icon-<name>}. */
    static Region icon(String name) {
        Region icon = new Region();
        icon.getStyleClass().addAll("toolbar-icon", "icon-" + name);
        return icon;
    }

    /**
     * Shows only {@code name}'s icon on {@code control}, named {@code accessible} to screen
     * readers; the caller gives it a tooltip that says the same and more.
     */
    static <T extends Labeled> T iconOnly(T control, String name, String accessible) {
        control.setGraphic(icon(name));
        control.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        control.setAccessibleText(accessible);
        control.getStyleClass().add("icon-button");
        return control;
    }

    /**
     * A label that is only {@code name}'s icon, standing for the control {@code labelled}: it
     * shows that control's tooltip text too, so pointing at the picture explains it.
     */
    static Label iconLabel(String name, Control labelled) {
        Label label = new Label();
        label.setGraphic(icon(name));
        label.setLabelFor(labelled);
        label.setAccessibleText(labelled.getAccessibleText());
        if (labelled.getTooltip() != null) {
            label.setTooltip(new Tooltip(labelled.getTooltip().getText()));
        }
        label.getStyleClass().add("icon-label");
        return label;
    }
}
