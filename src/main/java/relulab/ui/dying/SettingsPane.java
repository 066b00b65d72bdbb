package relulab.ui.dying;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import relulab.core.Activation;
import relulab.train.DatasetKind;
import relulab.ui.lesson.PresentationRoles;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.DisplaySettings;

/**
 * The tab's left column, where the learner sets up the experiment: the learning rate (in large
 * type, typed, or on a log slider that snaps to 1-2-5 values when let go near one), the line that
 * refuses a bad entry, the network's other settings, and why a dead unit can't come back.
 * Every control is bound to the {@link DyingViewModel}; nothing here trains.
 */
final class SettingsPane extends ScrollPane {

    private static final Messages WORDS = Messages.of(SettingsPane.class);

    /** The share of the form's width, in percent, that the fields' names take. */
    private static final double LABEL_SHARE = 45;

    private final DyingViewModel vm;

    SettingsPane(DyingViewModel vm, DisplaySettings display) {
        this.vm = vm;
        Label rateValue = new Label(vm.learningRateText());
        rateValue.setId("dying-rate-value");
        rateValue.getStyleClass().add("rate-value");
        vm.logLearningRateProperty().addListener(o -> rateValue.setText(vm.learningRateText()));

        Label message = new Label();
        message.setId("dying-message");
        message.getStyleClass().add("message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());

        Label why = new Label(WORDS.get("settings.explanation"));
        why.setWrapText(true);
        why.getStyleClass().add("explanation");
        Label whyHeader = header(WORDS.get("settings.why"));
        PresentationRoles.explanation(why, display);
        PresentationRoles.explanation(whyHeader, display);

        VBox box = new VBox(
                8,
                header(WORDS.get("settings.rate")),
                rateValue,
                typedRate(),
                rateSlider(),
                message,
                new Separator(),
                form(),
                whyHeader,
                why);
        box.setPadding(new Insets(10));
        box.setPrefWidth(300);
        setContent(box);
        setFitToWidth(true);
        setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setPrefViewportWidth(300);
        getStyleClass().add("controls");
    }

    /** The log slider: it follows the mouse finely while dragged and snaps to 1-2-5 when let go. */
    private Slider rateSlider() {
        Slider rate = new Slider(DyingViewModel.MIN_LOG_RATE, DyingViewModel.MAX_LOG_RATE, -1);
        rate.setId("dying-rate");
        rate.setShowTickLabels(true);
        rate.setShowTickMarks(true);
        rate.setMajorTickUnit(1);
        rate.setMinorTickCount(0);
        rate.setBlockIncrement(1.0 / 12);
        rate.setLabelFormatter(LogRateLabels.forSlider());
        rate.setTooltip(new Tooltip(WORDS.get("settings.rate.tooltip")));
        // Room for the end labels "0.001" and "10", centred under the slider's ends.
        rate.setPadding(new Insets(0, 14, 0, 18));
        rate.valueProperty().bindBidirectional(vm.logLearningRateProperty());
        rate.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                rate.setValue(RateScale.snap(rate.getValue()));
            }
        });
        rate.setOnMouseReleased(e -> rate.setValue(RateScale.snap(rate.getValue())));
        return rate;
    }

    /** The rate typed exactly: taken on Enter or when the field loses focus, restored when refused. */
    private HBox typedRate() {
        TextField field = new TextField(vm.rateFieldText());
        field.setId("dying-rate-field");
        field.setPrefColumnCount(6);
        commitOnEnterOrLeave(field, vm::setLearningRateText, vm::rateFieldText);
        vm.logLearningRateProperty().addListener(o -> {
            if (!field.isFocused()) {
                field.setText(vm.rateFieldText());
            }
        });
        Label typeIt = new Label(WORDS.get("settings.rate.typed"));
        typeIt.setMinWidth(Label.USE_PREF_SIZE);
        typeIt.setLabelFor(field);
        HBox typed = new HBox(8, typeIt, field);
        typed.setAlignment(Pos.CENTER_LEFT);
        return typed;
    }

    private GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        // Names and fields share the column; a long name wraps onto a second line (in presentation
        // mode's large type, or in a long translation), so the fields keep room for their values.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(LABEL_SHARE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setPercentWidth(100 - LABEL_SHARE);
        fields.setFillWidth(true);
        form.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        form.addRow(row++, formLabel("settings.dataset"), datasetChoice());
        form.addRow(row++, formLabel("settings.activation"), activationChoice());
        form.addRow(
                row++, formLabel("settings.layers"), intChoice("dying-layers", DyingOffer.LAYERS, vm.layersProperty()));
        form.addRow(
                row++, formLabel("settings.width"), intChoice("dying-width", DyingOffer.WIDTHS, vm.widthProperty()));
        form.addRow(row++, formLabel("settings.steps"), intChoice("dying-steps", DyingOffer.STEPS, vm.stepsProperty()));
        form.addRow(row, formLabel("settings.seed"), seedField());
        return form;
    }

    /** A field's name, wrapped rather than cut when the column is narrow. */
    private static Label formLabel(String key) {
        Label l = new Label(WORDS.get(key));
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    private TextField seedField() {
        TextField seed = new TextField(vm.seedText());
        seed.setId("dying-seed");
        seed.setPrefColumnCount(7);
        commitOnEnterOrLeave(seed, vm::setSeedText, vm::seedText);
        vm.seedProperty().addListener((o, was, now) -> seed.setText(vm.seedText()));
        return seed;
    }

    /** Offers the field's text to {@code take} on Enter or when focus leaves; a refused text is replaced by {@code shown}. */
    private static void commitOnEnterOrLeave(TextField field, Predicate<String> take, Supplier<String> shown) {
        Runnable commit = () -> {
            if (!take.test(field.getText())) {
                field.setText(shown.get());
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
    }

    /** The datasets, each named by the lesson's words for its kind. */
    private ChoiceBox<DatasetKind> datasetChoice() {
        ChoiceBox<DatasetKind> box = choice("dying-dataset", List.of(DatasetKind.values()), vm.datasetProperty());
        box.setConverter(named(kind -> WORDS.get("dataset." + kind.name())));
        return box;
    }

    /** The activation menu: the lesson's offered activations, named with the shared activation words. */
    private ChoiceBox<Activation> activationChoice() {
        ChoiceBox<Activation> box = choice("dying-activation", HiddenActivations.offered(), vm.activationProperty());
        box.setConverter(named(ActivationWords::name));
        return box;
    }

    /** Names a menu's items; a menu is not typed in. */
    private static <T> StringConverter<T> named(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("a menu is not typed in");
            }
        };
    }

    private static <T> ChoiceBox<T> choice(String id, List<T> items, Property<T> property) {
        ChoiceBox<T> box = new ChoiceBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    private static ChoiceBox<Integer> intChoice(String id, List<Integer> items, IntegerProperty property) {
        ChoiceBox<Integer> box = new ChoiceBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setValue(property.get());
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                property.set(now);
            }
        });
        property.addListener((o, was, now) -> box.setValue(now.intValue()));
        return box;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.getStyleClass().add("section-header");
        return l;
    }
}
