package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class VanishingCommandTest {

    /** The hand computation below and the program add the same products in other orders. */
    private static final double CLOSE = 1e-12;

    /**
     * Depth 2, width 2, worked with scalar formulas from the seed's draws in the documented
     * order (W1 row by row, W2, the input, the upstream gradient), for every activation:
     * <pre>
     * x = K·(x0, x1)         z1 = s·W1·x    h1 = f(z1)   z2 = s·W2·h1
     * g2 = u/|u|             d2 = f′(z2)⊙g2   g1 = s·W2ᵀ·d2
     * d1 = f′(z1)⊙g1         g0 = s·W1ᵀ·d1    grad_norm_by_layer = [|g0|, |g1|]
     * </pre>
     * with s = √(1/2) for Xavier and √(2/2) = 1 for He; a unit is saturated when f′ &lt; 0.1.
     */
    @Test
    void depthTwoMatchesTheCaseWorkedByHand() {
        long seed = 11;
        double k = 3;
        CliRun run = CliRun.of(
                "vanishing",
                "--depth",
                "2",
                "--width",
                "2",
                "--seed",
                "11",
                "--init",
                "recommended",
                "--input-scale",
                "3",
                "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(Set.of("depth", "activations"), o.keySet());
        assertEquals(2, o.get("depth").getAsInt());

        Random r = new Random(seed);
        double[][] w1 = {{r.nextGaussian(), r.nextGaussian()}, {r.nextGaussian(), r.nextGaussian()}};
        double[][] w2 = {{r.nextGaussian(), r.nextGaussian()}, {r.nextGaussian(), r.nextGaussian()}};
        double[] x = {k * r.nextGaussian(), k * r.nextGaussian()};
        double u0 = r.nextGaussian();
        double u1 = r.nextGaussian();
        double[] g2 = {u0 / Math.hypot(u0, u1), u1 / Math.hypot(u0, u1)};

        DoubleUnaryOperator sigmoid = z -> 1 / (1 + Math.exp(-z));
        DoubleUnaryOperator sigmoidSlope = z -> sigmoid.applyAsDouble(z) * (1 - sigmoid.applyAsDouble(z));
        DoubleUnaryOperator tanhSlope = z -> 1 - Math.tanh(z) * Math.tanh(z);
        DoubleUnaryOperator relu = z -> Math.max(0, z);
        DoubleUnaryOperator reluSlope = z -> z > 0 ? 1 : 0;
        List<Object[]> cases = List.of(
                new Object[] {"sigmoid", "xavier", Math.sqrt(0.5), sigmoid, sigmoidSlope},
                new Object[] {"tanh", "xavier", Math.sqrt(0.5), (DoubleUnaryOperator) Math::tanh, tanhSlope},
                new Object[] {"relu", "he", 1.0, relu, reluSlope});
        JsonArray activations = o.getAsJsonArray("activations");
        assertEquals(3, activations.size());
        for (int a = 0; a < 3; a++) {
            Object[] c = cases.get(a);
            double s = (double) c[2];
            DoubleUnaryOperator f = (DoubleUnaryOperator) c[3];
            DoubleUnaryOperator df = (DoubleUnaryOperator) c[4];
            double z10 = s * (w1[0][0] * x[0] + w1[0][1] * x[1]);
            double z11 = s * (w1[1][0] * x[0] + w1[1][1] * x[1]);
            double h10 = f.applyAsDouble(z10);
            double h11 = f.applyAsDouble(z11);
            double z20 = s * (w2[0][0] * h10 + w2[0][1] * h11);
            double z21 = s * (w2[1][0] * h10 + w2[1][1] * h11);
            double d20 = df.applyAsDouble(z20) * g2[0];
            double d21 = df.applyAsDouble(z21) * g2[1];
            double g10 = s * (w2[0][0] * d20 + w2[1][0] * d21);
            double g11 = s * (w2[0][1] * d20 + w2[1][1] * d21);
            double d10 = df.applyAsDouble(z10) * g10;
            double d11 = df.applyAsDouble(z11) * g11;
            double g00 = s * (w1[0][0] * d10 + w1[1][0] * d11);
            double g01 = s * (w1[0][1] * d10 + w1[1][1] * d11);
            double[] saturated = {
                (saturated(df, z10) + saturated(df, z11)) / 2.0, (saturated(df, z20) + saturated(df, z21)) / 2.0
            };

            JsonObject json = activations.get(a).getAsJsonObject();
            assertEquals(Set.of("name", "init", "grad_norm_by_layer", "saturated_share_by_layer"), json.keySet());
            assertEquals(c[0], json.get("name").getAsString());
            assertEquals(c[1], json.get("init").getAsString());
            assertArrayEquals(
                    new double[] {Math.hypot(g00, g01), Math.hypot(g10, g11)},
                    numbers(json.getAsJsonArray("grad_norm_by_layer")),
                    CLOSE,
                    (String) c[0]);
            assertArrayEquals(saturated, numbers(json.getAsJsonArray("saturated_share_by_layer")), 0.0, (String) c[0]);
        }
    }

    @Test
    void oneInitialisationForAllIsNamedForEveryActivation() {
        CliRun run = CliRun.of("vanishing", "--depth", "3", "--init", "he", "--json");
        JsonArray activations =
                JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("activations");
        for (int a = 0; a < 3; a++) {
            assertEquals("he", activations.get(a).getAsJsonObject().get("init").getAsString());
        }
    }

    /** ReLU has no bias here and slope 0 or 1: scaling the input changes no mask, so no gradient. */
    @Test
    void reluPassesTheSameGradientWhateverTheInputScaleWhileTanhSaturates() {
        JsonArray small = activations("1");
        JsonArray large = activations("100");
        assertArrayEquals(
                numbers(relu(small).getAsJsonArray("grad_norm_by_layer")),
                numbers(relu(large).getAsJsonArray("grad_norm_by_layer")),
                0.0);
        JsonObject tanhSmall = small.get(1).getAsJsonObject();
        JsonObject tanhLarge = large.get(1).getAsJsonObject();
        double before = tanhSmall.getAsJsonArray("grad_norm_by_layer").get(0).getAsDouble();
        double after = tanhLarge.getAsJsonArray("grad_norm_by_layer").get(0).getAsDouble();
        assertTrue(after < before / 10, before + " -> " + after);
        assertTrue(tanhLarge.getAsJsonArray("saturated_share_by_layer").get(0).getAsDouble() > 0.9);
    }

    @Test
    void theFamilyIsTakenByNameOrAllAndEachReluLikeMemberGetsHe() {
        CliRun run = CliRun.of("vanishing", "--depth", "3", "--width", "8", "--activations", "all", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonArray all = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("activations");
        String[][] expected = {
            {"sigmoid", "xavier"}, {"tanh", "xavier"}, {"relu", "he"}, {"leaky:0.01", "he"},
            {"elu:1.0", "he"}, {"gelu", "he"}, {"silu", "he"}, {"softplus", "he"}
        };
        assertEquals(expected.length, all.size());
        for (int a = 0; a < expected.length; a++) {
            assertEquals(
                    expected[a][0], all.get(a).getAsJsonObject().get("name").getAsString());
            assertEquals(
                    expected[a][1], all.get(a).getAsJsonObject().get("init").getAsString());
        }
        CliRun two = CliRun.of("vanishing", "--depth", "3", "--width", "8", "--activations", "gelu,tanh", "--json");
        JsonArray chosen = JsonParser.parseString(two.out()).getAsJsonObject().getAsJsonArray("activations");
        assertEquals(all.get(5), chosen.get(0), "GELU's numbers whatever runs beside it");
        assertEquals(all.get(1), chosen.get(1));
    }

    @Test
    void theHelpListsTheFamily() {
        CliRun run = CliRun.of("vanishing", "--help");
        assertTrue(run.out().contains("--activations"), run.out());
        assertTrue(run.out().contains("gelu") && run.out().contains("softplus"), run.out());
    }

    @Test
    void theTableHasOneRowPerLayer() {
        CliRun run = CliRun.of("vanishing", "--depth", "4", "--width", "8");
        assertEquals(0, run.exitCode());
        assertEquals(2 + 4, run.out().lines().count(), run.out());
    }

    @Test
    void badInputIsOneLineOnStderrAndExitTwo() {
        String[][] bad = {
            {"vanishing", "--depth", "0"},
            {"vanishing", "--depth", "51"},
            {"vanishing", "--width", "1"},
            {"vanishing", "--width", "many"},
            {"vanishing", "--init", "glorot"},
            {"vanishing", "--input-scale", "0.5"},
            {"vanishing", "--input-scale", "101"},
            {"vanishing", "--input-scale", "nan"},
            {"vanishing", "--input-scale", "big"},
            {"vanishing", "--seed", "1.5"},
            {"vanishing", "--seed", "-1"},
            {"vanishing", "--activations", "relu,swish"},
            {"vanishing", "--activations", ""},
        };
        for (String[] args : bad) {
            CliRun.assertRefused(args);
        }
    }

    @Test
    void aRefusedChoiceIsQuotedEscapedAndCutWithTheChoicesTheHelpGives() {
        CliRun run = CliRun.of("vanishing", "--init", "x\u001b]0;pwned\u0007".repeat(10));
        CliRun.assertRefused("vanishing", "--init", "x\u001b]0;pwned\u0007".repeat(10));
        assertEquals(
                "relu-lab: --init: '" + "x\\u001B]0;pwned\\u0007".repeat(3) + "x\\u001B]0;pw\u2026'"
                        + " is not recommended|xavier|he (try --help)",
                run.err().strip());
    }

    private static JsonArray activations(String scale) {
        CliRun run = CliRun.of("vanishing", "--depth", "10", "--width", "64", "--input-scale", scale, "--json");
        return JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("activations");
    }

    private static JsonObject relu(JsonArray activations) {
        return activations.get(2).getAsJsonObject();
    }

    private static double saturated(DoubleUnaryOperator slope, double z) {
        return slope.applyAsDouble(z) < 0.1 ? 1 : 0;
    }

    private static double[] numbers(JsonArray a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).getAsDouble();
        }
        return v;
    }
}
