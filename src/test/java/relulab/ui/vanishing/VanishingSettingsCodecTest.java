package relulab.ui.vanishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import relulab.testsupport.KeptLocale;
import relulab.train.vanishing.DepthSettings;
import relulab.train.vanishing.InitChoice;
import relulab.ui.shared.text.UiLocale;

/** The vanishing lesson's part of a session takes what the tab offers and refuses the rest in one line. */
class VanishingSettingsCodecTest {

    @RegisterExtension
    final KeptLocale language = new KeptLocale();

    private final VanishingSettingsCodec codec = new VanishingSettingsCodec();

    private static JsonElement part(String depth, String width, String init, String scale, String seed, String shown) {
        return JsonParser.parseString("{\"depth\": " + depth + ", \"width\": " + width + ", \"init\": " + init
                + ", \"input_scale\": " + scale + ", \"seed\": " + seed
                + (shown == null ? "" : ", \"shown\": " + shown) + "}");
    }

    private String refusal(JsonElement json) {
        String message = assertThrows(IllegalArgumentException.class, () -> codec.fromJson(json))
                .getMessage();
        assertFalse(message.contains("\n"), "one line: " + message);
        return message;
    }

    @Test
    void whatTheTabWritesReadsBack() {
        VanishingSettings settings = new VanishingSettings(
                new DepthSettings(37, 128, InitChoice.XAVIER, 28.8, 42), List.of("tanh", "relu", "gelu"));
        assertEquals(settings, codec.fromJson(codec.toJson(settings)));
    }

    @Test
    void aSessionFromBeforeTheFamilyShowsTheChaptersThree() {
        VanishingSettings read = codec.fromJson(part("20", "64", "\"recommended\"", "1.0", "1", null));
        assertEquals(List.of("sigmoid", "tanh", "relu"), read.shown());
    }

    @Test
    void aWidthTheMenuDoesNotOfferIsRefused() {
        assertEquals(
                "vanishing.width must be one of 16, 32, 64, 128, 256, 512, got 3",
                refusal(part("20", "3", "\"recommended\"", "1.0", "1", null)));
    }

    @Test
    void aDepthBeyondTheSliderIsRefused() {
        String message = refusal(part("51", "64", "\"recommended\"", "1.0", "1", null));
        assertEquals(true, message.startsWith("vanishing.depth"), message);
        refusal(part("0", "64", "\"recommended\"", "1.0", "1", null));
    }

    @Test
    void aNegativeSeedIsRefused() {
        String message = refusal(part("20", "64", "\"recommended\"", "1.0", "-1", null));
        assertEquals(true, message.startsWith("vanishing.seed"), message);
    }

    @Test
    void anUnknownActivationIsRefusedWithTheMembersTheTabOffers() {
        assertEquals(
                "vanishing.shown: 'swish' is not one of sigmoid, tanh, relu, leaky, elu, gelu, silu, softplus",
                refusal(part("20", "64", "\"recommended\"", "1.0", "1", "[\"relu\", \"swish\"]")));
        assertEquals(
                "vanishing.shown: 'relu' is named twice",
                refusal(part("20", "64", "\"recommended\"", "1.0", "1", "[\"relu\", \"relu\"]")));
        assertEquals(
                "vanishing.shown must be a list of activation names",
                refusal(part("20", "64", "\"recommended\"", "1.0", "1", "\"relu\"")));
    }

    @Test
    void anInputScaleOutsideTheSliderAndAnUnknownInitialisationAreRefused() {
        assertEquals(
                "vanishing: input scale must be 1 to 100, got 1000.0",
                refusal(part("20", "64", "\"recommended\"", "1000", "1", null)));
        assertEquals(
                "vanishing.init 'glorot': unknown initialisation (expected recommended, xavier or he)",
                refusal(part("20", "64", "\"glorot\"", "1.0", "1", null)));
    }

    /** The shell shows a refusal as the codec words it, so the codec words it in the window's language. */
    @Test
    void aRefusalIsInTheWindowsLanguage() {
        UiLocale.set(Locale.forLanguageTag("pt-BR"));
        assertEquals(
                "vanishing.width deve ser um de 16, 32, 64, 128, 256, 512, mas é 3",
                refusal(part("20", "3", "\"recommended\"", "1.0", "1", null)));
        assertEquals(
                "vanishing: a escala de entrada deve estar entre 1 e 100, mas é 1000.0",
                refusal(part("20", "64", "\"recommended\"", "1000", "1", null)));
        UiLocale.set(Locale.forLanguageTag("es"));
        assertEquals(
                "vanishing.shown: 'relu' aparece dos veces",
                refusal(part("20", "64", "\"recommended\"", "1.0", "1", "[\"relu\", \"relu\"]")));
    }

    /** Session text is quoted as every message quotes what came from outside: escaped, and cut. */
    @Test
    void aHostileInitialisationIsQuotedCutAndTheReasonStillShows() {
        String hostile = "x\n\u202E" + "y".repeat(5000);
        assertEquals(
                "vanishing.init 'x\\u000A\\u202E" + "y".repeat(37)
                        + "\u2026': unknown initialisation (expected recommended, xavier or he)",
                refusal(part("20", "64", new com.google.gson.JsonPrimitive(hostile).toString(), "1.0", "1", null)));
    }
}
