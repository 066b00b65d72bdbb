package relulab.ui.app.keep;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.DType;
import relulab.io.MessageText;
import relulab.io.TensorData;
import relulab.io.session.Session;
import relulab.ui.lesson.KeptSettings;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.LabSnapshot;
import relulab.ui.state.LabState;

/**
 * Between the window's state and a {@link Session}: {@link #capture} takes everything a
 * session keeps, {@link #prepare} checks that the window can take a session, and
 * {@link #restore} puts it in place.
 *
 * <p>The mapping knows no lesson: it keeps the shared state and every part it is given (the
 * lessons' settings and the grids' colours), each by its key and in its owner's JSON.
 *
 * <p>A session keeps each tensor's dtype and rank. The window computes in doubles, so the
 * mapping remembers, by identity, the file form of tensors that came from a file; a tensor
 * edited since is a new object and is kept as float64 of rank 3, the program's own form.
 */
final class SessionMapping {

    private static final Messages WORDS = Messages.of(SessionMapping.class);

    /** A session checked: its activation, and what puts each of its parts in place. */
    record Prepared(Session session, Activation activation, List<Runnable> parts) {}

    private final LabState state;
    private final Map<String, KeptSettings<?>> parts = new LinkedHashMap<>();
    private final IdentityHashMap<Tensor3, TensorData> fileForms = new IdentityHashMap<>();

    /**
     * @param state the shared state
     * @param parts every part sessions keep, each with its own key
     */
    SessionMapping(LabState state, List<KeptSettings<?>> parts) {
        this.state = state;
        keep(parts);
    }

    /** Keeps {@code parts} from now on instead of the parts kept so far (the lessons were made anew). */
    void keep(List<KeptSettings<?>> parts) {
        Map<String, KeptSettings<?>> byKey = new LinkedHashMap<>();
        for (KeptSettings<?> part : parts) {
            if (byKey.put(part.key(), part) != null) {
                throw new IllegalArgumentException("two parts are kept under \"" + part.key() + "\"");
            }
        }
        this.parts.clear();
        this.parts.putAll(byKey);
    }

    /** Remembers how a tensor just read from a file was stored, so a session keeps its dtype. */
    void remember(TensorData data) {
        fileForms.keySet().retainAll(List.of(state.x(), state.dout()));
        fileForms.put(data.tensor(), data);
    }

    /** The dtype a tensor of the state is kept as: its file's, or float64. */
    DType dtypeOf(Tensor3 t) {
        TensorData d = fileForms.get(t);
        return d == null ? DType.FLOAT64 : d.dtype();
    }

    /** Everything a session keeps, as the window has it now: every part that has a value. */
    Session capture(String selectedTab) {
        LabSnapshot s = state.snapshot();
        Map<String, JsonElement> written = new LinkedHashMap<>();
        parts.forEach((key, part) -> {
            JsonElement json = part.write();
            if (json != null) {
                written.put(key, json);
            }
        });
        return new Session(
                asData(s.x()), asData(s.dout()), s.activation().name(), s.gradientAtZero(), written, selectedTab);
    }

    private TensorData asData(Tensor3 t) {
        TensorData d = fileForms.get(t);
        return d != null ? d : TensorData.of(t);
    }

    /**
     * Checks that the window can take the session — tensors within the state's largest shape,
     * only parts it keeps, each with values its owner offers — before anything changes.
     *
     * @throws IllegalArgumentException saying what the window cannot take, for the user
     */
    Prepared prepare(Session s) {
        Shape shape = s.x().tensor().shape();
        Shape max = LabState.MAX_SHAPE;
        if (shape.depth() > max.depth() || shape.height() > max.height() || shape.width() > max.width()) {
            throw new IllegalArgumentException(WORDS.format("refused.too.large", shape.toString(), max.toString()));
        }
        Activation activation = Activations.parse(s.activation());
        List<Runnable> steps = new ArrayList<>();
        s.parts().forEach((key, json) -> {
            KeptSettings<?> part = parts.get(key);
            if (part == null) {
                throw new IllegalArgumentException(WORDS.format("refused.unknown.part", MessageText.quote(key)));
            }
            steps.add(prepared(key, part, json));
        });
        return new Prepared(s, activation, List.copyOf(steps));
    }

    /**
     * Checks one part with its lesson's codec. A codec refuses with an {@link
     * IllegalArgumentException} in the user's words; anything else it throws (a JSON member of
     * the wrong kind that Gson will not convert) is a refusal too, never a fault of the window.
     */
    private static Runnable prepared(String key, KeptSettings<?> part, JsonElement json) {
        try {
            return part.prepare(json);
        } catch (IllegalArgumentException refused) {
            throw refused;
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException(WORDS.format("refused.part.form", MessageText.quote(key)), unreadable);
        }
    }

    /** Puts a prepared session in place: one new snapshot, then every part it keeps. */
    void restore(Prepared p) {
        Session s = p.session();
        remember(s.x());
        fileForms.put(s.dout().tensor(), s.dout());
        state.restore(new LabSnapshot(s.x().tensor(), s.dout().tensor(), p.activation(), s.gradientAtZero()));
        p.parts().forEach(Runnable::run);
    }
}
