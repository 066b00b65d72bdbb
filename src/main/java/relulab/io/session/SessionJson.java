package relulab.io.session;

import com.google.gson.JsonObject;
import relulab.core.GradientAtZero;

/**
 * The mapping between a {@link Session} and the JSON object of a {@code .relulab} file,
 * schema version {@value #VERSION}:
 * <pre>
 * {"format": "relulab-session", "version": 1,
 *  "x": {tensor}, "dout": {tensor},                       (see TensorJson)
 *  "leaky_slope": 0.0, "gradient_at_zero": 0,             (0, 0.5 or 1)
 *  "colors": {"palette": "BLUE_RED", "scope": "FORWARD_BACKWARD"},
 *  "dying": {"learning_rate": 0.1, "dataset": "spiral", "activation": "relu", "hidden_layers": 2,
 *            "width": 64, "steps": 300, "seed": 1},
 *  "vanishing": {"depth": 20, "width": 64, "init": "recommended", "input_scale": 1.0, "seed": 1},
 *  "selected_tab": "workbench"}
 * </pre>
 * {@code colors}, {@code dying}, {@code vanishing} and {@code selected_tab} may be left out.
 * Reading checks every member's kind and the tensors' shapes and data, and refuses the whole file
 * at the first problem, so nothing is half-restored; the window checks the lessons' values
 * (ranges, names) itself. Members this version does not know are ignored.
 */
final class SessionJson {

    /** The value of {@code "format"}: tells a session from any other JSON file. */
    static final String FORMAT = "relulab-session";
    /** The schema version written, and the newest one read. */
    static final int VERSION = 1;

    private SessionJson() {
    }

    static JsonObject write(Session s) {
        JsonObject o = new JsonObject();
        o.addProperty("format", FORMAT);
        o.addProperty("version", VERSION);
        o.add("x", TensorJson.write(s.x()));
        o.add("dout", TensorJson.write(s.dout()));
        o.addProperty("leaky_slope", s.leakySlope());
        o.addProperty("gradient_at_zero", s.gradientAtZero().slope());
        if (s.colors() != null) {
            JsonObject c = new JsonObject();
            c.addProperty("palette", s.colors().palette());
            c.addProperty("scope", s.colors().scope());
            o.add("colors", c);
        }
        if (s.dying() != null) {
            o.add("dying", dying(s.dying()));
        }
        if (s.vanishing() != null) {
            VanishingSettings v = s.vanishing();
            JsonObject j = new JsonObject();
            j.addProperty("depth", v.depth());
            j.addProperty("width", v.width());
            j.addProperty("init", v.init());
            j.addProperty("input_scale", v.inputScale());
            j.addProperty("seed", v.seed());
            o.add("vanishing", j);
        }
        if (s.selectedTab() != null) {
            o.addProperty("selected_tab", s.selectedTab());
        }
        return o;
    }

    private static JsonObject dying(DyingSettings c) {
        JsonObject j = new JsonObject();
        j.addProperty("learning_rate", c.learningRate());
        j.addProperty("dataset", c.dataset());
        j.addProperty("activation", c.activation());
        j.addProperty("hidden_layers", c.hiddenLayers());
        j.addProperty("width", c.width());
        j.addProperty("steps", c.steps());
        j.addProperty("seed", c.seed());
        return j;
    }

    static Session read(JsonObject root, long maxElements) throws SessionFormatException {
        JsonFields f = new JsonFields(root, "");
        if (!f.has("format") || !(root.get("format").isJsonPrimitive()) || !FORMAT.equals(root.get("format").getAsString())) {
            throw new SessionFormatException("not a ReLU Lab session: it lacks \"format\": \"" + FORMAT + "\"");
        }
        long version = f.whole("version", 1, Integer.MAX_VALUE);
        if (version > VERSION) {
            throw new SessionFormatException("was saved by a newer ReLU Lab (session version " + version
                    + "); this one opens versions up to " + VERSION + ", so please update ReLU Lab");
        }
        var x = TensorJson.read(f, "x", maxElements);
        var dout = TensorJson.read(f, "dout", maxElements);
        if (!x.tensor().shape().equals(dout.tensor().shape())) {
            throw new SessionFormatException("dout has shape " + dout.shapeText() + " but x has shape "
                    + x.shapeText() + "; they must match");
        }
        double slope = f.number("leaky_slope");
        if (!(slope >= 0 && slope < 1)) {
            throw new SessionFormatException("leaky_slope must be 0 (ReLU) or a slope in (0, 1), got " + slope);
        }
        GradientAtZero atZero = gradientAtZero(f);
        ColorSettings colors = f.has("colors") ? colors(f.object("colors")) : null;
        DyingSettings dying = f.has("dying") ? dying(f.object("dying")) : null;
        VanishingSettings vanishing = f.has("vanishing") ? vanishing(f.object("vanishing")) : null;
        String tab = f.has("selected_tab") ? f.string("selected_tab") : null;
        return new Session(x, dout, slope, atZero, colors, dying, vanishing, tab);
    }

    private static GradientAtZero gradientAtZero(JsonFields f) throws SessionFormatException {
        double v = f.number("gradient_at_zero");
        for (GradientAtZero g : GradientAtZero.values()) {
            if (g.slope() == v) {
                return g;
            }
        }
        throw new SessionFormatException("gradient_at_zero must be 0, 0.5 or 1, got " + v);
    }

    private static ColorSettings colors(JsonFields f) throws SessionFormatException {
        return new ColorSettings(nonBlank(f, "palette"), nonBlank(f, "scope"));
    }

    private static String nonBlank(JsonFields f, String key) throws SessionFormatException {
        String s = f.string(key);
        if (s.isBlank()) {
            throw new SessionFormatException(f.name(key) + " is empty");
        }
        return s;
    }

    private static DyingSettings dying(JsonFields f) throws SessionFormatException {
        return new DyingSettings(f.number("learning_rate"), nonBlank(f, "dataset"), nonBlank(f, "activation"),
                (int) f.whole("hidden_layers", 0, Integer.MAX_VALUE), (int) f.whole("width", 0, Integer.MAX_VALUE),
                (int) f.whole("steps", 0, Integer.MAX_VALUE), f.whole("seed", Long.MIN_VALUE, Long.MAX_VALUE));
    }

    private static VanishingSettings vanishing(JsonFields f) throws SessionFormatException {
        return new VanishingSettings((int) f.whole("depth", 0, Integer.MAX_VALUE),
                (int) f.whole("width", 0, Integer.MAX_VALUE), nonBlank(f, "init"), f.number("input_scale"),
                f.whole("seed", Long.MIN_VALUE, Long.MAX_VALUE));
    }
}
