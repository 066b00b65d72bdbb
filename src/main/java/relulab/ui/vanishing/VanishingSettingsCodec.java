package relulab.ui.vanishing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import relulab.core.Activation;
import relulab.io.MessageText;
import relulab.io.session.PartFields;
import relulab.train.vanishing.DepthSettings;
import relulab.train.vanishing.InitChoice;
import relulab.train.vanishing.VanishingExperiment;
import relulab.ui.lesson.KeptSettings;
import relulab.ui.lesson.LessonIds;
import relulab.ui.shared.text.Messages;

/**
 * The vanishing-gradient lesson's stack in a session:
 * <pre>
 * {"depth": 20, "width": 64, "init": "recommended", "input_scale": 1.0, "seed": 1,
 *  "shown": ["sigmoid", "tanh", "relu"]}
 * </pre>
 * Reading takes only what the tab offers, and refuses anything else in one line: a depth of the
 * depth slider, a width of the width menu ({@link VanishingViewModel#WIDTHS}), an initialisation
 * it knows, an input scale from 1 to 100, a seed from 0 up, and members of the family by id, each
 * once. A session written before the family came ({@code shown} absent) shows the chapter's three.
 * A refusal is in the window's language, as the shell shows it.
 */
final class VanishingSettingsCodec implements KeptSettings.Codec<VanishingSettings> {

    /** The key of the part in a session. */
    static final String KEY = LessonIds.VANISHING;

    private static final String SHOWN = "shown";

    private static final Messages WORDS = Messages.of(VanishingSettingsCodec.class);

    @Override
    public JsonElement toJson(VanishingSettings v) {
        DepthSettings s = v.stack();
        JsonObject j = new JsonObject();
        j.addProperty("depth", s.depth());
        j.addProperty("width", s.width());
        j.addProperty("init", s.init().label());
        j.addProperty("input_scale", s.inputScale());
        j.addProperty("seed", s.seed());
        JsonArray shown = new JsonArray();
        v.shown().forEach(shown::add);
        j.add(SHOWN, shown);
        return j;
    }

    @Override
    public VanishingSettings fromJson(JsonElement json) {
        PartFields f = PartFields.of(KEY, json);
        int depth = (int) f.whole("depth", DepthSettings.MIN_DEPTH, DepthSettings.MAX_DEPTH);
        int width = (int) f.whole("width", 0, Integer.MAX_VALUE);
        if (!VanishingViewModel.WIDTHS.contains(width)) {
            throw new IllegalArgumentException(WORDS.format(
                    "session.width.refused",
                    KEY,
                    VanishingViewModel.WIDTHS.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    Integer.toString(width)));
        }
        InitChoice init = f.choice("init", InitChoice::parse);
        double scale = f.number("input_scale");
        if (!(scale >= DepthSettings.MIN_INPUT_SCALE && scale <= DepthSettings.MAX_INPUT_SCALE)) {
            throw new IllegalArgumentException(WORDS.format(
                    "session.scale.refused",
                    KEY,
                    StackControls.ScaleStepsText.write(DepthSettings.MIN_INPUT_SCALE),
                    StackControls.ScaleStepsText.write(DepthSettings.MAX_INPUT_SCALE),
                    Double.toString(scale)));
        }
        long seed = f.whole("seed", DepthSettings.MIN_SEED, Long.MAX_VALUE);
        DepthSettings stack;
        try {
            stack = new DepthSettings(depth, width, init, scale, seed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(KEY + ": " + e.getMessage(), e);
        }
        return new VanishingSettings(stack, shown(json.getAsJsonObject()));
    }

    /** The ids of the members shown, in the family's order; the chapter's three when the session names none. */
    private static List<String> shown(JsonObject part) {
        List<String> family =
                VanishingExperiment.FAMILY.stream().map(Activation::id).toList();
        if (!part.has(SHOWN)) {
            return family.subList(0, VanishingViewModel.SHOWN_AT_START);
        }
        JsonElement list = part.get(SHOWN);
        if (!list.isJsonArray()) {
            throw new IllegalArgumentException(WORDS.format("session.shown.notList", KEY));
        }
        List<String> named = new ArrayList<>();
        for (JsonElement e : list.getAsJsonArray()) {
            String id = e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : e.toString();
            if (!family.contains(id)) {
                throw new IllegalArgumentException(
                        WORDS.format("session.shown.unknown", KEY, MessageText.quote(id), String.join(", ", family)));
            }
            if (named.contains(id)) {
                throw new IllegalArgumentException(WORDS.format("session.shown.twice", KEY, MessageText.quote(id)));
            }
            named.add(id);
        }
        return family.stream().filter(named::contains).toList();
    }
}
