package relulab.ui.vanishing;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import relulab.core.NumberGrammar;
import relulab.io.NumberText;
import relulab.train.vanishing.DepthSettings;
import relulab.train.vanishing.InitChoice;
import relulab.ui.shared.OneOfSwitch;
import relulab.ui.shared.text.Messages;

/**
 * The row of the stack's controls: depth (a slider whose arrow keys move one layer, and a typed
 * field), width, initialisation, input scale (a slider over the round scales 1, 2, 5 … 100, and
 * a typed field for any scale from 1 to 100), seed and Reseed. A flow, not a box: on a narrow
 * window the controls wrap instead of shrinking to "…". {@link #error()} is the refusal of
 * whichever typed field holds text the tab does not take.
 */
final class StackControls extends FlowPane {

    private static final Messages WORDS = Messages.of(StackControls.class);

    private final StringExpression error;

    StackControls(VanishingViewModel viewModel) {
        super(12, 6);
        TypedField<Number> depthField = depthField(viewModel);
        TypedField<Number> scaleField = scaleField(viewModel);
        TypedField<Number> seedField = seedField(viewModel);

        ChoiceBox<Integer> width = new ChoiceBox<>(FXCollections.observableArrayList(VanishingViewModel.WIDTHS));
        width.setId("vanishing-width");
        width.setValue(viewModel.widthProperty().get());
        width.valueProperty()
                .addListener((obs, old, now) -> viewModel.widthProperty().set(now));
        viewModel.widthProperty().addListener((obs, old, now) -> width.setValue(now.intValue()));

        OneOfSwitch<InitChoice> init = new OneOfSwitch<>(
                viewModel.initProperty(),
                List.of(InitChoice.values()),
                c -> WORDS.get("init.choice." + c.name()),
                "vanishing-init");
        init.setId("vanishing-init");

        Button reseed = new Button(WORDS.get("reseed"));
        reseed.setId("vanishing-reseed");
        reseed.setOnAction(e -> viewModel.reseed());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("vanishing-busy");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(viewModel.busyProperty());

        getChildren()
                .setAll(
                        group(new Label(WORDS.get("depth")), depthSlider(viewModel), depthField),
                        group(new Label(WORDS.get("width")), width),
                        group(new Label(WORDS.get("init")), init),
                        group(new Label(WORDS.get("scale")), scaleSlider(viewModel), scaleField),
                        group(new Label(WORDS.get("seed")), seedField, reseed, busy));
        setAlignment(Pos.CENTER_LEFT);
        error = Bindings.when(seedField.errorProperty().isNotEmpty())
                .then(seedField.errorProperty())
                .otherwise(Bindings.when(depthField.errorProperty().isNotEmpty())
                        .then(depthField.errorProperty())
                        .otherwise(scaleField.errorProperty()));
    }

    /** Why the text of a typed field is not the value in use, or "" when every field holds its value. */
    StringExpression error() {
        return error;
    }

    private static Slider depthSlider(VanishingViewModel viewModel) {
        Slider depth = new Slider(
                DepthSettings.MIN_DEPTH,
                DepthSettings.MAX_DEPTH,
                viewModel.depthProperty().get());
        depth.setId("vanishing-depth");
        depth.setMajorTickUnit(7);
        depth.setMinorTickCount(6);
        depth.setSnapToTicks(true);
        depth.setShowTickMarks(true);
        depth.setBlockIncrement(1); // an arrow key moves one layer
        depth.valueProperty()
                .addListener((obs, old, now) -> viewModel.depthProperty().set((int) Math.round(now.doubleValue())));
        viewModel.depthProperty().addListener((obs, old, now) -> depth.setValue(now.intValue()));
        return depth;
    }

    private static TypedField<Number> depthField(VanishingViewModel viewModel) {
        TypedField<Number> field = new TypedField<>(
                viewModel.depthProperty(),
                text -> whole(text, DepthSettings.MIN_DEPTH, DepthSettings.MAX_DEPTH),
                n -> Integer.toString(n.intValue()),
                (typed, kept) -> WORDS.format(
                        "depth.error",
                        typed,
                        DepthSettings.MIN_DEPTH,
                        DepthSettings.MAX_DEPTH,
                        viewModel.depthProperty().get()),
                WORDS.get("depth.field.tooltip"));
        field.setId("vanishing-depth-field");
        field.setPrefColumnCount(3);
        return field;
    }

    /** Log-spaced round scales: position i of the slider is {@link ScaleSteps#STEPS}[i]. */
    private static Slider scaleSlider(VanishingViewModel viewModel) {
        Slider scale = new Slider(
                0,
                ScaleSteps.lastPosition(),
                ScaleSteps.position(viewModel.inputScaleProperty().get()));
        scale.setId("vanishing-input-scale");
        scale.setMajorTickUnit(1);
        scale.setMinorTickCount(0);
        scale.setSnapToTicks(true);
        scale.setBlockIncrement(1);
        scale.setShowTickMarks(true);
        scale.setShowTickLabels(true);
        scale.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double position) {
                return NumberText.forDisplay(ScaleSteps.scale(position), 3);
            }

            @Override
            public Double fromString(String text) {
                throw new UnsupportedOperationException("tick labels are not parsed");
            }
        });
        scale.valueProperty().addListener((obs, old, now) -> {
            double k = ScaleSteps.scale(now.doubleValue());
            // a typed scale between two round ones keeps its value until the slider is moved
            if (Math.abs(ScaleSteps.position(viewModel.inputScaleProperty().get()) - now.doubleValue()) > 1e-9) {
                viewModel.inputScaleProperty().set(k);
            }
        });
        viewModel
                .inputScaleProperty()
                .addListener((obs, old, now) -> scale.setValue(ScaleSteps.position(now.doubleValue())));
        return scale;
    }

    private static TypedField<Number> scaleField(VanishingViewModel viewModel) {
        TypedField<Number> field = new TypedField<>(
                viewModel.inputScaleProperty(),
                ScaleStepsText::read,
                n -> ScaleStepsText.write(n.doubleValue()),
                (typed, kept) -> WORDS.format(
                        "scale.error",
                        typed,
                        ScaleStepsText.write(DepthSettings.MIN_INPUT_SCALE),
                        ScaleStepsText.write(DepthSettings.MAX_INPUT_SCALE),
                        kept),
                WORDS.get("scale.field.tooltip"));
        field.setId("vanishing-input-scale-field");
        field.setPrefColumnCount(4);
        return field;
    }

    private static TypedField<Number> seedField(VanishingViewModel viewModel) {
        TypedField<Number> field = new TypedField<>(
                viewModel.seedProperty(),
                text -> whole(text, DepthSettings.MIN_SEED, Long.MAX_VALUE),
                n -> Long.toString(n.longValue()),
                (typed, kept) -> WORDS.format("seed.error", typed, kept),
                WORDS.get("seed.tooltip"));
        field.setId("vanishing-seed");
        field.setPrefColumnCount(7);
        return field;
    }

    /** The whole number typed, by the program's number grammar, when it lies in [min, max]. */
    static Optional<Number> whole(String text, long min, long max) {
        try {
            long v = NumberGrammar.parseWhole(text);
            return v >= min && v <= max ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static HBox group(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** How the scale field reads and writes a scale. */
    static final class ScaleStepsText {
        private ScaleStepsText() {}

        /** The scale typed, when it is a number from 1 to 100. */
        static Optional<Number> read(String text) {
            try {
                double k = NumberText.parse(text);
                boolean offered = k >= DepthSettings.MIN_INPUT_SCALE && k <= DepthSettings.MAX_INPUT_SCALE;
                return offered ? Optional.of(k) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        /** The scale with up to three significant digits, as the tensors' numbers are written. */
        static String write(double k) {
            return NumberText.forDisplay(k, 3);
        }
    }
}
