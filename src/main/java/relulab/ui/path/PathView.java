package relulab.ui.path;

import javafx.beans.binding.Bindings;
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
import javafx.scene.layout.VBox;

/**
 * The start page: the path's steps in a list on the left; the chosen step on the right — what
 * the chapter says, what to try and what to look for, and one button to its tab. Keyboard:
 * Up and Down choose a step, Enter opens it; a double click opens one too. So every step is
 * at most two clicks from here: choose it, open it.
 */
final class PathView extends BorderPane {

    private final PathViewModel model;
    private final Label stepTitle = new Label();
    private final Label chapter = new Label();
    private final GridPane tries = new GridPane();
    private final Button open = new Button();

    PathView(PathViewModel model) {
        this.model = model;
        getStyleClass().add("path-view");
        getStylesheets().add(PathView.class.getResource("path.css").toExternalForm());

        Label title = new Label("The ReLU layer, step by step");
        title.getStyleClass().add("lesson-title");
        Label intro = new Label("Follow the chapter from the forward pass to the code. Choose a step, then open "
                + "it: the right tab comes up with the right numbers. F1 shows help on any tab; "
                + "Help \u25B8 Start here brings you back.");
        intro.getStyleClass().add("lesson-text");
        intro.setWrapText(true);
        setTop(new VBox(4, title, intro));

        ListView<PathStep> list = new ListView<>();
        list.setId("path-steps");
        list.getItems().setAll(model.steps());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PathStep step, boolean empty) {
                super.updateItem(step, empty);
                setText(empty || step == null ? null : (getIndex() + 1) + ". " + step.title());
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
        list.setAccessibleText("Steps of the lesson path: Up and Down choose, Enter opens");
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
        open.setTooltip(new Tooltip("Opens the tab with this step's numbers (Enter in the list)"));
        Label tryHeading = new Label("Try this");
        tryHeading.getStyleClass().add("try-heading");
        VBox detail = new VBox(12, stepTitle, chapter, open, tryHeading, tries);
        detail.getStyleClass().add("step-detail");
        detail.setAlignment(Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        setCenter(scroll);

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
        stepTitle.setText((model.chosenProperty().get() + 1) + ". " + step.title());
        chapter.setText(step.chapter());
        open.setText("Open " + step.tabTitle() + (step.setsTensors() ? " with this step's numbers" : "") + " \u25B8");
        tries.getChildren().clear();
        tries.add(heading("Do this"), 0, 0);
        tries.add(heading("You should see"), 1, 0);
        for (int i = 0; i < step.tries().size(); i++) {
            PathStep.Try t = step.tries().get(i);
            tries.add(text(t.doThis(), "try-do"), 0, i + 1);
            tries.add(text(t.see(), "try-see"), 1, i + 1);
        }
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
