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
 * <p>From the seed, in this order: the weights (shared by the three activations, so only the
 * activation differs), a standard Gaussian input, and the upstream gradient — a random unit
 * vector (a Gaussian vector divided by its norm), so every profile starts from
 * {@code ‖g_L‖ = 1} and its norms read as "how much of a unit gradient arrives".
 */
public final class VanishingExperiment {

    /** The activations compared, in the order they are plotted. */
    public static final List<Activation> ACTIVATIONS =
            List.of(Sigmoid.INSTANCE, Tanh.INSTANCE, Relu.STANDARD);

    private VanishingExperiment() {
    }

    /** One gradient profile per activation of {@link #ACTIVATIONS}. */
    public static List<GradientProfile> run(DepthSettings settings) {
        Random random = new Random(settings.seed());
        DeepStack stack = DeepStack.random(ACTIVATIONS.get(0), settings.depth(), settings.width(),
                settings.init(), random);
        double[] input = gaussian(settings.width(), random);
        double[] upstream = gaussian(settings.width(), random);
        double length = DeepStack.norm(upstream);
        for (int i = 0; i < upstream.length; i++) {
            upstream[i] /= length;
        }
        return ACTIVATIONS.stream()
                .map(f -> new GradientProfile(f.name(),
                        stack.withActivation(f).inputGradientNorms(input, upstream)))
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
