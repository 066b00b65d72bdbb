package relulab.ui.predict;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import relulab.core.Tensor3;
import relulab.ui.shared.Buttons;
import relulab.ui.shared.grid.CellIndex;

/**
 * Predict mode: x and dout on the left, the learner's answer beside them, the score and one
 * line of why per mistake on the right. Marks are toggle buttons (Space or a click), values are
 * text fields; the arrow keys move between the cells, Tab leaves the grid. Worked examples are
 * filled in and greyed; after Check every asked cell says ✓ or ✗.
 */
final class PredictView extends BorderPane {

    private static final String[] VERDICT_STYLES = {"right", "wrong", "worked"};

    private final PredictViewModel model;
    private final HBox grids = new HBox(18);
    private final Label score = new Label();
    private final VBox why = new VBox(4);
    private CellMatrix answer;

    /** @param openInWorkbench shows the question's x and dout in the workbench */
    PredictView(PredictViewModel model, Runnable openInWorkbench) {
        this.model = model;
        getStyleClass().add("predict-view");
        getStylesheets().add(PredictView.class.getResource("predict.css").toExternalForm());

        Label title = new Label("Predict, then check");
        title.getStyleClass().add("lesson-title");
        Label intro = new Label("Say what ReLU will do before you see it: mark the cells or type the values, "
                + "then press Check. Greyed cells are worked examples; each new question shows fewer.");
        intro.getStyleClass().add("lesson-text");
        intro.setWrapText(true);

        ChoiceBox<PredictKind> kind = new ChoiceBox<>();
        kind.setId("predict-kind");
        kind.getItems().addAll(PredictKind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setTooltip(new Tooltip("What you predict: the zeroed cells, the cells where dx = 0, or the values of out or dx"));
        Button check = Buttons.of("predict-check", "Check", "Score your prediction and say why for every mistake",
                model::check);
        Button next = Buttons.of("predict-new", "New question", "A new tensor; fewer worked examples than this round",
                model::newQuestion);
        Button again = Buttons.of("predict-start-over", "Start over", "Round 1 again: most cells shown as worked examples",
                model::startOver);
        CheckBox fading = new CheckBox("Worked examples");
        fading.setId("predict-fading");
        fading.selectedProperty().bindBidirectional(model.fadingProperty());
        fading.setTooltip(new Tooltip("Show some cells solved, fewer each round (faded worked examples)"));
        Button workbench = Buttons.of("predict-open-workbench", "Open in workbench",
                "Load this x and dout into the workbench, to walk through them step by step", openInWorkbench);
        Label round = new Label();
        round.setId("predict-round");
        round.textProperty().bind(Bindings.createStringBinding(() -> "Round " + model.roundProperty().get() + ": "
                + model.revealedCount() + " of " + model.shape().size() + " cells worked",
                model.roundProperty(), model.answersProperty()));
        Label kindLabel = new Label("Predict");
        kindLabel.setLabelFor(kind);
        FlowPane controls = new FlowPane(10, 6, kindLabel, kind, check, next, again, fading, round, workbench);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, title, intro, controls);
        top.getStyleClass().add("predict-top");
        setTop(top);

        grids.getStyleClass().add("predict-grids");
        setCenter(new FitPane(grids));

        score.setId("predict-score");
        score.getStyleClass().add("predict-score");
        score.setWrapText(true);
        why.setId("predict-why");
        ScrollPane whyScroll = new ScrollPane(why);
        whyScroll.setFitToWidth(true);
        VBox.setVgrow(whyScroll, Priority.ALWAYS);
        VBox right = new VBox(8, score, whyScroll);
        right.getStyleClass().add("predict-result");
        right.prefWidthProperty().bind(widthProperty().multiply(0.3));
        right.setMinWidth(220);
        setRight(right);

        model.kindProperty().addListener(o -> rebuild());
        model.questionProperty().addListener(o -> rebuild());
        model.answersProperty().addListener(o -> refresh());
        model.scoreProperty().addListener(o -> refresh());
        model.atZeroProperty().addListener(o -> refresh());
        rebuild();
    }

    /** The answer cell of flat index i (for tests). */
    Node answerCell(int i) {
        return answer.cell(i);
    }

    private void rebuild() {
        Tensor3 x = model.question().x();
        Tensor3 dout = model.question().dout();
        CellMatrix xs = new CellMatrix(x.shape(), "x", i -> valueLabel(x.get(i), "x", i));
        CellMatrix douts = new CellMatrix(x.shape(), "dout", i -> valueLabel(dout.get(i), "dout", i));
        boolean marks = model.kind().marks();
        answer = new CellMatrix(x.shape(), marks ? "Your marks: " + model.kind().answerName() : "Your " + model.kind().answerName(),
                marks ? this::markCell : this::valueCell);
        answer.setId("predict-answer");
        answer.arrowKeysMoveFocus(marks);
        grids.getChildren().setAll(xs, douts, answer);
        douts.setVisible(model.kind().backward());
        douts.managedProperty().bind(douts.visibleProperty());
        refresh();
    }

    private Label valueLabel(double v, String name, int i) {
        Label label = new Label(Explanation.text(v));
        label.getStyleClass().add("value-cell");
        label.setAccessibleText(name + PredictViewModel.cell(model.shape(), i) + " = " + label.getText());
        return label;
    }

    private Node markCell(int i) {
        ToggleButton b = new ToggleButton();
        b.getStyleClass().add("answer-cell");
        b.setOnAction(e -> model.toggleMark(i));
        b.setTooltip(new Tooltip("Click or press Space to mark this cell: " + model.kind().answerName()
                + "; the arrow keys move between cells"));
        return b;
    }

    private Node valueCell(int i) {
        TextField field = new TextField();
        field.getStyleClass().add("answer-cell");
        field.setPrefColumnCount(4);
        field.setTooltip(new Tooltip("Type " + model.kind().answerName() + " for this cell; Enter goes to the cell below"));
        field.textProperty().addListener((o, was, is) -> model.setText(i, is));
        return field;
    }

    /** Brings every answer cell, the score and the why lines up to date with the model. */
    private void refresh() {
        if (answer == null || answer.cell(0) instanceof ToggleButton != model.kind().marks()) {
            return;
        }
        Score result = model.scoreProperty().get();
        for (int i = 0; i < model.shape().size(); i++) {
            CellIndex cell = PredictViewModel.cell(model.shape(), i);
            Node node = answer.cell(i);
            node.getStyleClass().removeAll(VERDICT_STYLES);
            String verdict = "";
            if (model.isRevealed(i)) {
                node.getStyleClass().add("worked");
                verdict = "worked example";
            } else if (result != null) {
                boolean right = result.at(cell).map(CellVerdict::right).orElse(false);
                node.getStyleClass().add(right ? "right" : "wrong");
                verdict = right ? "right" : "wrong";
            }
            String mark = result != null && !model.isRevealed(i) ? (node.getStyleClass().contains("right") ? " \u2713" : " \u2717") : "";
            if (node instanceof ToggleButton b) {
                boolean marked = model.isRevealed(i) ? model.truthMark(i) : model.isMarked(i);
                b.setSelected(marked);
                b.setDisable(model.isRevealed(i));
                b.setText((marked ? "0" : "\u00B7") + mark);
                b.setAccessibleText(cell + (marked ? " marked: " : " not marked: ") + model.kind().answerName()
                        + (verdict.isEmpty() ? "" : ", " + verdict));
            } else if (node instanceof TextField f) {
                String text = model.isRevealed(i) ? model.answerText(i) : model.text(i);
                if (!f.getText().equals(text)) {
                    f.setText(text);
                }
                f.setEditable(!model.isRevealed(i));
                f.setFocusTraversable(!model.isRevealed(i));
                f.setAccessibleText(model.kind().answerName() + cell + (verdict.isEmpty() ? "" : ", " + verdict));
            }
        }
        if (result == null) {
            score.setText("Make your prediction, then press Check.");
            why.getChildren().clear();
        } else {
            score.setText(result.summary());
            why.getChildren().setAll(result.whyLines().stream().map(line -> {
                Label l = new Label(line);
                l.setWrapText(true);
                l.getStyleClass().add("why-line");
                return l;
            }).toList());
        }
    }
}
