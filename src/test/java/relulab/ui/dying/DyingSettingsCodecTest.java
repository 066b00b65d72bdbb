package relulab.ui.dying;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import relulab.train.TrainingConfig;

/** A session's dying part is taken only when the lesson's controls offer every one of its values. */
class DyingSettingsCodecTest {

    private final DyingSettingsCodec codec = new DyingSettingsCodec();

    /** The default settings, as a session keeps them, changed by {@code edit}. */
    private JsonObject part(Consumer<JsonObject> edit) {
        JsonObject j = codec.toJson(TrainingConfig.DEFAULT).getAsJsonObject();
        edit.accept(j);
        return j;
    }

    /** Reading {@code j} is refused with one line that contains {@code words}. */
    private void refused(JsonObject j, String words) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codec.fromJson(j));
        assertTrue(e.getMessage().contains(words), () -> "expected '" + words + "' in: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void theDefaultSettingsComeBackAsTheyWent() {
        assertEquals(TrainingConfig.DEFAULT, codec.fromJson(codec.toJson(TrainingConfig.DEFAULT)));
    }

    @Test
    void everyActivationOfTheMenuComesBack() {
        for (var f : HiddenActivations.offered()) {
            TrainingConfig c = TrainingConfig.DEFAULT.withActivation(f);
            assertEquals(c, codec.fromJson(codec.toJson(c)), f.name());
        }
    }

    @Test
    void theLargestNetworkOfNoMenuIsRefusedBeforeItTrains() {
        // 8 layers × 1024 units × 100,000 steps: the trainer's limits, far beyond the menus'.
        refused(
                part(j -> {
                    j.addProperty("hidden_layers", 8);
                    j.addProperty("width", 1024);
                    j.addProperty("steps", 100_000);
                }),
                "dying: hidden_layers must be one of 1, 2, 3, 4, got 8");
    }

    @Test
    void aWidthTheMenuDoesNotOfferIsRefused() {
        refused(part(j -> j.addProperty("width", 1024)), "dying: width must be one of 8, 16, 32, 64, 128, got 1024");
    }

    @Test
    void aStepCountTheMenuDoesNotOfferIsRefused() {
        refused(
                part(j -> j.addProperty("steps", 100_000)),
                "dying: steps must be one of 50, 100, 300, 1000, got 100000");
    }

    @Test
    void zeroLayersAreRefused() {
        refused(part(j -> j.addProperty("hidden_layers", 0)), "hidden_layers must be one of 1, 2, 3, 4, got 0");
    }

    @Test
    void aHugeLearningRateIsRefused() {
        refused(part(j -> j.addProperty("learning_rate", 1e300)), "learning_rate must be a number from 0.001 to 10");
    }

    @Test
    void aSubnormalLearningRateIsRefused() {
        refused(part(j -> j.addProperty("learning_rate", 4.9e-324)), "got 4.9E-324");
    }

    @Test
    void aRateJustAboveTheSliderIsRefusedAndItsEndsAreTaken() {
        refused(part(j -> j.addProperty("learning_rate", 10.000001)), "learning_rate must be a number from");
        assertEquals(
                10.0,
                codec.fromJson(part(j -> j.addProperty("learning_rate", 10))).learningRate());
        assertEquals(
                1e-3,
                codec.fromJson(part(j -> j.addProperty("learning_rate", 1e-3))).learningRate());
    }

    @Test
    void aNegativeSeedIsRefused() {
        refused(part(j -> j.addProperty("seed", -1)), "dying: seed must be 0 to 999999, got -1");
    }

    @Test
    void aSeedBeyondTheFieldIsRefused() {
        refused(part(j -> j.addProperty("seed", 1_000_000)), "dying: seed must be 0 to 999999, got 1000000");
    }

    @Test
    void anActivationTheMenuDoesNotOfferIsRefused() {
        refused(
                part(j -> j.addProperty("activation", "sigmoid")),
                "dying: activation 'sigmoid' is not one the lesson offers");
    }

    @Test
    void anOfferedActivationWithOtherParametersIsRefused() {
        refused(part(j -> j.addProperty("activation", "elu:0.5")), "activation 'elu:0.5' is not one the lesson offers");
    }

    @Test
    void anActivationNoOneKnowsIsRefusedQuotedAndCut() {
        String name = "swish\u202e" + "x".repeat(100);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> codec.fromJson(part(j -> j.addProperty("activation", name))));
        assertFalse(e.getMessage().contains("\u202e"), e.getMessage());
        assertFalse(e.getMessage().contains("x".repeat(60)), e.getMessage());
    }

    /** Session text is quoted as every message quotes what came from outside: escaped, and cut. */
    @Test
    void aHostileDatasetIsQuotedCutAndTheReasonStillShows() {
        String hostile = "x\n\u202E" + "y".repeat(5000);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> codec.fromJson(part(j -> j.addProperty("dataset", hostile))));
        assertEquals(
                "dying.dataset 'x\\u000A\\u202E" + "y".repeat(37)
                        + "\u2026': unknown dataset (expected spiral, circles, xor or gaussians)",
                e.getMessage());
    }
}
