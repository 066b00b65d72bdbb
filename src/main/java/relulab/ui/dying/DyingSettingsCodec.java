package relulab.ui.dying;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.stream.Collectors;
import relulab.core.Activation;
import relulab.core.Activations;
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
 * Reading takes only what the tab offers: a dataset it knows, one of its activations
 * ({@link HiddenActivations}), a seed its field accepts, sizes the trainer takes.
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
        String dataset = f.string("dataset");
        String activation = f.string("activation");
        int layers = (int) f.whole("hidden_layers", 0, Integer.MAX_VALUE);
        int width = (int) f.whole("width", 0, Integer.MAX_VALUE);
        int steps = (int) f.whole("steps", 0, Integer.MAX_VALUE);
        long seed = f.whole("seed", Long.MIN_VALUE, Long.MAX_VALUE);
        TrainingConfig c;
        try {
            Activation a = Activations.parse(activation);
            c = new TrainingConfig(DatasetKind.parse(dataset), layers, width, a, rate, steps, seed, 0, 0.0);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(KEY + ": " + e.getMessage(), e);
        }
        if (!HiddenActivations.offers(c.activation())) {
            String offered =
                    HiddenActivations.offered().stream().map(Activation::name).collect(Collectors.joining(" | "));
            throw new IllegalArgumentException(WORDS.format("session.activation.refused", KEY, activation, offered));
        }
        if (c.seed() < 0 || c.seed() > DyingViewModel.MAX_SEED) {
            throw new IllegalArgumentException(WORDS.format(
                    "session.seed.refused", KEY, Long.toString(DyingViewModel.MAX_SEED), Long.toString(c.seed())));
        }
        return c;
    }
}
