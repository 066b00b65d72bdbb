package relulab.train.vanishing;

import java.util.List;
import java.util.Random;
import relulab.core.Activation;
import relulab.core.Relu;
import relulab.core.Sigmoid;
import relulab.core.Tanh;

/**
 * The chapter's claim made measurable: the same deep stack, run with sigmoid, tanh and ReLU.
 *
 * <p>From the seed, in this order: the weights as standard Gaussians (layer by layer, row by
 * row), then a standard Gaussian input, then the upstream gradient — a random unit vector (a
 * Gaussian vector divided by its norm), so every profile starts from {@code ‖g_L‖ = 1} and its
 * norms read as "how much of a unit gradient arrives". Each activation's stack is those weights
 * times the standard deviation of its initialisation ({@link InitChoice}), and its input is
 * the Gaussian input times the settings' input scale: the three differ only in the activation
 * and the scale of the same random draws.
 */
public final class VanishingExperiment {

    /** The activations compared, in the order they are plotted. */
    public static final List<Activation> ACTIVATIONS = List.of(Sigmoid.INSTANCE, Tanh.INSTANCE, Relu.STANDARD);

    private VanishingExperiment() {}

    /** One gradient profile per activation of {@link #ACTIVATIONS}. */
    public static List<GradientProfile> run(DepthSettings settings) {
        Random random = new Random(settings.seed());
        DeepStack unit = DeepStack.standardNormal(ACTIVATIONS.get(0), settings.depth(), settings.width(), random);
        double[] input = gaussian(settings.width(), random);
        for (int i = 0; i < input.length; i++) {
            input[i] *= settings.inputScale();
        }
        double[] upstream = gaussian(settings.width(), random);
        double length = DeepStack.norm(upstream);
        for (int i = 0; i < upstream.length; i++) {
            upstream[i] /= length;
        }
        return ACTIVATIONS.stream()
                .map(f -> {
                    Initialisation init = settings.init().forActivation(f);
                    StackTrace trace = unit.withActivation(f)
                            .scaledBy(init.standardDeviation(settings.width()))
                            .trace(input, upstream);
                    return new GradientProfile(f.name(), init, trace.norms(), trace.slopes());
                })
                .toList();
    }

    private static double[] gaussian(int n, Random random) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }
}
