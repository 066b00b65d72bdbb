package relulab.ui.workbench;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.grid.ColorLegend;
import relulab.ui.shared.grid.ColorScope;
import relulab.ui.shared.grid.Palette;
import relulab.ui.shared.text.Messages;

/**
 * The sixth cell of the workbench's grid area, beside dx: the colour legend of the grids' scales
 * (with the limits of the hovered or shown slice), the palette and the scope of a colour scale
 * to choose, and a line of help. Both choices are the view model's, so a palette set elsewhere
 * (an opened session, Reset to defaults) shows here too. Ids: {@code palette}, {@code scope}.
 */
final class ColourPanel extends VBox {

    private static final Messages TEXT = Messages.of(ColourPanel.class);

    ColourPanel(WorkbenchViewModel model) {
        super(6);
        Label title = new Label(TEXT.get("legend.title"));
        title.getStyleClass().add("panel-title");
        ColorLegend legend = new ColorLegend();
        legend.paletteProperty().bind(model.paletteProperty());
        legend.hatchTextProperty()
                .bind(Bindings.createStringBinding(
                        () -> ActivationWords.changedGrid(
                                model.activationProperty().get()),
                        model.activationProperty()));
        legend.scalesProperty()
                .bind(Bindings.createObjectBinding(() -> model.results().scales(), model.resultsProperty()));
        legend.channelProperty()
                .bind(Bindings.createIntegerBinding(
                        () -> model.hoverProperty().get() != null
                                ? model.hoverProperty().get().d()
                                : model.depthProperty().get(),
                        model.hoverProperty(),
                        model.depthProperty()));

        SegmentedButton palettes = new SegmentedButton();
        palettes.setId("palette");
        for (Palette p : Palette.values()) {
            ToggleButton b = new ToggleButton(EnumLabels.label("palette", p));
            b.setUserData(p);
            b.setSelected(p == model.paletteProperty().get());
            palettes.getButtons().add(b);
        }
        palettes.getToggleGroup().selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one palette is always chosen
            } else {
                model.paletteProperty().set((Palette) now.getUserData());
            }
        });
        // A palette set elsewhere (an opened session, Reset to defaults) shows on the buttons too.
        model.paletteProperty()
                .addListener((o, was, is) -> palettes.getButtons().forEach(b -> b.setSelected(b.getUserData() == is)));
        ChoiceBox<ColorScope> scope = new ChoiceBox<>();
        scope.setId("scope");
        scope.getItems().addAll(ColorScope.values());
        scope.setConverter(EnumLabels.of("scope"));
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        FlowPane choices =
                new FlowPane(8, 4, row(TEXT.get("legend.palette"), palettes), row(TEXT.get("legend.scope"), scope));

        Label help = new Label(TEXT.get("legend.help"));
        help.getStyleClass().add("panel-explanation");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        help.managedProperty().bind(help.visibleProperty());
        getChildren().addAll(title, legend, choices, help);
        getStyleClass().addAll("grid-panel", "legend-panel");
        setMinSize(0, 0);
    }

    /** A control with its label before it. */
    private static HBox row(String text, Node control) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, label, control);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
