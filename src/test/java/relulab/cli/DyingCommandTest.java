package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relulab.testsupport.Python;

class DyingCommandTest {

    /** The NumPy script the README offers for checking a dump. */
    private static final Path CHECK_SCRIPT = Path.of("src/test/python/check_dead_units.py");

    /** The NumPy script that trains again from the same start and recomputes died_at_step. */
    private static final Path DIED_AT_STEP_SCRIPT = Path.of("src/test/python/check_died_at_step.py");

    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = ReluLabCommand.run(new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void jsonHasOneDeadShareAndOneHistoryPerHiddenLayer() {
        assertEquals(0, run("dying", "--lr", "2", "--steps", "50", "--layers", "3", "--width", "16", "--json"));
        JsonObject o = JsonParser.parseString(out).getAsJsonObject();
        assertEquals(2.0, o.get("lr").getAsDouble());
        assertEquals(50, o.get("steps_run").getAsInt());
        assertFalse(o.get("diverged").getAsBoolean());
        assertTrue(o.get("final_loss").getAsDouble() > 0);
        double accuracy = o.get("train_accuracy").getAsDouble();
        assertTrue(accuracy >= 0 && accuracy <= 1);
        assertEquals(3, o.getAsJsonArray("dead_fraction").size());
        JsonArray byStep = o.getAsJsonArray("dead_fraction_by_step");
        assertEquals(3, byStep.size());
        for (JsonElement layer : byStep) {
            assertEquals(51, layer.getAsJsonArray().size(), "steps 0..50");
        }
        assertEquals(err, "");
    }

    @Test
    void aDivergedRunReportsTheLastFiniteLossInJson() {
        // Measured: seed 5 at lr 3 diverges at step 16.
        assertEquals(0, run("dying", "--lr", "3", "--seed", "5", "--json"));
        assertFalse(out.toLowerCase(Locale.ROOT).contains("nan"));
        assertFalse(out.toLowerCase(Locale.ROOT).contains("infinity"));
        JsonObject o = JsonParser.parseString(out).getAsJsonObject();
        assertTrue(o.get("diverged").getAsBoolean());
        assertEquals(16, o.get("diverged_at_step").getAsInt());
        assertEquals(15, o.get("steps_run").getAsInt());
        assertTrue(Double.isFinite(o.get("final_loss").getAsDouble()));
        assertEquals(
                16,
                o.getAsJsonArray("dead_fraction_by_step")
                        .get(0)
                        .getAsJsonArray()
                        .size());
    }

    @Test
    void textSaysWhereADivergedRunStopped() {
        assertEquals(0, run("dying", "--lr", "3", "--seed", "5"));
        assertTrue(out.contains("Diverged at step 16"), out);
        assertTrue(out.contains("layer 2:"), out);
    }

    @Test
    void dumpedDeadUnitsNeverFireAndTheOthersDo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.json");
        assertEquals(0, run("dying", "--lr", "2", "--dump", file.toString()));
        JsonObject model = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        double[][] h = matrix(model.getAsJsonArray("X"));
        assertEquals(300, h.length);
        assertEquals(300, model.getAsJsonArray("y").size());
        JsonArray layers = model.getAsJsonArray("layers");
        assertEquals(3, layers.size(), "two hidden layers and the output layer");
        int deadSeen = 0;
        for (int l = 0; l < layers.size() - 1; l++) {
            JsonObject layer = layers.get(l).getAsJsonObject();
            double[][] z = affine(h, matrix(layer.getAsJsonArray("W")), vector(layer.getAsJsonArray("b")));
            Set<Integer> dead = new HashSet<>();
            model.getAsJsonArray("dead").get(l).getAsJsonArray().forEach(e -> dead.add(e.getAsInt()));
            for (int j = 0; j < z[0].length; j++) {
                boolean fires = false;
                for (double[] row : z) {
                    fires |= row[j] > 0;
                }
                assertEquals(!dead.contains(j), fires, "layer " + (l + 1) + " unit " + j);
            }
            deadSeen += dead.size();
            h = relu(z);
        }
        assertTrue(deadSeen > 0, "lr 2 kills units");
        assertEquals(3, layers.get(2).getAsJsonObject().getAsJsonArray("b").size(), "3 classes");
    }

    @Test
    void numpyAgreesWithTheDumpedDeadUnits(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.json");
        assertEquals(0, run("dying", "--lr", "2", "--dump", file.toString()));
        String report = Python.run("import runpy, sys\n"
                + "sys.argv = ['check_dead_units.py', r'" + file + "']\n"
                + "runpy.run_path(r'" + CHECK_SCRIPT.toAbsolutePath() + "', run_name='__main__')\n");
        assertEquals(2, report.lines().filter(line -> line.endsWith("ok")).count(), report);
    }

    @Test
    void jsonListsEveryDeadUnitWithTheStepItDiedAndAlwaysHasDivergedAtStep() {
        assertEquals(0, run("dying", "--lr", "2", "--steps", "100", "--json"));
        JsonObject o = JsonParser.parseString(out).getAsJsonObject();
        assertTrue(o.has("diverged_at_step"), out);
        assertTrue(o.get("diverged_at_step").isJsonNull());
        JsonArray dead = o.getAsJsonArray("dead_units");
        double deadShares = 0;
        for (JsonElement share : o.getAsJsonArray("dead_fraction")) {
            deadShares += share.getAsDouble() * 64;
        }
        assertEquals(Math.round(deadShares), dead.size());
        int previous = 0;
        for (JsonElement e : dead) {
            JsonObject d = e.getAsJsonObject();
            int step = d.get("died_at_step").getAsInt();
            assertTrue(step >= previous && step <= 100, "in the order they died: " + d);
            assertTrue(d.get("layer").getAsInt() < 2 && d.get("unit").getAsInt() < 64, d.toString());
            previous = step;
        }
    }

    @Test
    void aLeakyRunListsNoDeadUnits() {
        assertEquals(0, run("dying", "--lr", "2", "--steps", "20", "--activation", "leaky:0.01", "--json"));
        assertEquals(
                0,
                JsonParser.parseString(out)
                        .getAsJsonObject()
                        .getAsJsonArray("dead_units")
                        .size());
    }

    @Test
    void aGeluRunCountsNearlyDeadUnitsApartFromDeadOnes() {
        assertEquals(0, run("dying", "--lr", "5", "--activation", "gelu", "--json"));
        JsonObject o = JsonParser.parseString(out).getAsJsonObject();
        assertEquals(0.001, o.get("nearly_dead_slope").getAsDouble());
        double nearly = 0;
        for (int l = 0; l < 2; l++) {
            assertEquals(0.0, o.getAsJsonArray("dead_fraction").get(l).getAsDouble(), "GELU has no flat side");
            nearly += o.getAsJsonArray("nearly_dead_fraction").get(l).getAsDouble();
            assertEquals(
                    o.get("steps_run").getAsInt() + 1,
                    o.getAsJsonArray("nearly_dead_fraction_by_step")
                            .get(l)
                            .getAsJsonArray()
                            .size());
        }
        assertTrue(nearly > 0, out);
        assertEquals(0, o.getAsJsonArray("dead_units").size());

        assertEquals(0, run("dying", "--lr", "5", "--activation", "gelu"));
        assertTrue(out.contains("Nearly dead units, |f'(z)| < 0.001 on every training point:"), out);
    }

    @Test
    void aReluRunHasNoNearlyDeadUnits() {
        assertEquals(0, run("dying", "--lr", "2", "--steps", "50", "--json"));
        JsonObject o = JsonParser.parseString(out).getAsJsonObject();
        for (JsonElement share : o.getAsJsonArray("nearly_dead_fraction")) {
            assertEquals(0.0, share.getAsDouble());
        }
    }

    @Test
    void numpyTrainingFromTheSameStartAgreesOnEveryDiedAtStep(@TempDir Path dir) throws Exception {
        Path init = dir.resolve("init.json");
        Path summary = dir.resolve("summary.json");
        assertEquals(0, run("dying", "--lr", "2", "--steps", "0", "--dump", init.toString()));
        assertEquals(0, run("dying", "--lr", "2", "--steps", "100", "--json"));
        Files.writeString(summary, out);
        String report = Python.run("import runpy, sys\n"
                + "sys.argv = ['check_died_at_step.py', r'" + init + "', r'" + summary + "']\n"
                + "runpy.run_path(r'" + DIED_AT_STEP_SCRIPT.toAbsolutePath() + "', run_name='__main__')\n");
        assertTrue(report.strip().endsWith("died_at_step ok"), report);
    }

    @Test
    void badInputIsOneLineOnStderrExitTwoAndNoFile(@TempDir Path dir) {
        Path file = dir.resolve("model.json");
        String[][] bad = {
            {"dying", "--lr", "abc", "--dump", file.toString()},
            {"dying", "--lr", "-1", "--dump", file.toString()},
            {"dying", "--lr", "nan", "--dump", file.toString()},
            {"dying", "--lr", "1", "--width", "0", "--dump", file.toString()},
            {"dying", "--lr", "1", "--activation", "tanh", "--dump", file.toString()},
            {"dying", "--lr", "1", "--dataset", "moons", "--dump", file.toString()},
            {"dying", "--lr", "1", "--steps", "many", "--dump", file.toString()},
            {"dying", "--dump", file.toString()},
            {"dying", "--lr", "1", "--dump", dir.resolve("no/such/folder.json").toString()},
        };
        for (String[] args : bad) {
            assertEquals(ReluLabCommand.EXIT_USAGE, run(args), String.join(" ", args));
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.startsWith("relu-lab: "), err);
            assertFalse(Files.exists(file), String.join(" ", args));
        }
    }

    @Test
    void aFailedDumpLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.json");
        Files.writeString(file, "old");
        assertEquals(ReluLabCommand.EXIT_USAGE, run("dying", "--lr", "0", "--dump", file.toString()));
        assertEquals("old", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void theFileNamedInTheSuccessLineIsQuotedAndEscaped(@TempDir Path dir) {
        Path file = dir.resolve("m\u001b]0;pwned\u0007\u202e.json");
        assertEquals(0, run("dying", "--lr", "0.1", "--steps", "2", "--dump", file.toString()));
        assertTrue(Files.exists(file));
        assertFalse(out.contains("\u001b") || out.contains("\u202e"), out);
        assertTrue(out.contains("Model written to '"), out);
    }

    @Test
    void aDumpUnderAFileIsRefusedNamingTheFileAndTheReasonInWords(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("x.npy"), "data");
        assertEquals(
                ReluLabCommand.EXIT_USAGE,
                run(
                        "dying",
                        "--lr",
                        "0.1",
                        "--steps",
                        "2",
                        "--dump",
                        notAFolder.resolve("m.json").toString()));
        assertEquals("relu-lab: 'm.json': cannot be written: a folder in its path is a file", err.strip());
    }

    @Test
    void anUnknownDatasetIsQuotedWithTheChoices() {
        assertEquals(ReluLabCommand.EXIT_USAGE, run("dying", "--lr", "1", "--dataset", "moons".repeat(20)));
        assertEquals(
                "relu-lab: --dataset: '" + "moons".repeat(8) + "\u2026' is not spiral|circles|xor|gaussians"
                        + " (try --help)",
                err.strip());
    }

    @Test
    void aSlopeTypedAsMinusZeroIsShownAsZero() {
        assertEquals(0, run("dying", "--lr", "0.1", "--steps", "2", "--activation", "leaky:\u22120"));
        assertTrue(out.contains("Leaky ReLU (a = 0.0) units"), out);
        assertEquals(0, run("dying", "--lr", "0.1", "--steps", "2", "--activation", "leaky:-0", "--json"));
        assertTrue(out.contains("\"activation\":\"leaky:0.0\""), out);
    }

    @Test
    void helpListsTheOptions() {
        assertEquals(0, run("dying", "--help"));
        for (String option : new String[] {
            "--lr", "--steps", "--seed", "--layers", "--width", "--activation", "--dataset", "--json", "--dump"
        }) {
            assertTrue(out.contains(option), option);
        }
    }

    private static double[][] matrix(JsonArray rows) {
        double[][] m = new double[rows.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = vector(rows.get(i).getAsJsonArray());
        }
        return m;
    }

    private static double[] vector(JsonArray a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).getAsDouble();
        }
        return v;
    }

    private static double[][] affine(double[][] a, double[][] w, double[] b) {
        double[][] z = new double[a.length][b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                double s = b[j];
                for (int k = 0; k < w.length; k++) {
                    s += a[i][k] * w[k][j];
                }
                z[i][j] = s;
            }
        }
        return z;
    }

    private static double[][] relu(double[][] z) {
        double[][] h = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            h[i] = new double[z[i].length];
            for (int j = 0; j < z[i].length; j++) {
                h[i][j] = Math.max(0, z[i][j]);
            }
        }
        return h;
    }
}
