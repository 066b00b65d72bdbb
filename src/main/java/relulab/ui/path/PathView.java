package relulab.ui.path;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import relulab.ui.lesson.PresentationRoles;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.DisplaySettings;

/**
 * The start page: the path's steps in a list on the left; the chosen step on the right — what
 * the chapter says, what to try and what to look for, and one button to its tab. Keyboard:
 * Up and Down choose a step, Enter opens it; a double click opens one too. So every step is
 * at most two clicks from here: choose it, open it.
 */
final class PathView extends BorderPane {

    private static final Messages WORDS = Messages.of(PathView.class);

    private final PathViewModel model;
    private final Label stepTitle = new Label();
    private final Label chapter = new Label();
    private final GridPane tries = new GridPane();
    private final Button open = new Button();

    /** @param display presentation mode folds the introduction away: the chosen step is the picture */
    PathView(PathViewModel model, DisplaySettings display) {
        this.model = model;
        getStyleClass().add("path-view");
        getStylesheets().add(PathView.class.getResource("path.css").toExternalForm());

        Label title = new Label(WORDS.get("title"));
        title.getStyleClass().add("lesson-title");
        Label intro = new Label(WORDS.get("intro"));
        intro.getStyleClass().add("lesson-text");
        intro.setWrapText(true);
        PresentationRoles.explanation(intro, display);
        setTop(new VBox(4, title, intro));

        ListView<PathStep> list = new ListView<>();
        list.setId("path-steps");
        list.getItems().setAll(model.steps());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PathStep step, boolean empty) {
                super.updateItem(step, empty);
                setText(empty || step == null ? null : numbered(getIndex(), step));
            }
        });
        list.getSelectionModel().select(model.chosenProperty().get());
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, is) -> {
            if (is.intValue() >= 0) {
                model.chosenProperty().set(is.intValue());
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.openChosen();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.openChosen();
            }
        });
        list.setAccessibleText(WORDS.get("steps.accessible"));
        setLeft(list);

        stepTitle.setId("path-step-title");
        stepTitle.getStyleClass().add("step-title");
        stepTitle.setWrapText(true);
        chapter.setId("path-chapter");
        chapter.getStyleClass().add("lesson-text");
        chapter.setWrapText(true);
        tries.setId("path-tries");
        ColumnConstraints doColumn = new ColumnConstraints();
        doColumn.setPercentWidth(40);
        ColumnConstraints seeColumn = new ColumnConstraints();
        seeColumn.setPercentWidth(60);
        tries.getColumnConstraints().setAll(doColumn, seeColumn);
        tries.getStyleClass().add("tries");
        open.setId("path-open");
        open.getStyleClass().add("open-step");
        open.setOnAction(e -> model.openChosen());
        // A long lesson name in large type wraps onto a second line rather than ending in "…".
        open.setWrapText(true);
        open.setMinHeight(Region.USE_PREF_SIZE);
        open.setTooltip(new Tooltip(WORDS.get("open.tooltip")));
        Label tryHeading = new Label(WORDS.get("try.heading"));
        tryHeading.getStyleClass().add("try-heading");
        VBox detail = new VBox(12, stepTitle, chapter, open, tryHeading, tries);
        detail.getStyleClass().add("step-detail");
        detail.setAlignment(Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        setCenter(PresentationRoles.picture(scroll));

        model.chosenProperty().addListener(o -> showChosen());
        showChosen();
        sceneProperty().addListener((o, was, is) -> {
            if (is != null) {
                list.requestFocus();
            }
        });
    }

    private void showChosen() {
        PathStep step = model.chosen();
        stepTitle.setText(numbered(model.chosenProperty().get(), step));
        chapter.setText(step.chapter());
        open.setText(WORDS.format(step.setsTensors() ? "open.withNumbers" : "open.tab", step.tabTitle()));
        tries.getChildren().clear();
        tries.add(heading(WORDS.get("try.do")), 0, 0);
        tries.add(heading(WORDS.get("try.see")), 1, 0);
        for (int i = 0; i < step.tries().size(); i++) {
            PathStep.Try t = step.tries().get(i);
            tries.add(text(t.doThis(), "try-do"), 0, i + 1);
            tries.add(text(t.see(), "try-see"), 1, i + 1);
        }
    }

    /** "3. Backward: …": a step's title after its number, counted from 1. */
    private static String numbered(int index, PathStep step) {
        return WORDS.format("step.numbered", index + 1, step.title());
    }

    private static Label heading(String s) {
        Label label = new Label(s);
        label.getStyleClass().add("tries-heading");
        return label;
    }

    private static Label text(String s, String style) {
        Label label = new Label(s);
        label.setWrapText(true);
        label.getStyleClass().addAll("lesson-text", style);
        return label;
    }
}
