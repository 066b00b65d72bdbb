package relulab.ui.workbench;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.text.Messages;

/**
 * The toolbar's choice of the layer's activation: a member of {@link Activations#all()} by its
 * short name, and beside it its parameter (Leaky ReLU's and ELU's α) as a typed number, shown
 * only for a member that has one. Both go through {@link WorkbenchViewModel#chooseActivation},
 * so a choice is an undoable step and every lesson follows it. A parameter the member does not
 * accept is refused in the status line and the field goes back to the α in use. ReLU′(0) is not
 * chosen here: it stays the ReLU′(0) lesson's setting. Ids: {@code activation},
 * {@code activation-parameter}.
 */
final class ActivationChooser extends HBox {

    private static final Messages TEXT = Messages.of(ActivationChooser.class);
    /** On the parameter field after a refused value (workbench.css). */
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private final WorkbenchViewModel model;
    private final ChoiceBox<Activation> members = new ChoiceBox<>();
    private final Label parameterName = new Label();
    private final TextField parameter = new TextField();
    /** True while the controls are set from the model, so that setting them chooses nothing. */
    private boolean showing;

    ActivationChooser(WorkbenchViewModel model) {
        super(5);
        this.model = model;
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("activation-chooser");
        List<Activation> all = Activations.all();
        members.setId("activation");
        members.getItems().addAll(all);
        members.setConverter(new StringConverter<>() {
            @Override
            public String toString(Activation f) {
                return f == null ? "" : ActivationWords.shortName(f);
            }

            @Override
            public Activation fromString(String text) {
                throw new UnsupportedOperationException("the members are chosen, not typed");
            }
        });
        members.setTooltip(new Tooltip(TEXT.get("toolbar.activation.tooltip")));
        members.valueProperty().addListener((o, was, is) -> {
            if (!showing
                    && is != null
                    && !is.id().equals(model.activationProperty().get().id())) {
                model.chooseActivation(is);
            }
        });
        parameter.setId("activation-parameter");
        parameter.getStyleClass().add("parameter-field");
        parameter.setPrefColumnCount(4);
        parameter.setTooltip(new Tooltip(TEXT.get("toolbar.parameter.tooltip")));
        parameter.setOnAction(e -> commit());
        parameter.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit();
            }
        });
        parameterName.setLabelFor(parameter);
        for (var node : List.of(parameterName, parameter)) {
            node.managedProperty().bind(node.visibleProperty());
        }
        // "f =": the f of f(x) and f′(x) in the grids' titles, short in every language so that the
        // toolbar keeps one row; the word "Activation" is its tooltip's and the screen reader's.
        Label name = new Label(TEXT.get("toolbar.activation.symbol"));
        name.setLabelFor(members);
        name.setTooltip(new Tooltip(TEXT.get("toolbar.activation.tooltip")));
        name.getStyleClass().add("activation-label");
        members.setAccessibleText(TEXT.get("toolbar.activation"));
        getChildren().addAll(name, members, parameterName, parameter);
        model.activationProperty().addListener((o, was, is) -> show(is));
        show(model.activationProperty().get());
    }

    /** Shows the layer's activation: its member chosen, its parameter in the field. */
    private void show(Activation f) {
        showing = true;
        try {
            members.getItems().stream()
                    .filter(m -> m.id().equals(f.id()))
                    .findFirst()
                    .ifPresent(members::setValue);
            boolean has = !f.parameters().isEmpty();
            parameterName.setVisible(has);
            parameter.setVisible(has);
            if (has) {
                parameterName.setText(TEXT.get("toolbar.parameter." + f.id()));
                parameter.setText(parameterText(f));
            }
            parameter.pseudoClassStateChanged(REFUSED, false);
        } finally {
            showing = false;
        }
    }

    /** The parameter as the member's spec writes it ({@code 0.01} of {@code leaky:0.01}): what Undo brings back. */
    private static String parameterText(Activation f) {
        return f.name().substring(f.name().indexOf(':') + 1);
    }

    /** Takes the typed parameter, or refuses it and shows the one in use. */
    private void commit() {
        Activation f = model.activationProperty().get();
        String typed = parameter.getText().strip();
        if (f.parameters().isEmpty() || typed.equals(parameterText(f))) {
            return;
        }
        Activation chosen;
        try {
            chosen = Activations.parse(f.id() + ":" + typed);
        } catch (IllegalArgumentException e) {
            // Not a number, or a value the member does not accept (the engine's rule).
            model.report(TEXT.format("status.parameterRefused", typed, TEXT.get("parameter.rule." + f.id())));
            show(f);
            parameter.pseudoClassStateChanged(REFUSED, true);
            return;
        }
        model.chooseActivation(chosen);
    }
}
