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
import javafx.util.StringConverter;
import relulab.core.Tensor3;
import relulab.ui.lesson.PresentationRoles;
import relulab.ui.shared.Buttons;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.DisplaySettings;

/**
 * Predict mode: x and dout on the left, the learner's answer beside them, the score and one
 * line of why per mistake on the right. Marks are toggle buttons (Space or a click), values are
 * text fields; the arrow keys move between the cells, Tab leaves the grid. Worked examples are
 * filled in and greyed; after Check every asked cell says ✓, or ✗ and the right answer, under it.
 */
final class PredictView extends BorderPane {

    private static final String[] VERDICT_STYLES = {"right", "wrong", "worked"};
    /** The share of the width the score and the why lines take, without and in presentation mode. */
    private static final double RESULT_SHARE = 0.3;

    private static final double PRESENTED_RESULT_SHARE = 0.25;

    private final PredictViewModel model;
    private final Messages messages = Messages.of(PredictView.class);
    private final HBox grids = new HBox();
    private final Label score = new Label();
    private final VBox why = new VBox(4);
    private CellMatrix answer;

    /**
     * @param display         presentation mode folds the introduction away
     * @param openInWorkbench shows the question's x and dout in the workbench
     */
    PredictView(PredictViewModel model, DisplaySettings display, Runnable openInWorkbench) {
        this.model = model;
        getStyleClass().add("predict-view");
        getStylesheets().add(PredictView.class.getResource("predict.css").toExternalForm());

        Label title = new Label(messages.get("title"));
        title.getStyleClass().add("lesson-title");
        Label intro = new Label();
        intro.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> messages.format("intro", ActivationWords.name(model.activation())),
                        model.activationProperty()));
        intro.getStyleClass().add("lesson-text");
        intro.setWrapText(true);
        PresentationRoles.explanation(intro, display);

        ChoiceBox<PredictKind> kind = new ChoiceBox<>();
        kind.setId("predict-kind");
        kind.getItems().setAll(PredictKind.offered(model.activation()));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(kindWords());
        model.activationProperty().addListener(o -> {
            // The model has already moved off a kind the new activation does not offer; new items
            // would clear the box's value, which must not reach the model.
            kind.valueProperty().unbindBidirectional(model.kindProperty());
            kind.getItems().setAll(PredictKind.offered(model.activation()));
            kind.setValue(model.kind());
            kind.valueProperty().bindBidirectional(model.kindProperty());
            kind.setConverter(kindWords());
        });
        kind.setTooltip(new Tooltip(messages.get("kind.tooltip")));
        Button check = Buttons.of("predict-check", messages.get("check"), messages.get("check.tooltip"), model::check);
        Button next = Buttons.of("predict-new", messages.get("new"), messages.get("new.tooltip"), model::newQuestion);
        Button again = Buttons.of(
                "predict-start-over", messages.get("start-over"), messages.get("start-over.tooltip"), model::startOver);
        CheckBox fading = new CheckBox(messages.get("fading"));
        fading.setId("predict-fading");
        fading.selectedProperty().bindBidirectional(model.fadingProperty());
        fading.setTooltip(new Tooltip(messages.get("fading.tooltip")));
        Button workbench = Buttons.of(
                "predict-open-workbench",
                messages.get("workbench"),
                messages.get("workbench.tooltip"),
                openInWorkbench);
        Label round = new Label();
        round.setId("predict-round");
        round.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> messages.format(
                                "round",
                                model.roundProperty().get(),
                                model.revealedCount(),
                                model.shape().size()),
                        model.roundProperty(),
                        model.answersProperty()));
        Label kindLabel = new Label(messages.get("kind.label"));
        kindLabel.setLabelFor(kind);
        FlowPane controls = new FlowPane(10, 6, kindLabel, kind, check, next, again, fading, round, workbench);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, title, intro, controls);
        top.getStyleClass().add("predict-top");
        setTop(top);

        grids.getStyleClass().add("predict-grids");
        PresentationRoles.picture(grids);
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
        // In presentation mode the grids, the picture, take a larger share of the width.
        right.prefWidthProperty()
                .bind(Bindings.when(display.presentationProperty())
                        .then(widthProperty().multiply(PRESENTED_RESULT_SHARE))
                        .otherwise(widthProperty().multiply(RESULT_SHARE)));
        right.setMinWidth(220);
        setRight(right);

        model.kindProperty().addListener(o -> rebuild());
        model.questionProperty().addListener(o -> rebuild());
        model.answersProperty().addListener(o -> refresh());
        model.scoreProperty().addListener(o -> refresh());
        model.activationProperty().addListener(o -> rebuild());
        rebuild();
    }

    /** The kinds as the current activation words them. */
    private StringConverter<PredictKind> kindWords() {
        return new StringConverter<>() {
            @Override
            public String toString(PredictKind k) {
                return k == null ? "" : k.label(model.activation());
            }

            @Override
            public PredictKind fromString(String text) {
                throw new UnsupportedOperationException("the kinds are chosen, not typed");
            }
        };
    }

    private String answerName() {
        return model.kind().answerName(model.activation());
    }

    /** The control of the answer cell of flat index i (for tests). */
    Node answerCell(int i) {
        return answerBox(i).control();
    }

    /** What Check wrote under the answer cell of flat index i (for tests). */
    Label verdictOf(int i) {
        return answerBox(i).note();
    }

    private NotedCell answerBox(int i) {
        return (NotedCell) answer.cell(i);
    }

    private void rebuild() {
        Tensor3 x = model.question().x();
        Tensor3 dout = model.question().dout();
        CellMatrix xs =
                new CellMatrix(x.shape(), messages.get("matrix.x"), i -> new NotedCell(valueLabel(x.get(i), "x", i)));
        CellMatrix douts = new CellMatrix(
                x.shape(), messages.get("matrix.dout"), i -> new NotedCell(valueLabel(dout.get(i), "dout", i)));
        boolean marks = model.kind().marks();
        answer = new CellMatrix(
                x.shape(),
                messages.format(marks ? "answer.marks" : "answer.values", answerName()),
                i -> new NotedCell(marks ? markCell(i) : valueCell(i)));
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
        label.setAccessibleText(messages.format(
                "cell.accessible", name, PredictViewModel.cell(model.shape(), i).toString(), label.getText()));
        return label;
    }

    private Node markCell(int i) {
        ToggleButton b = new ToggleButton();
        b.getStyleClass().add("answer-cell");
        b.setOnAction(e -> model.toggleMark(i));
        b.setTooltip(new Tooltip(messages.format("mark.tooltip", answerName())));
        return b;
    }

    private Node valueCell(int i) {
        TextField field = new TextField();
        field.getStyleClass().add("answer-cell");
        field.setPrefColumnCount(4);
        field.setTooltip(new Tooltip(messages.format("value.tooltip", answerName())));
        field.textProperty().addListener((o, was, is) -> model.setText(i, is));
        return field;
    }

    /** Brings every answer cell, the score and the why lines up to date with the model. */
    private void refresh() {
        if (answer == null
                || answerCell(0) instanceof ToggleButton != model.kind().marks()) {
            return;
        }
        Score result = model.scoreProperty().get();
        for (int i = 0; i < model.shape().size(); i++) {
            CellIndex cell = PredictViewModel.cell(model.shape(), i);
            Node node = answerCell(i);
            node.getStyleClass().removeAll(VERDICT_STYLES);
            String verdict = "";
            if (model.isRevealed(i)) {
                node.getStyleClass().add("worked");
                verdict = messages.get("verdict.worked");
            } else if (result != null) {
                boolean right = result.at(cell).map(CellVerdict::right).orElse(false);
                node.getStyleClass().add(right ? "right" : "wrong");
                verdict = right ? messages.get("verdict.right") : messages.format("verdict.wrong", rightAnswer(i));
            }
            boolean scored = result != null && !model.isRevealed(i);
            showVerdict(i, scored, node.getStyleClass().contains("right"));
            if (node instanceof ToggleButton b) {
                boolean marked = model.isRevealed(i) ? model.truthMark(i) : model.isMarked(i);
                b.setSelected(marked);
                b.setDisable(model.isRevealed(i));
                b.setText(markSymbol(marked));
                b.setAccessibleText(withVerdict(
                        messages.format(marked ? "cell.marked" : "cell.unmarked", cell.toString(), answerName()),
                        verdict));
            } else if (node instanceof TextField f) {
                String text = model.isRevealed(i) ? model.answerText(i) : model.text(i);
                if (!f.getText().equals(text)) {
                    f.setText(text);
                }
                f.setEditable(!model.isRevealed(i));
                f.setFocusTraversable(!model.isRevealed(i));
                f.setAccessibleText(withVerdict(messages.format("cell.value", answerName(), cell.toString()), verdict));
            }
        }
        showNotes(result != null);
        if (result == null) {
            score.setText(messages.get("score.prompt"));
            why.getChildren().clear();
        } else {
            score.setText(result.summary());
            why.getChildren()
                    .setAll(result.whyLines().stream()
                            .map(line -> {
                                Label l = new Label(line);
                                l.setWrapText(true);
                                l.getStyleClass().add("why-line");
                                return l;
                            })
                            .toList());
        }
    }

    /** The note lines of all three grids take room once there are verdicts to read, and give it back after. */
    private void showNotes(boolean shown) {
        for (Node matrix : grids.getChildren()) {
            for (int i = 0; i < model.shape().size(); i++) {
                ((NotedCell) ((CellMatrix) matrix).cell(i)).showNote(shown);
            }
        }
    }

    /**
     * Writes ✓ or ✗ with the right answer under cell i once it is scored, in the colour and
     * style class of its verdict; clears it otherwise.
     */
    private void showVerdict(int i, boolean scored, boolean right) {
        Label line = verdictOf(i);
        line.getStyleClass().removeAll(VERDICT_STYLES);
        if (!scored) {
            line.setText("");
            return;
        }
        line.getStyleClass().add(right ? "right" : "wrong");
        line.setText(right ? messages.get("cell.right") : messages.format("cell.wrong", rightAnswer(i)));
    }

    /** The right answer at cell i as a cell shows it: its value, or its mark (0 marked, · not). */
    private String rightAnswer(int i) {
        return model.kind().marks() ? markSymbol(model.truthMark(i)) : model.answerText(i);
    }

    private static String markSymbol(boolean marked) {
        return marked ? "0" : "\u00B7";
    }

    private String withVerdict(String text, String verdict) {
        return verdict.isEmpty() ? text : messages.format("cell.with-verdict", text, verdict);
    }
}
