package relulab.ui.dying;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import relulab.ui.lesson.PresentationRoles;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.DisplaySettings;

/**
 * The "Remedies side by side" view: the {@link RemedyRuns remedies} of the current settings as
 * three decision-region pictures, each captioned with its activation and rate (the one as set
 * marked) and the figures that tell them apart (accuracy, silent share per layer, divergence),
 * under a verdict from {@link RemedySentences}.
 */
final class RemediesPane extends VBox {

    private static final Messages WORDS = Messages.of(RemediesPane.class);

    /** Three pictures a row, so five of them stay as large as three were in one row. */
    private static final int COLUMNS = 3;

    private final GridPane remedies = new GridPane();
    private final Label verdict = new Label();

    RemediesPane(DyingViewModel vm, DisplaySettings display) {
        super(6);
        remedies.setId("dying-remedies");
        remedies.setPadding(new Insets(8, 0, 0, 0));
        remedies.setHgap(12);
        remedies.setVgap(8);
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / COLUMNS);
            remedies.getColumnConstraints().add(column);
        }
        Label text = new Label(WORDS.get("remedies.text"));
        text.setWrapText(true);
        text.setMinHeight(Label.USE_PREF_SIZE);
        PresentationRoles.explanation(text, display);
        verdict.setId("dying-remedies-verdict");
        verdict.setWrapText(true);
        verdict.setMinHeight(Label.USE_PREF_SIZE);
        // In presentation mode the pictures and their captioned figures speak; the paragraph folds away.
        PresentationRoles.explanation(verdict, display);
        VBox content = new VBox(6, text, verdict, remedies);
        VBox.setVgrow(remedies, Priority.ALWAYS);
        ScrollPane scroll = ViewScroll.around(content);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
        setPadding(new Insets(6, 0, 0, 0));
        vm.remediesProperty().addListener((o, was, now) -> show(now));
    }

    private void show(List<Remedy> runs) {
        remedies.getChildren().clear();
        remedies.getRowConstraints().clear();
        verdict.setText(RemedySentences.verdict(runs));
        for (Remedy r : runs) {
            DecisionView view = PresentationRoles.picture(new DecisionView(200));
            view.show(r.run().data(), r.regions(), null, null);
            Label title = new Label(RemedySentences.caption(r));
            title.getStyleClass().add("data-title");
            title.setWrapText(true);
            title.setMinHeight(Label.USE_PREF_SIZE);
            Label figures = new Label(RunSentences.remedyFigures(r.run()));
            figures.setWrapText(true);
            figures.setMinHeight(Label.USE_PREF_SIZE); // wrapped whole, never cut to "…"
            VBox box = new VBox(4, title, figures, view);
            VBox.setVgrow(view, Priority.ALWAYS);
            box.setPrefWidth(10);
            box.getStyleClass().add("remedy");
            int i = remedies.getChildren().size();
            if (i % COLUMNS == 0) {
                RowConstraints row = new RowConstraints();
                row.setVgrow(Priority.ALWAYS);
                remedies.getRowConstraints().add(row);
            }
            remedies.add(box, i % COLUMNS, i / COLUMNS);
        }
    }
}
