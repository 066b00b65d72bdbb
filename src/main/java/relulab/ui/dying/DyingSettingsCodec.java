package relulab.ui.dying;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.io.MessageText;
import relulab.io.session.PartFields;
import relulab.train.DatasetKind;
import relulab.train.TrainingConfig;
import relulab.ui.lesson.KeptSettings;
import relulab.ui.lesson.LessonIds;
import relulab.ui.shared.text.Messages;

/**
 * The dying-ReLU lesson's network and training in a session:
 * <pre>
 * {"learning_rate": 0.1, "dataset": "spiral", "activation": "relu", "hidden_layers": 2,
 *  "width": 64, "steps": 300, "seed": 1}
 * </pre>
 * Reading takes only what the tab offers ({@link DyingOffer}): a dataset it knows, one of its
 * activations ({@link HiddenActivations}), a layer count, width and step count of its menus, a
 * rate in the slider's range and a seed its field accepts. Anything else is refused in one line
 * before the lesson changes, so a session cannot start a training the controls could not.
 */
final class DyingSettingsCodec implements KeptSettings.Codec<TrainingConfig> {

    /** The key of the part in a session. */
    static final String KEY = LessonIds.DYING;

    private static final Messages WORDS = Messages.of(DyingSettingsCodec.class);

    @Override
    public JsonElement toJson(TrainingConfig c) {
        JsonObject j = new JsonObject();
        j.addProperty("learning_rate", c.learningRate());
        j.addProperty("dataset", c.dataset().label());
        j.addProperty("activation", c.activation().name());
        j.addProperty("hidden_layers", c.hiddenLayers());
        j.addProperty("width", c.width());
        j.addProperty("steps", c.steps());
        j.addProperty("seed", c.seed());
        return j;
    }

    @Override
    public TrainingConfig fromJson(JsonElement json) {
        PartFields f = PartFields.of(KEY, json);
        double rate = f.number("learning_rate");
        DatasetKind dataset = f.choice("dataset", DatasetKind::parse);
        String activation = f.string("activation");
        int layers = offered(f, "hidden_layers", DyingOffer.LAYERS);
        int width = offered(f, "width", DyingOffer.WIDTHS);
        int steps = offered(f, "steps", DyingOffer.STEPS);
        long seed = f.whole("seed", Long.MIN_VALUE, Long.MAX_VALUE);
        if (!DyingOffer.offersRate(rate)) {
            throw new IllegalArgumentException(WORDS.format(
                    "session.rate.refused",
                    KEY,
                    RunSentences.number(DyingOffer.MIN_RATE),
                    RunSentences.number(DyingOffer.MAX_RATE),
                    Double.toString(rate)));
        }
        if (seed < 0 || seed > DyingOffer.MAX_SEED) {
            throw new IllegalArgumentException(
                    WORDS.format("session.seed.refused", KEY, Long.toString(DyingOffer.MAX_SEED), Long.toString(seed)));
        }
        Activation a = offeredActivation(activation);
        try {
            return new TrainingConfig(dataset, layers, width, a, rate, steps, seed, 0, 0.0);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(KEY + ": " + e.getMessage(), e);
        }
    }

    /** The whole number under {@code key}, which must be one of {@code menu}. */
    private static int offered(PartFields f, String key, List<Integer> menu) {
        long value = f.whole(key, Long.MIN_VALUE, Long.MAX_VALUE);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE || !menu.contains((int) value)) {
            String choices = menu.stream().map(String::valueOf).collect(Collectors.joining(", "));
            throw new IllegalArgumentException(
                    WORDS.format("session.choice.refused", KEY, key, choices, Long.toString(value)));
        }
        return (int) value;
    }

    /** The menu's activation named by {@code spec}, parameters included. */
    private static Activation offeredActivation(String spec) {
        Activation a;
        try {
            a = Activations.parse(spec);
        } catch (IllegalArgumentException e) {
            a = null;
        }
        if (a == null || !HiddenActivations.offers(a)) {
            String offered =
                    HiddenActivations.offered().stream().map(Activation::name).collect(Collectors.joining(" | "));
            throw new IllegalArgumentException(
                    WORDS.format("session.activation.refused", KEY, MessageText.quote(spec), offered));
        }
        return a;
    }
}
