package relulab.ui.dying;

import java.util.List;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.train.GradientFloor;

/**
 * The activations the lesson offers its hidden units: every member of the catalogue
 * ({@link Activations#all()}, default parameters) that the lab trains, the ReLU family
 * ({@link GradientFloor#trains}: ReLU, Leaky ReLU, ELU, GELU and its tanh form, SiLU, Softplus),
 * in the catalogue's order. Sigmoid and tanh saturate on both sides, so "dead" means something
 * else for them, and they are left out. The sweep and the remedies compare four of them on the
 * same seeds ({@link #COMPARED}). The menu names them with the shared activation words; the
 * lesson compares them by id, never by class.
 */
final class HiddenActivations {

    /** The chapter's activation, whose units can die. */
    static final String RELU = "relu";
    /** The remedy whose silent units keep a gradient. */
    static final String LEAKY = "leaky";
    /** The members the sweep and the remedies put side by side, in that order. */
    static final List<String> COMPARED = List.of(RELU, LEAKY, "elu", "gelu");

    private HiddenActivations() {}

    /** The offered activations, in menu order. */
    static List<Activation> offered() {
        return Activations.all().stream().filter(GradientFloor::trains).toList();
    }

    /** The compared members, ReLU first. */
    static List<Activation> compared() {
        return COMPARED.stream().map(HiddenActivations::byId).toList();
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
        return offered().stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the dying lesson does not offer " + id));
    }
}
