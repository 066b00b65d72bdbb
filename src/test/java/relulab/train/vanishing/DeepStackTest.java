package relulab.train.vanishing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import relulab.core.Activation;
import relulab.core.Gelu;
import relulab.core.Relu;
import relulab.core.Sigmoid;
import relulab.core.Tanh;

class DeepStackTest {

    /** Hand-worked values involve only sums of products of small binary fractions and one sqrt. */
    private static final double EXACT = 1e-15;

    /**
     * Two ReLU layers, worked on paper.
     * <pre>
     * h0 = [1, 2]
     * W1 = [[1, -1], [2, 1]]   z1 = W1 h0 = [-1, 4]    h1 = relu(z1) = [0, 4]
     * W2 = [[1, 1], [-1, 0.5]] z2 = W2 h1 = [4, 2]     h2 = [4, 2]
     * g2 = [1, 1]              dz2 = relu'(z2) * g2 = [1, 1]
     * g1 = W2^T dz2 = [1 - 1, 1 + 0.5] = [0, 1.5]                  |g1| = 1.5
     * dz1 = relu'(z1) * g1 = [0, 1.5]   (z1[0] = -1 blocks)
     * g0 = W1^T dz1 = [2 * 1.5, 1 * 1.5] = [3, 1.5]                |g0| = sqrt(11.25)
     * </pre>
     */
    @Test
    void reluTwoLayerNormsMatchTheHandWorkedCase() {
        DeepStack stack =
                DeepStack.of(Relu.STANDARD, new double[][] {{1, -1}, {2, 1}}, new double[][] {{1, 1}, {-1, 0.5}});

        double[] norms = stack.inputGradientNorms(new double[] {1, 2}, new double[] {1, 1});

        assertArrayEquals(new double[] {Math.sqrt(11.25), 1.5}, norms, EXACT);
    }

    /**
     * Two sigmoid layers whose pre-activations are all exactly 0, where σ'(0) = ¼ is the
     * sigmoid's largest slope: the gradient loses at least a factor 4 per layer.
     * <pre>
     * h0 = [1, 1]
     * W1 = [[1, -1], [2, -2]]  z1 = [0, 0]   h1 = σ(z1) = [½, ½]
     * W2 = [[1, -1], [3, -3]]  z2 = [0, 0]
     * g2 = [1, 0]              dz2 = ¼ g2 = [¼, 0]
     * g1 = W2^T dz2 = [¼, -¼]                         |g1| = ¼ √2
     * dz1 = ¼ g1 = [1/16, -1/16]
     * g0 = W1^T dz1 = [1/16 - 2/16, -1/16 + 2/16]    |g0| = (1/16) √2
     * </pre>
     */
    @Test
    void sigmoidTwoLayerNormsShrinkByAQuarterPerLayerAtZero() {
        DeepStack stack =
                DeepStack.of(Sigmoid.INSTANCE, new double[][] {{1, -1}, {2, -2}}, new double[][] {{1, -1}, {3, -3}});

        double[] norms = stack.inputGradientNorms(new double[] {1, 1}, new double[] {1, 0});

        assertArrayEquals(new double[] {Math.sqrt(2) / 16, Math.sqrt(2) / 4}, norms, EXACT);
    }

    /**
     * Slopes and saturation, worked on paper: tanh′(z) = 1 − tanh²(z).
     * <pre>
     * h0 = [1, 0]   W1 = [[3, 0], [0, 1]]   z1 = [3, 0]   tanh′ = [1 − tanh²3 ≈ 0.0099, 1]
     * h1 = [tanh 3, 0]   W2 = [[0, 0], [0, 1]]   z2 = [0, 0]   tanh′ = [1, 1]
     * </pre>
     * Layer 1 has one saturated unit of two (0.0099 &lt; 0.1), layer 2 none.
     */
    @Test
    void slopesAndSaturatedSharesMatchTheHandWorkedCase() {
        DeepStack stack = DeepStack.of(Tanh.INSTANCE, new double[][] {{3, 0}, {0, 1}}, new double[][] {{0, 0}, {0, 1}});

        StackTrace trace = stack.trace(new double[] {1, 0}, new double[] {1, 1});
        GradientProfile profile = new GradientProfile("tanh", Initialisation.XAVIER, trace.norms(), trace.slopes());

        double t = Math.tanh(3);
        assertArrayEquals(new double[] {1 - t * t, 1}, profile.slopes(1), EXACT);
        assertArrayEquals(new double[] {1, 1}, profile.slopes(2), EXACT);
        assertArrayEquals(new double[] {0.5, 0.0}, profile.saturatedShareByLayer(), 0.0);
        assertArrayEquals(new int[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 1}, profile.slopeHistogram(1));
    }

    /** ReLU's slope is 0 at z ≤ 0 (z = 0 included, the chapter's convention) and exactly 1 above. */
    @Test
    void reluSlopesAreZeroOrOneAndZeroCountsAsOff() {
        DeepStack stack = DeepStack.of(Relu.STANDARD, new double[][] {{1, 0}, {0, 1}, {-1, 0}});
        StackTrace trace = stack.trace(new double[] {2, 0}, new double[] {1, 1, 1});
        GradientProfile profile = new GradientProfile("relu", Initialisation.HE, trace.norms(), trace.slopes());
        assertArrayEquals(new double[] {1, 0, 0}, profile.slopes(1), 0.0);
        assertEquals(2.0 / 3, profile.saturatedShare(1), EXACT);
    }

    @Test
    void recommendedGivesReluHeAndTheOthersXavier() {
        assertEquals(Initialisation.HE, InitChoice.RECOMMENDED.forActivation(Relu.STANDARD));
        assertEquals(Initialisation.XAVIER, InitChoice.RECOMMENDED.forActivation(Tanh.INSTANCE));
        assertEquals(Initialisation.XAVIER, InitChoice.RECOMMENDED.forActivation(Sigmoid.INSTANCE));
        assertEquals(Initialisation.HE, InitChoice.HE.forActivation(Sigmoid.INSTANCE));
    }

    @Test
    void recommendedGivesEveryReluLikeMemberHe() {
        for (Activation f : VanishingExperiment.FAMILY.subList(2, VanishingExperiment.FAMILY.size())) {
            assertEquals(Initialisation.HE, InitChoice.RECOMMENDED.forActivation(f), f.name());
        }
        assertEquals(Initialisation.HE, InitChoice.RECOMMENDED.forActivation(Gelu.TANH));
    }

    @Test
    void aMembersNumbersDoNotDependOnWhichOthersRunBesideIt() {
        DepthSettings settings = new DepthSettings(6, 16, InitChoice.RECOMMENDED, 3, 9);
        List<GradientProfile> family = VanishingExperiment.run(settings);
        List<GradientProfile> two = VanishingExperiment.run(settings, List.of(Gelu.EXACT, Tanh.INSTANCE));
        assertEquals(family.get(5), two.get(0));
        assertEquals(family.get(1), two.get(1));
    }

    @Test
    void theCommandLinesListOfActivationsIsReadOrRefusedInOneLine() {
        assertEquals(VanishingExperiment.FAMILY, VanishingExperiment.parseList("all"));
        assertEquals(
                List.of("gelu", "leaky:0.2"),
                VanishingExperiment.parseList("gelu,leaky:0.2").stream()
                        .map(Activation::name)
                        .toList());
        assertThrows(IllegalArgumentException.class, () -> VanishingExperiment.parseList("relu,,tanh"));
        assertThrows(IllegalArgumentException.class, () -> VanishingExperiment.parseList("relu,swish"));
        assertThrows(IllegalArgumentException.class, () -> VanishingExperiment.parseList("relu,relu"));
    }

    @Test
    void layersOfMismatchedSizesAreRefusedWithTheirNumbers() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> DeepStack.of(Relu.STANDARD, new double[][] {{1, 2}}, new double[][] {{1, 2}}));
        assertEquals("layer 2 row 0 has 2 weights, expected 1", e.getMessage());
    }

    @Test
    void sameSeedGivesTheSameProfiles() {
        DepthSettings settings = new DepthSettings(12, 32, InitChoice.HE, 1, 7);
        assertEquals(VanishingExperiment.run(settings), VanishingExperiment.run(settings));
    }

    @Test
    void deepSigmoidGradientVanishesWhileHeReluKeepsItsSize() {
        List<GradientProfile> profiles = VanishingExperiment.run(new DepthSettings(30, 128, InitChoice.HE, 1, 1));
        GradientProfile sigmoid = profiles.get(0);
        GradientProfile relu = profiles.get(2);
        assertEquals("sigmoid", sigmoid.activation());
        assertEquals("relu", relu.activation());
        assertTrue(sigmoid.norm(1) < 1e-10, "sigmoid at layer 1: " + sigmoid.norm(1));
        assertTrue(relu.norm(1) > 0.1 && relu.norm(1) < 10, "relu at layer 1: " + relu.norm(1));
    }

    @Test
    void depthOutsideTheSliderIsRefused() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new DepthSettings(51, 16, InitChoice.XAVIER, 1, 0));
        assertEquals("depth must be 1 to 50, got 51", e.getMessage());
    }
}
