package relulab.io.session;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import relulab.core.Activations;
import relulab.core.GradientAtZero;

/**
 * The mapping between a {@link Session} and the JSON object of a {@code .relulab} file,
 * schema version {@value #VERSION}:
 * <pre>
 * {"format": "relulab-session", "version": 2,
 *  "x": {tensor}, "dout": {tensor},                       (see TensorJson)
 *  "activation": "relu", "gradient_at_zero": 0,           (any activation spec; 0, 0.5 or 1)
 *  "lessons": {"colors": {…}, "dying": {…}, "vanishing": {…}},
 *  "selected_tab": "workbench"}
 * </pre>
 * {@code lessons} and {@code selected_tab} may be left out; each member of {@code lessons} is
 * one part of the window's state as its owner wrote it, checked by its owner when the session
 * is opened. Version 1 is still read: it had {@code "leaky_slope": 0.0} (0 for ReLU, else
 * Leaky ReLU's slope) for the activation and its parts ({@code colors}, {@code dying},
 * {@code vanishing}) at the top level.
 *
 * <p>Reading checks every member's kind and the tensors' shapes and data, and refuses the whole
 * file at the first problem, so nothing is half-restored. Members this version does not know
 * are ignored.
 */
final class SessionJson {

    /** The value of {@code "format"}: tells a session from any other JSON file. */
    static final String FORMAT = "relulab-session";
    /** The schema version written, and the newest one read. */
    static final int VERSION = 2;
    /** The members of a version 1 file that were lessons' parts. */
    private static final String[] VERSION_1_PARTS = {"colors", "dying", "vanishing"};

    private SessionJson() {}

    static JsonObject write(Session s) {
        JsonObject o = new JsonObject();
        o.addProperty("format", FORMAT);
        o.addProperty("version", VERSION);
        o.add("x", TensorJson.write(s.x()));
        o.add("dout", TensorJson.write(s.dout()));
        o.addProperty("activation", s.activation());
        o.addProperty("gradient_at_zero", s.gradientAtZero().slope());
        if (!s.parts().isEmpty()) {
            JsonObject parts = new JsonObject();
            s.parts().forEach((key, json) -> parts.add(key, json.deepCopy()));
            o.add("lessons", parts);
        }
        if (s.selectedTab() != null) {
            o.addProperty("selected_tab", s.selectedTab());
        }
        return o;
    }

    static Session read(JsonObject root, long maxElements) throws SessionFormatException {
        JsonFields f = new JsonFields(root, "");
        if (!f.has("format")
                || !root.get("format").isJsonPrimitive()
                || !FORMAT.equals(root.get("format").getAsString())) {
            throw SessionFormatException.because("session.format", FORMAT);
        }
        long version = f.whole("version", 1, Integer.MAX_VALUE);
        if (version > VERSION) {
            throw SessionFormatException.because("session.newer", Long.toString(version), Integer.toString(VERSION));
        }
        var x = TensorJson.read(f, "x", maxElements);
        var dout = TensorJson.read(f, "dout", maxElements);
        if (!x.tensor().shape().equals(dout.tensor().shape())) {
            throw SessionFormatException.because("session.shapes", dout.shapeText(), x.shapeText());
        }
        String activation = version == 1 ? leakySlope(f) : activation(f);
        GradientAtZero atZero = gradientAtZero(f);
        Map<String, JsonElement> parts = new LinkedHashMap<>();
        if (version == 1) {
            for (String key : VERSION_1_PARTS) {
                if (f.has(key)) {
                    parts.put(key, f.element(key));
                }
            }
        } else if (f.has("lessons")) {
            JsonFields lessons = f.object("lessons");
            for (Map.Entry<String, JsonElement> e :
                    root.getAsJsonObject("lessons").entrySet()) {
                if (lessons.has(e.getKey())) {
                    parts.put(e.getKey(), e.getValue());
                }
            }
        }
        String tab = f.has("selected_tab") ? f.string("selected_tab") : null;
        return new Session(x, dout, activation, atZero, parts, tab);
    }

    /** Version 1's activation: 0 for ReLU, else Leaky ReLU's slope. */
    private static String leakySlope(JsonFields f) throws SessionFormatException {
        double slope = f.number("leaky_slope");
        if (!(slope >= 0 && slope < 1)) {
            throw SessionFormatException.because("session.leakySlope", Double.toString(slope));
        }
        return slope == 0 ? "relu" : "leaky:" + slope;
    }

    private static String activation(JsonFields f) throws SessionFormatException {
        String spec = f.string("activation");
        try {
            return Activations.parse(spec).name();
        } catch (IllegalArgumentException e) {
            throw SessionFormatException.because("session.activation", SessionFormatException.reasonOf(e));
        }
    }

    private static GradientAtZero gradientAtZero(JsonFields f) throws SessionFormatException {
        double v = f.number("gradient_at_zero");
        for (GradientAtZero g : GradientAtZero.values()) {
            if (g.slope() == v) {
                return g;
            }
        }
        throw SessionFormatException.because("session.gradientAtZero", Double.toString(v));
    }
}
