package relulab.ui.dying;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import relulab.ui.shared.text.Messages;

/**
 * The "Remedies side by side" view: the {@link RemedyRuns remedies} of the current settings as
 * three decision-region pictures, each captioned with its activation and rate (the one as set
 * marked) and the figures that tell them apart (accuracy, silent share per layer, divergence),
 * under a verdict from {@link RemedySentences}.
 */
final class RemediesPane extends VBox {

    private static final Messages WORDS = Messages.of(RemediesPane.class);

    private final HBox remedies = new HBox(12);
    private final Label verdict = new Label();

    RemediesPane(DyingViewModel vm) {
        super(6);
        remedies.setId("dying-remedies");
        remedies.setPadding(new Insets(8, 0, 0, 0));
        Label text = new Label(WORDS.get("remedies.text"));
        text.setWrapText(true);
        verdict.setId("dying-remedies-verdict");
        verdict.setWrapText(true);
        verdict.setMinHeight(Label.USE_PREF_SIZE);
        getChildren().addAll(text, verdict, remedies);
        VBox.setVgrow(remedies, Priority.ALWAYS);
        setPadding(new Insets(6, 0, 0, 0));
        vm.remediesProperty().addListener((o, was, now) -> show(now));
    }

    private void show(List<Remedy> runs) {
        remedies.getChildren().clear();
        verdict.setText(RemedySentences.verdict(runs));
        for (Remedy r : runs) {
            DecisionView view = new DecisionView(200);
            view.show(r.run().data(), r.regions(), null, null);
            Label title = new Label(RemedySentences.caption(r));
            title.getStyleClass().add("data-title");
            title.setWrapText(true);
            title.setMinHeight(Label.USE_PREF_SIZE);
            Label figures = new Label(RunSentences.remedyFigures(r.run()));
            figures.setWrapText(true);
            VBox box = new VBox(4, title, figures, view);
            VBox.setVgrow(view, Priority.ALWAYS);
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setPrefWidth(10);
            box.getStyleClass().add("remedy");
            remedies.getChildren().add(box);
        }
    }
}
