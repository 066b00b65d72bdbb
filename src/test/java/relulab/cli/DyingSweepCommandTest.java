package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DyingSweepCommandTest {

    /** Every run of a sweep is, bit for bit, the run `dying --lr LR --seed S` gives on its own. */
    @Test
    void everyRunOfTheSweepIsTheSingleRunWithItsRateAndSeed() {
        CliRun sweep = CliRun.of(
                "dying",
                "--sweep",
                "--rates",
                "3",
                "--seeds",
                "2",
                "--min-lr",
                "0.05",
                "--max-lr",
                "5",
                "--steps",
                "60",
                "--seed",
                "4",
                "--json");
        assertEquals(0, sweep.exitCode(), sweep.err());
        JsonObject root = JsonParser.parseString(sweep.out()).getAsJsonObject();
        assertEquals(Set.of("runs"), root.keySet());
        JsonArray runs = root.getAsJsonArray("runs");
        assertEquals(6, runs.size());
        double[] rates = {0.05, 0.5, 5};
        boolean someDead = false;
        for (int i = 0; i < runs.size(); i++) {
            JsonObject run = runs.get(i).getAsJsonObject();
            assertEquals(
                    Set.of(
                            "lr",
                            "seed",
                            "diverged",
                            "final_loss",
                            "train_accuracy",
                            "dead_fraction",
                            "nearly_dead_fraction"),
                    run.keySet());
            assertEquals(rates[i / 2], run.get("lr").getAsDouble(), 1e-15 * rates[i / 2]);
            assertEquals(4 + i % 2, run.get("seed").getAsLong());

            CliRun single = CliRun.of(
                    "dying",
                    "--lr",
                    run.get("lr").getAsString(),
                    "--seed",
                    run.get("seed").getAsString(),
                    "--steps",
                    "60",
                    "--json");
            JsonObject one = JsonParser.parseString(single.out()).getAsJsonObject();
            for (String key : new String[] {"lr", "diverged", "final_loss", "train_accuracy", "dead_fraction"}) {
                assertEquals(one.get(key), run.get(key), key + " of run " + i);
            }
            for (JsonElement share : run.getAsJsonArray("dead_fraction")) {
                someDead |= share.getAsDouble() > 0;
            }
        }
        assertTrue(someDead, "lr 5 kills units");
    }

    @Test
    void theDefaultSweepIsTwentyFiveRatesTimesThreeSeedsFromOneThousandthToTen() {
        CliRun sweep = CliRun.of("dying", "--sweep", "--steps", "1", "--width", "4", "--json");
        JsonArray runs = JsonParser.parseString(sweep.out()).getAsJsonObject().getAsJsonArray("runs");
        assertEquals(75, runs.size());
        assertEquals(0.001, runs.get(0).getAsJsonObject().get("lr").getAsDouble());
        assertEquals(10.0, runs.get(74).getAsJsonObject().get("lr").getAsDouble());
        assertEquals(3, runs.get(74).getAsJsonObject().get("seed").getAsLong());
    }

    @Test
    void aDivergedRunIsMarkedAndKeepsItsLastFiniteLoss() {
        // Measured: seed 5 at lr 3 diverges at step 16 (DyingCommandTest).
        CliRun sweep = CliRun.of(
                "dying",
                "--sweep",
                "--rates",
                "1",
                "--seeds",
                "1",
                "--min-lr",
                "3",
                "--max-lr",
                "3",
                "--seed",
                "5",
                "--json");
        JsonObject run = JsonParser.parseString(sweep.out())
                .getAsJsonObject()
                .getAsJsonArray("runs")
                .get(0)
                .getAsJsonObject();
        assertTrue(run.get("diverged").getAsBoolean());
        assertTrue(Double.isFinite(run.get("final_loss").getAsDouble()));
    }

    @Test
    void badSweepInputIsOneLineOnStderrAndExitTwo() {
        String[][] bad = {
            {"dying", "--sweep", "--rates", "0"},
            {"dying", "--sweep", "--seeds", "0"},
            {"dying", "--sweep", "--min-lr", "0"},
            {"dying", "--sweep", "--min-lr", "abc"},
            {"dying", "--sweep", "--max-lr", "inf"},
            {"dying", "--sweep", "--min-lr", "1", "--max-lr", "0.1"},
            {"dying", "--sweep", "--dump", "model.json"},
            {"dying"},
        };
        for (String[] args : bad) {
            CliRun.assertRefused(args);
        }
    }
}
