package relulab.ui.app.keep;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Arrays;
import relulab.io.MessageText;
import relulab.io.session.PartFields;
import relulab.ui.lesson.KeptSettings;
import relulab.ui.shared.grid.ColorScope;
import relulab.ui.shared.grid.Palette;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.GridColors;

/**
 * The grids' colours as a part of a session, the shell's own:
 * {@code {"palette": "BLUE_RED", "scope": "FORWARD_BACKWARD"}}, by the names of the window's
 * choices; reading refuses a name the window does not know.
 */
final class ColorsPart implements KeptSettings.Codec<GridColors.Choice> {

    /** The key of the part in a session. */
    static final String KEY = "colors";

    private ColorsPart() {}

    /** The part kept for {@code colors}, following them both ways. */
    static KeptSettings<GridColors.Choice> of(GridColors colors) {
        KeptSettings<GridColors.Choice> part = new KeptSettings<>(KEY, new ColorsPart());
        part.link(colors::choice, colors::apply, colors.paletteProperty(), colors.scopeProperty());
        return part;
    }

    @Override
    public JsonElement toJson(GridColors.Choice c) {
        JsonObject j = new JsonObject();
        j.addProperty("palette", c.palette().name());
        j.addProperty("scope", c.scope().name());
        return j;
    }

    @Override
    public GridColors.Choice fromJson(JsonElement json) {
        PartFields f = PartFields.of(KEY, json);
        return new GridColors.Choice(
                named(Palette.values(), f.string("palette"), "palette"),
                named(ColorScope.values(), f.string("scope"), "scope"));
    }

    private static <E extends Enum<E>> E named(E[] values, String name, String what) {
        for (E v : values) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        Messages words = Messages.of(ColorsPart.class);
        throw new IllegalArgumentException(words.format(
                "refused.unknown.name",
                KEY,
                what,
                MessageText.quote(name),
                String.join(
                        words.get("refused.or"),
                        Arrays.stream(values).map(Enum::name).toList())));
    }
}
