package relulab.train.vanishing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.core.Elu;
import relulab.core.Gelu;
import relulab.core.LeakyRelu;
import relulab.core.Relu;
import relulab.core.Sigmoid;
import relulab.core.Silu;
import relulab.core.Softplus;
import relulab.core.Tanh;

/**
 * The chapter's claim made measurable: the same deep stack, run with sigmoid, tanh and ReLU, and
 * beside them the members of the ReLU family that came after it.
 *
 * <p>From the seed, in this order: the weights as standard Gaussians (layer by layer, row by
 * row), then a standard Gaussian input, then the upstream gradient — a random unit vector (a
 * Gaussian vector divided by its norm), so every profile starts from {@code ‖g_L‖ = 1} and its
 * norms read as "how much of a unit gradient arrives". Each activation's stack is those weights
 * times the standard deviation of its initialisation ({@link InitChoice}), and its input is
 * the Gaussian input times the settings' input scale: the members differ only in the activation
 * and the scale of the same random draws, so a member's numbers do not depend on which others
 * are run beside it.
 */
public final class VanishingExperiment {

    /** The chapter's comparison, in the order plotted: sigmoid, tanh, ReLU. */
    public static final List<Activation> CHAPTER = List.of(Sigmoid.INSTANCE, Tanh.INSTANCE, Relu.STANDARD);

    /**
     * The chapter's three first (at indexes 0, 1, 2), then Leaky ReLU, ELU, GELU, SiLU and
     * Softplus with the catalogue's default parameters: what the window plots.
     */
    public static final List<Activation> FAMILY = List.of(
            Sigmoid.INSTANCE,
            Tanh.INSTANCE,
            Relu.STANDARD,
            new LeakyRelu(LeakyRelu.DEFAULT_SLOPE),
            new Elu(Elu.DEFAULT_ALPHA),
            Gelu.EXACT,
            Silu.INSTANCE,
            Softplus.INSTANCE);

    private VanishingExperiment() {}

    /** One gradient profile per member of {@link #FAMILY}, in its order. */
    public static List<GradientProfile> run(DepthSettings settings) {
        return run(settings, FAMILY);
    }

    /**
     * One gradient profile per activation of {@code activations}, in their order (any of the
     * catalogue's, see {@link Activations#parse}).
     *
     * <p>The stacks of one initialisation are run together and then dropped, so at most the
     * standard weights and one scaled copy are held at once (50 layers of 512 units are 105 MB).
     */
    public static List<GradientProfile> run(DepthSettings settings, List<Activation> activations) {
        if (activations.isEmpty()) {
            throw new IllegalArgumentException("at least one activation is needed");
        }
        Random random = new Random(settings.seed());
        DeepStack unit = DeepStack.standardNormal(activations.get(0), settings.depth(), settings.width(), random);
        double[] input = gaussian(settings.width(), random);
        for (int i = 0; i < input.length; i++) {
            input[i] *= settings.inputScale();
        }
        double[] upstream = gaussian(settings.width(), random);
        double length = DeepStack.norm(upstream);
        for (int i = 0; i < upstream.length; i++) {
            upstream[i] /= length;
        }
        GradientProfile[] profiles = new GradientProfile[activations.size()];
        for (Initialisation init : Initialisation.values()) {
            DeepStack scaled = null;
            for (int a = 0; a < profiles.length; a++) {
                Activation f = activations.get(a);
                if (settings.init().forActivation(f) != init) {
                    continue;
                }
                if (scaled == null) {
                    scaled = unit.scaledBy(init.standardDeviation(settings.width()));
                }
                StackTrace trace = scaled.withActivation(f).trace(input, upstream);
                profiles[a] = new GradientProfile(f.name(), init, trace.norms(), trace.slopes());
            }
        }
        return List.copyOf(Arrays.asList(profiles));
    }

    /**
     * The activations named by a comma-separated list of the catalogue's specs, e.g.
     * {@code sigmoid,tanh,relu,gelu}; {@code all} is the {@link #FAMILY}.
     *
     * @throws IllegalArgumentException naming the spec that is not an activation, or a repeated one
     */
    public static List<Activation> parseList(String text) {
        if (text.strip().equalsIgnoreCase("all")) {
            return FAMILY;
        }
        List<Activation> list = new ArrayList<>();
        for (String spec : text.split(",", -1)) {
            if (spec.isBlank()) {
                throw new IllegalArgumentException("an empty name in the list of activations");
            }
            Activation f = Activations.parse(spec);
            if (list.stream().anyMatch(g -> g.name().equals(f.name()))) {
                throw new IllegalArgumentException(f.name() + " is named twice in the list of activations");
            }
            list.add(f);
        }
        return List.copyOf(list);
    }

    private static double[] gaussian(int n, Random random) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }
}
