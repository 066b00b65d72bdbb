package relulab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import relulab.train.GradientFloor;
import relulab.train.SweepRun;
import relulab.train.TrainingConfig;
import relulab.train.TrainingRun;

/** The readable report of {@code relu-lab dying}: settings, loss, accuracy, dead units per layer. */
final class DyingText {

    private DyingText() {}

    static void print(TrainingRun run, PrintWriter out) {
        TrainingConfig c = run.config();
        out.printf(
                Locale.ROOT,
                "Dying ReLU: %s data, %d hidden layers of %d %s units, lr %s, %d steps, seed %d%n",
                c.dataset().label(),
                c.hiddenLayers(),
                c.width(),
                c.activation(),
                c.learningRate(),
                c.steps(),
                c.seed());
        if (run.diverged()) {
            out.printf(
                    Locale.ROOT,
                    "Diverged at step %d: the loss was no longer finite. "
                            + "Figures below are from step %d, the last finite one.%n",
                    run.divergedAt().getAsInt(),
                    run.stepsRun());
        }
        out.printf(
                Locale.ROOT,
                "Loss %.4g (at start %.4g), training accuracy %.1f%%%n",
                run.finalLoss(),
                run.loss(0),
                100 * run.trainAccuracy());
        String what = run.silentMeansDead() ? "Dead" : "Inactive (still trainable)";
        out.println(what + " units, pre-activation <= 0 on every training point:");
        for (int l = 0; l < run.hiddenLayers(); l++) {
            int silent = run.silentUnits(run.stepsRun(), l).cardinality();
            int atStart = run.silentUnits(0, l).cardinality();
            int recovered = run.recoveredUnits(l).cardinality();
            out.printf(
                    Locale.ROOT,
                    "  layer %d: %d of %d (%.1f%%), %d at initialisation, %d came back%n",
                    l + 1,
                    silent,
                    run.width(l),
                    100.0 * silent / run.width(l),
                    atStart,
                    recovered);
        }
        if (!run.silentMeansDead()) {
            printNearlyDead(run, out);
        }
    }

    /**
     * Dead and nearly dead units of an activation without ReLU's flat side: dead needs f' = 0 on
     * every point, so there are none; nearly dead is |f'(z)| below the floor on every point.
     */
    private static void printNearlyDead(TrainingRun run, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "Dead units (f'(z) = 0 on every training point): none, %s has no flat side.%n"
                        + "Nearly dead units, |f'(z)| < %s on every training point:%n",
                run.config().activation().name(),
                GradientFloor.NEARLY_DEAD_SLOPE);
        for (int l = 0; l < run.hiddenLayers(); l++) {
            int nearly = run.nearlyDeadUnits(run.stepsRun(), l).cardinality();
            out.printf(
                    Locale.ROOT,
                    "  layer %d: %d of %d (%.1f%%)%n",
                    l + 1,
                    nearly,
                    run.width(l),
                    100.0 * nearly / run.width(l));
        }
    }

    /** One line per run of a sweep: rate, seed, loss, accuracy, dead share per layer, divergence. */
    static void printSweep(List<SweepRun> runs, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%-10s %5s %10s %9s  %s%n",
                "lr",
                "seed",
                "loss",
                "accuracy",
                "dead % per hidden layer (+ nearly dead %)");
        for (SweepRun run : runs) {
            StringBuilder dead = new StringBuilder();
            double[] nearly = run.nearlyDeadFraction();
            double[] gone = run.deadFraction();
            for (int l = 0; l < gone.length; l++) {
                dead.append(String.format(Locale.ROOT, "%6.1f", 100 * gone[l]));
                if (!run.silentMeansDead()) {
                    dead.append(String.format(Locale.ROOT, " (+%.1f)", 100 * nearly[l]));
                }
            }
            out.printf(
                    Locale.ROOT,
                    "%-10.4g %5d %10.4g %8.1f%% %s%s%n",
                    run.learningRate(),
                    run.seed(),
                    run.finalLoss(),
                    100 * run.trainAccuracy(),
                    dead,
                    run.diverged() ? "   diverged at step " + run.divergedAt() : "");
        }
    }
}
