package relulab.ui.dying;

import java.util.List;
import relulab.core.Activation;
import relulab.core.Activations;

/**
 * The activations the lesson offers its hidden units, declared by {@link Activation#id() id} and
 * taken from the catalogue ({@link Activations#all()}) with their default parameters: ReLU, whose
 * silent units die, and Leaky ReLU, whose silent units still learn. The menu names them with the
 * shared activation words; the lesson compares them by id, never by class.
 */
final class HiddenActivations {

    /** The chapter's activation, whose units can die. */
    static final String RELU = "relu";
    /** The remedy whose silent units keep a gradient. */
    static final String LEAKY = "leaky";
    /** The menu, in order. */
    private static final List<String> OFFERED = List.of(RELU, LEAKY);

    private HiddenActivations() {}

    /** The offered activations, in menu order. */
    static List<Activation> offered() {
        return OFFERED.stream().map(HiddenActivations::byId).toList();
    }

    /** True when the lesson offers exactly {@code f}, parameters included (a session's choice, say). */
    static boolean offers(Activation f) {
        return offered().stream().anyMatch(o -> o.name().equals(f.name()));
    }

    /** The offered activation with the id of {@code f}: the menu's entry for it. */
    static Activation matching(Activation f) {
        return byId(f.id());
    }

    /** The catalogue's member with {@code id}, which the lesson offers. */
    static Activation byId(String id) {
        if (!OFFERED.contains(id)) {
            throw new IllegalArgumentException("the dying lesson does not offer " + id);
        }
        return Activations.all().stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
