package relulab.ui.vanishing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import relulab.core.Activation;
import relulab.train.vanishing.GradientProfile;
import relulab.train.vanishing.Initialisation;
import relulab.train.vanishing.VanishingExperiment;
import relulab.ui.lesson.PresentationRoles;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.DisplaySettings;

/**
 * The charts' legend, one entry per member of the family with its colour and its initialisation
 * ("GELU (He)", by its short name: the entries share a row with the chart): clicking an entry
 * shows or hides the member's line, bars and sentences. The chapter's three are shown when the
 * tab opens, so its comparison stays readable; a line under the entries says that they can be
 * clicked and which initialisation each gets (folded away in presentation mode).
 */
final class FamilyLegend extends VBox {

    private static final Messages WORDS = Messages.of(FamilyLegend.class);

    private final List<ToggleButton> entries = new ArrayList<>();

    FamilyLegend(VanishingViewModel viewModel, DisplaySettings display) {
        super(2);
        FlowPane row = new FlowPane(6, 4);
        row.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < VanishingExperiment.FAMILY.size(); i++) {
            Activation f = VanishingExperiment.FAMILY.get(i);
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", VanishingView.memberStyle(i));
            ToggleButton entry = new ToggleButton("", swatch);
            entry.setId("vanishing-legend-" + f.id());
            entry.getStyleClass().add("legend-entry");
            entry.setTooltip(new Tooltip(WORDS.get("legend.tooltip")));
            entry.selectedProperty().bindBidirectional(viewModel.shownProperty(i));
            entries.add(entry);
            row.getChildren().add(entry);
        }
        Label hint = new Label(WORDS.get("legend.hint"));
        hint.setId("vanishing-legend-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("caption");
        PresentationRoles.explanation(hint, display);
        getChildren().addAll(row, hint);
        getStyleClass().add("family-legend");
        viewModel.profilesProperty().addListener((obs, old, now) -> name(viewModel));
        viewModel.initProperty().addListener((obs, old, now) -> name(viewModel));
        name(viewModel);
    }

    /** Each entry's text: the member and the initialisation its line was (or will be) drawn with. */
    private void name(VanishingViewModel viewModel) {
        List<GradientProfile> profiles = viewModel.profiles();
        for (int i = 0; i < entries.size(); i++) {
            Activation f = VanishingExperiment.FAMILY.get(i);
            Initialisation init = profiles.size() == entries.size()
                    ? profiles.get(i).init()
                    : viewModel.initProperty().get().forActivation(f);
            entries.get(i)
                    .setText(WORDS.format(
                            "chart.series", ActivationWords.shortName(f), WORDS.get("initialisation." + init.name())));
        }
    }
}
