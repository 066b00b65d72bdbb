package relulab.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.BitSet;
import java.util.List;
import relulab.train.Dataset;
import relulab.train.GradientFloor;
import relulab.train.Mlp;
import relulab.train.SweepRun;
import relulab.train.TrainingRun;
import relulab.train.UnitDeath;

/**
 * The JSON of {@code relu-lab dying}: the run's summary ({@code --json}) and the trained model
 * with its data ({@code --dump}).
 *
 * <p>No NaN ever reaches the JSON: a diverged run reports the figures of its last finite step,
 * so {@code final_loss} is that step's (finite) loss and {@code diverged_at_step} says where
 * training stopped.
 */
final class DyingJson {

    private DyingJson() {}

    /**
     * {@code lr, steps_run, diverged, diverged_at_step, final_loss, train_accuracy,
     * dead_fraction, dead_fraction_by_step}, plus the inactive shares (silent but not dead:
     * Leaky ReLU's and the smooth members'), the nearly dead shares ({@code |f′(z)|} below
     * {@code nearly_dead_slope} on every training point: only the smooth members have them),
     * {@code dead_units} and the settings that made the run. {@code diverged_at_step} is always
     * there: null when the run did not diverge (the command's Gson writes nulls).
     */
    static JsonObject summary(TrainingRun run) {
        JsonObject o = new JsonObject();
        o.addProperty("lr", run.config().learningRate());
        o.addProperty("steps_run", run.stepsRun());
        o.addProperty("diverged", run.diverged());
        if (run.diverged()) {
            o.addProperty("diverged_at_step", run.divergedAt().getAsInt());
        } else {
            o.add("diverged_at_step", JsonNull.INSTANCE);
        }
        o.addProperty("final_loss", run.finalLoss());
        o.addProperty("train_accuracy", run.trainAccuracy());
        JsonArray dead = new JsonArray();
        JsonArray deadByStep = new JsonArray();
        JsonArray inactive = new JsonArray();
        JsonArray inactiveByStep = new JsonArray();
        JsonArray nearly = new JsonArray();
        JsonArray nearlyByStep = new JsonArray();
        for (int l = 0; l < run.hiddenLayers(); l++) {
            dead.add(run.deadFraction(l));
            inactive.add(run.inactiveFraction(l));
            nearly.add(run.nearlyDeadFraction(l));
            double[] deadSteps = run.deadFractionByStep(l);
            double[] quietSteps = run.silentFractionByStep(l);
            for (int k = 0; k < quietSteps.length; k++) {
                quietSteps[k] -= deadSteps[k]; // the dead units are silent too
            }
            deadByStep.add(numbers(deadSteps));
            inactiveByStep.add(numbers(quietSteps));
            nearlyByStep.add(numbers(run.nearlyDeadFractionByStep(l)));
        }
        o.add("dead_fraction", dead);
        o.add("dead_fraction_by_step", deadByStep);
        o.add("inactive_fraction", inactive);
        o.add("inactive_fraction_by_step", inactiveByStep);
        o.add("nearly_dead_fraction", nearly);
        o.add("nearly_dead_fraction_by_step", nearlyByStep);
        o.addProperty("nearly_dead_slope", GradientFloor.NEARLY_DEAD_SLOPE);
        o.add("dead_units", deadUnits(run));
        o.addProperty("dataset", run.config().dataset().label());
        o.addProperty("activation", run.config().activation().name());
        o.addProperty("layers", run.config().hiddenLayers());
        o.addProperty("width", run.config().width());
        o.addProperty("seed", run.config().seed());
        o.addProperty("steps", run.config().steps());
        return o;
    }

    /**
     * {@code {"runs": [{"lr", "seed", "diverged", "final_loss", "train_accuracy", "dead_fraction",
     * "nearly_dead_fraction"}, ...]}}, one object per run of the sweep, in the sweep's order; the
     * shares have one number per hidden layer, as in {@link #summary}.
     */
    static JsonObject sweep(List<SweepRun> runs) {
        JsonArray all = new JsonArray();
        for (SweepRun run : runs) {
            JsonObject o = new JsonObject();
            o.addProperty("lr", run.learningRate());
            o.addProperty("seed", run.seed());
            o.addProperty("diverged", run.diverged());
            o.addProperty("final_loss", run.finalLoss());
            o.addProperty("train_accuracy", run.trainAccuracy());
            o.add("dead_fraction", numbers(run.deadFraction()));
            o.add("nearly_dead_fraction", numbers(run.nearlyDeadFraction()));
            all.add(o);
        }
        JsonObject root = new JsonObject();
        root.add("runs", all);
        return root;
    }

    /**
     * {@code X} (N×2), {@code y}, {@code layers} (each {@code {"W": in×out, "b": out}}, output
     * layer last), {@code dead}, {@code nearly_dead} and {@code inactive} (the indices of such
     * units in each hidden layer of the final network; inactive = silent but not dead) and
     * {@code activation}.
     */
    static JsonObject dump(TrainingRun run) {
        JsonObject o = new JsonObject();
        Dataset data = run.data();
        JsonArray x = new JsonArray();
        JsonArray y = new JsonArray();
        for (int i = 0; i < data.size(); i++) {
            JsonArray point = new JsonArray();
            point.add(data.x(i, 0));
            point.add(data.x(i, 1));
            x.add(point);
            y.add(data.y(i));
        }
        o.add("X", x);
        o.add("y", y);
        Mlp model = run.finalModel();
        int[] sizes = model.sizes();
        JsonArray layers = new JsonArray();
        for (int l = 0; l < model.layers(); l++) {
            JsonObject layer = new JsonObject();
            JsonArray w = new JsonArray();
            for (int k = 0; k < sizes[l]; k++) {
                JsonArray row = new JsonArray();
                for (int j = 0; j < sizes[l + 1]; j++) {
                    row.add(model.weight(l, k, j));
                }
                w.add(row);
            }
            layer.add("W", w);
            layer.add("b", numbers(model.biases(l)));
            layers.add(layer);
        }
        o.add("layers", layers);
        JsonArray dead = new JsonArray();
        JsonArray nearly = new JsonArray();
        JsonArray inactive = new JsonArray();
        for (int l = 0; l < run.hiddenLayers(); l++) {
            BitSet gone = run.deadUnits(run.stepsRun(), l);
            BitSet quiet = run.silentUnits(run.stepsRun(), l);
            quiet.andNot(gone);
            dead.add(indices(gone));
            nearly.add(indices(run.nearlyDeadUnits(run.stepsRun(), l)));
            inactive.add(indices(quiet));
        }
        o.add("dead", dead);
        o.add("nearly_dead", nearly);
        o.add("inactive", inactive);
        o.addProperty("activation", run.config().activation().name());
        return o;
    }

    /**
     * {@code [{"layer", "unit", "died_at_step"}, ...]}: every unit dead at the end (layer and unit
     * from 0), in the order they died for good; see {@link UnitDeath} for the step. Empty under
     * Leaky ReLU, whose silent units still learn.
     */
    static JsonArray deadUnits(TrainingRun run) {
        JsonArray all = new JsonArray();
        for (UnitDeath d : run.deaths()) {
            JsonObject o = new JsonObject();
            o.addProperty("layer", d.layer());
            o.addProperty("unit", d.unit());
            o.addProperty("died_at_step", d.diedAtStep());
            all.add(o);
        }
        return all;
    }

    private static JsonArray numbers(double[] values) {
        JsonArray a = new JsonArray();
        for (double v : values) {
            a.add(v);
        }
        return a;
    }

    private static JsonArray indices(BitSet bits) {
        JsonArray a = new JsonArray();
        bits.stream().forEach(a::add);
        return a;
    }
}
