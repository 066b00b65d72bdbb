package relulab.ui.vanishing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import relulab.train.vanishing.DepthSettings;
import relulab.train.vanishing.GradientProfile;
import relulab.train.vanishing.InitChoice;
import relulab.train.vanishing.Initialisation;
import relulab.train.vanishing.VanishingExperiment;
import relulab.ui.shared.text.Messages;

/**
 * The verdict under the vanishing chart is true on every setting the tab offers: over a grid of
 * depths, widths, initialisations, input scales and seeds, every claim the verdict makes is
 * checked against the numbers of the run it describes, by predicates written here independently
 * of the verdict's own code. So are the explanation's general claims that can be read off a run
 * (ReLU's curve does not move with the input scale; with one scheme for all and a small input,
 * tanh keeps more than ReLU).
 */
class VanishingVerdictPropertyTest {

    private static final int[] DEPTHS = {1, 2, 3, 5, 10, 20, 30, 50};
    private static final int[] WIDTHS = {2, 16, 64, 256};
    private static final double[] SCALES = {1, 10, 100};
    private static final long[] SEEDS = {1, 2, 3};
    private static final Messages WORDS = Messages.of(VanishingVerdict.class);

    private static List<DepthSettings> grid() {
        List<DepthSettings> grid = new ArrayList<>();
        for (int depth : DEPTHS) {
            for (int width : WIDTHS) {
                for (InitChoice init : InitChoice.values()) {
                    for (double scale : SCALES) {
                        for (long seed : SEEDS) {
                            grid.add(new DepthSettings(depth, width, init, scale, seed));
                        }
                    }
                }
            }
        }
        return grid;
    }

    @Test
    void everyVerdictSentenceMatchesTheNumbersOfItsRun() {
        for (DepthSettings s : grid()) {
            List<GradientProfile> p = VanishingExperiment.run(s);
            String verdict = VanishingVerdict.describe(p);
            GradientProfile sigmoid = p.get(0);
            GradientProfile tanh = p.get(1);
            GradientProfile relu = p.get(2);
            String where = s + ": " + verdict;
            for (GradientProfile profile : p) {
                assertFateTrue(profile, verdict, where);
            }
            double ratio = tanh.norm(1) / relu.norm(1);
            if (verdict.contains(" keeps more of the gradient than ")) {
                assertTrue(ratio > 2, where);
            }
            if (verdict.contains(" keeps less than ")) {
                assertTrue(ratio < 0.5, where);
            }
            if (verdict.contains(" keeps about as much as ")) {
                assertTrue(ratio >= 0.5 && ratio <= 2, where);
            }
            if (verdict.contains("Neither ")) {
                assertTrue(tanh.norm(1) == 0 && relu.norm(1) == 0, where);
            }
            if (verdict.contains(" beats ")) {
                assertTrue(tanh.norm(1) > relu.norm(1) && tanh.init() == relu.init(), where);
            }
            if (verdict.contains("are saturated (f′ < 0.1) and pass almost nothing")) {
                assertTrue(maxShare(tanh) >= 0.5, where);
            }
            if (verdict.contains("At most ")) {
                assertTrue(maxShare(tanh) < 0.5, where);
            }
            if (verdict.contains("they more than make up for what tanh")) {
                assertTrue(tanh.init() == Initialisation.HE && tanh.norm(1) > 1, where);
            }
            if (verdict.contains("they make up for part of what tanh")) {
                assertTrue(tanh.init() == Initialisation.HE && tanh.norm(1) <= 1, where);
            }
            if (verdict.contains(": ReLU vanishes too")) {
                assertTrue(relu.init() == Initialisation.XAVIER && relu.norm(1) < 1e-2, where);
            }
            if (verdict.contains("with more layers, ReLU vanishes too")) {
                assertTrue(relu.init() == Initialisation.XAVIER && relu.norm(1) >= 1e-2, where);
            }
            if (verdict.contains("makes up for the units ReLU turns off.")) {
                assertTrue(relu.norm(1) >= 0.5 && relu.norm(1) <= 2, where);
            }
            assertTrue(verdict.contains(WORDS.get("verdict.sigmoid.why")) && allBelowQuarter(sigmoid), where);
        }
    }

    /** The verb a verdict uses for an activation is the one its number earns, and no other. */
    private static void assertFateTrue(GradientProfile profile, String verdict, String where) {
        String name = ProfileWords.activation(profile);
        double g = profile.norm(1);
        String said = null;
        for (GradientFate fate : GradientFate.values()) {
            if (verdict.contains(name + " " + WORDS.get(fate.key()) + ":")) {
                said = fate.name();
            }
        }
        String expected = g < 1e-2 ? "VANISHES" : g < 0.5 ? "SHRINKS" : g <= 2 ? "KEEPS" : "GROWS";
        assertEquals(expected, said, where);
    }

    private static double maxShare(GradientProfile profile) {
        double max = 0;
        for (double share : profile.saturatedShareByLayer()) {
            max = Math.max(max, share);
        }
        return max;
    }

    private static boolean allBelowQuarter(GradientProfile sigmoid) {
        for (int l = 1; l <= sigmoid.depth(); l++) {
            for (double slope : sigmoid.slopes(l)) {
                if (slope > 0.25) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void reluCurveDoesNotMoveWithTheInputScale() {
        for (int depth : DEPTHS) {
            for (int width : WIDTHS) {
                GradientProfile small = VanishingExperiment.run(
                                new DepthSettings(depth, width, InitChoice.RECOMMENDED, 1, 7))
                        .get(2);
                GradientProfile large = VanishingExperiment.run(
                                new DepthSettings(depth, width, InitChoice.RECOMMENDED, 100, 7))
                        .get(2);
                assertArrayEquals(small.norms(), large.norms(), 1e-9 * small.norm(1), depth + " x " + width);
            }
        }
    }
}
