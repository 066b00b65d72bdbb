package relulab.io.session;

import com.google.gson.JsonElement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import relulab.core.Activations;
import relulab.core.GradientAtZero;
import relulab.io.TensorData;

/**
 * Everything a {@code .relulab} file keeps: the tensors the lessons share, how the layer
 * computes, and the parts of the window's state that lessons (and the shell) keep, by key.
 *
 * <p>Files know nothing of lessons: a part is the JSON its owner wrote, and its owner checks it
 * when a session is opened. A part may be absent: a session written before a lesson existed, or
 * one made by the command line, leaves that lesson as it is when opened.
 *
 * @param x              the layer's input, with the dtype and rank it came in
 * @param dout           the upstream gradient, of x's shape
 * @param activation     the layer's activation as {@link Activations#parse} reads it, e.g. {@code relu}
 * @param gradientAtZero the chosen ReLU′(0)
 * @param parts          each part's JSON by its key ({@code colors}, {@code dying}, …), in the order written, perhaps none
 * @param selectedTab    the id of the lesson shown, or null
 */
public record Session(
        TensorData x,
        TensorData dout,
        String activation,
        GradientAtZero gradientAtZero,
        Map<String, JsonElement> parts,
        String selectedTab) {

    public Session {
        if (x == null || dout == null || activation == null || gradientAtZero == null) {
            throw new IllegalArgumentException("a session needs x, dout, an activation and ReLU′(0)");
        }
        x.tensor().shape().requireSame(dout.tensor().shape(), "dout");
        Activations.parse(activation); // throws naming the activations there are
        parts = parts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }
}
