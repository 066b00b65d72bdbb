package relulab.ui.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.core.Tensor3;
import relulab.train.DeadUnits;
import relulab.train.Trainer;
import relulab.train.TrainingConfig;
import relulab.train.TrainingRun;
import relulab.train.UnitState;
import relulab.train.vanishing.DeepStack;
import relulab.train.vanishing.DepthSettings;
import relulab.train.vanishing.InitChoice;
import relulab.train.vanishing.Initialisation;
import relulab.train.vanishing.VanishingExperiment;
import relulab.ui.state.LabState;
import relulab.ui.workbench.WorkbenchResults;
import relulab.ui.workbench.WorkbenchViewModel;

/**
 * The try rows of the path's last step, "After ReLU": the family's answers to the chapter's two
 * problems. The dying and vanishing rows are checked on the models the two lessons run (a
 * training run of {@code relulab.train} at the dying lesson's defaults, the deep stack of
 * {@code relulab.train.vanishing} drawn as the vanishing lesson draws it), the slope row on the
 * workbench's view model.
 */
class PathAfterReluTryThisTest {

    /** The vanishing lesson's width and seeds the row is checked on (its default seed is 1). */
    private static final int WIDTH = 256;

    private static final int SEEDS = 10;

    /**
     * Row 1: "Dying ReLU: keep the default settings, set the rate to 2, then choose Leaky ReLU" →
     * "ReLU leaves many units of layer 1 dead for good; with Leaky ReLU no unit is dead (no ✕),
     * and some silent units of layer 1 come back: the leak still moves their weights".
     */
    @Test
    void tryThis_pathAfter_leakyReluAtRateTwoKillsNoUnitAndSilentOnesComeBack() {
        TrainingConfig rateTwo = TrainingConfig.DEFAULT.withLearningRate(2);
        TrainingRun relu = Trainer.train(rateTwo);
        TrainingRun leaky = Trainer.train(rateTwo.withActivation(Activations.parse("leaky")));

        assertTrue(relu.deadFraction(0) >= 0.25, "ReLU, layer 1 dead: " + relu.deadFraction(0));
        assertTrue(relu.recoveredUnits(0).isEmpty(), "a dead layer-1 ReLU unit never comes back");

        assertTrue(leaky.deaths().isEmpty(), leaky.deaths()::toString);
        for (int k = 0; k <= leaky.stepsRun(); k++) {
            for (int l = 0; l < leaky.hiddenLayers(); l++) {
                for (int u = 0; u < leaky.width(l); u++) {
                    assertNotEquals(UnitState.DEAD, leaky.state(k, l, u));
                }
            }
        }
        assertFalse(leaky.diverged());
        assertFalse(
                DeadUnits.silentMeansDead(leaky.config().activation()), "a silent Leaky unit still gets a gradient");
        assertTrue(leaky.recoveredUnits(0).cardinality() > 0, "silent layer-1 units came back");
    }

    /**
     * Row 2: "On the workbench, choose ELU, then GELU" → "dx is not 0 at the negative cells of x:
     * below 0 their slope is not 0, so the gradient is scaled there, not blocked as by ReLU".
     */
    @Test
    void tryThis_pathAfter_eluAndGeluPassAGradientAtTheNegativeCells() {
        LabState state = LabState.firstExample();
        WorkbenchViewModel workbench = new WorkbenchViewModel(state);
        state.snapshotProperty().addListener((o, was, is) -> workbench.follow(is));
        Tensor3 x = state.x();
        Tensor3 dout = state.dout();
        int negative = 0;
        for (int i = 0; i < x.size(); i++) {
            negative += x.get(i) < 0 && dout.get(i) != 0 ? 1 : 0;
        }
        assertTrue(negative > 0, "the first tensors have negative cells");
        assertEquals(0, nonZeroDxAtNegativeCells(workbench.results()), "ReLU blocks them all");

        for (String member : List.of("elu", "gelu")) {
            state.activationProperty().set(Activations.parse(member));

            assertEquals(member, workbench.activationProperty().get().id());
            assertEquals(negative, nonZeroDxAtNegativeCells(workbench.results()), member);
        }
    }

    private static int nonZeroDxAtNegativeCells(WorkbenchResults r) {
        int n = 0;
        for (int i = 0; i < r.x().size(); i++) {
            if (r.x().get(i) < 0 && r.dout().get(i) != 0) {
                double dx = r.dx().get(i);
                assertEquals(r.activation().slope(r.x().get(i)) * r.dout().get(i), dx, 1e-12 * Math.abs(dx));
                n += dx != 0 ? 1 : 0;
            }
        }
        return n;
    }

    /**
     * Row 3: "Vanishing gradient: at depth 30, show Leaky ReLU, ELU, GELU and SiLU, each with He
     * initialisation" → "Leaky ReLU keeps about ReLU's gradient at layer 1 and ELU more; GELU and
     * SiLU lose most of it, since their slope near 0 is ½, not 1 — yet far less than sigmoid
     * loses". Checked on the vanishing lesson's width and first ten seeds, sigmoid on its own
     * initialisation (Xavier).
     */
    @Test
    void tryThis_pathAfter_atDepthThirtyLeakyAndEluKeepTheGradientGeluAndSiluLoseMostOfIt() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            DepthSettings settings = new DepthSettings(30, WIDTH, InitChoice.RECOMMENDED, 1, seed);
            double relu = layerOneNorm(settings, "relu", Initialisation.HE);
            double leaky = layerOneNorm(settings, "leaky", Initialisation.HE);
            double elu = layerOneNorm(settings, "elu", Initialisation.HE);
            double gelu = layerOneNorm(settings, "gelu", Initialisation.HE);
            double silu = layerOneNorm(settings, "silu", Initialisation.HE);
            double sigmoid = layerOneNorm(settings, "sigmoid", Initialisation.XAVIER);
            String all = "seed " + seed + ": relu " + relu + ", leaky " + leaky + ", elu " + elu + ", gelu " + gelu
                    + ", silu " + silu + ", sigmoid " + sigmoid;

            assertTrue(leaky > relu / 2 && leaky < 2 * relu, all);
            assertTrue(elu > relu, all);
            assertTrue(gelu < relu / 5 && silu < relu / 5, all);
            assertTrue(Math.min(gelu, silu) > 1e6 * sigmoid, all);
        }
        assertEquals(0.5, Activations.parse("gelu").slope(0.0));
        assertEquals(0.5, Activations.parse("silu").slope(0.0));
        assertEquals(1.0, Activations.parse("relu").slope(1e-9));
    }

    /**
     * ‖∂L/∂x‖ at the input of layer 1 for member {@code spec} initialised by {@code init}, from the
     * draws {@link VanishingExperiment#run} makes for {@code settings}: the same Gaussian weights,
     * input and unit upstream gradient, scaled by the initialisation's standard deviation.
     */
    private static double layerOneNorm(DepthSettings settings, String spec, Initialisation init) {
        Random random = new Random(settings.seed());
        Activation f = Activations.parse(spec);
        DeepStack unit = DeepStack.standardNormal(f, settings.depth(), settings.width(), random);
        double[] input = gaussian(settings.width(), random);
        for (int i = 0; i < input.length; i++) {
            input[i] *= settings.inputScale();
        }
        double[] upstream = gaussian(settings.width(), random);
        double length = 0;
        for (double g : upstream) {
            length += g * g;
        }
        for (int i = 0; i < upstream.length; i++) {
            upstream[i] /= Math.sqrt(length);
        }
        return unit.scaledBy(init.standardDeviation(settings.width())).inputGradientNorms(input, upstream)[0];
    }

    private static double[] gaussian(int n, Random random) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }

    /** The draws above are the vanishing lesson's: its ReLU profile comes out the same. */
    @Test
    void theDrawsAreTheVanishingLessons() {
        DepthSettings settings = new DepthSettings(30, WIDTH, InitChoice.RECOMMENDED, 1, 1);
        double[] lesson = VanishingExperiment.run(settings).stream()
                .filter(p -> p.activation().equals("relu"))
                .findFirst()
                .orElseThrow()
                .norms();
        assertEquals(lesson[0], layerOneNorm(settings, "relu", Initialisation.HE), 1e-12 * lesson[0]);
    }
}
