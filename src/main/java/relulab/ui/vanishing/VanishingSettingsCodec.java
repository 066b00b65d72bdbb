package relulab.ui.vanishing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import relulab.io.session.PartFields;
import relulab.train.vanishing.DepthSettings;
import relulab.train.vanishing.InitChoice;
import relulab.ui.lesson.KeptSettings;
import relulab.ui.lesson.LessonIds;

/**
 * The vanishing-gradient lesson's stack in a session:
 * <pre>
 * {"depth": 20, "width": 64, "init": "recommended", "input_scale": 1.0, "seed": 1}
 * </pre>
 * Reading takes only what the tab offers: the depths, widths and input scales of its controls
 * and the initialisations it knows.
 */
final class VanishingSettingsCodec implements KeptSettings.Codec<DepthSettings> {

    /** The key of the part in a session. */
    static final String KEY = LessonIds.VANISHING;

    @Override
    public JsonElement toJson(DepthSettings v) {
        JsonObject j = new JsonObject();
        j.addProperty("depth", v.depth());
        j.addProperty("width", v.width());
        j.addProperty("init", v.init().label());
        j.addProperty("input_scale", v.inputScale());
        j.addProperty("seed", v.seed());
        return j;
    }

    @Override
    public DepthSettings fromJson(JsonElement json) {
        PartFields f = PartFields.of(KEY, json);
        int depth = (int) f.whole("depth", 0, Integer.MAX_VALUE);
        int width = (int) f.whole("width", 0, Integer.MAX_VALUE);
        String init = f.string("init");
        double scale = f.number("input_scale");
        long seed = f.whole("seed", Long.MIN_VALUE, Long.MAX_VALUE);
        try {
            return new DepthSettings(depth, width, InitChoice.parse(init), scale, seed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(KEY + ": " + e.getMessage(), e);
        }
    }
}
