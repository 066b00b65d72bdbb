package relulab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
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
        String what = run.silentMeansDead() ? "Dead" : "Inactive (Leaky ReLU: still trainable)";
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
    }

    /** One line per run of a sweep: rate, seed, loss, accuracy, dead share per layer, divergence. */
    static void printSweep(List<SweepRun> runs, PrintWriter out) {
        out.printf(
                Locale.ROOT, "%-10s %5s %10s %9s  %s%n", "lr", "seed", "loss", "accuracy", "dead % per hidden layer");
        for (SweepRun run : runs) {
            StringBuilder dead = new StringBuilder();
            for (double f : run.deadFraction()) {
                dead.append(String.format(Locale.ROOT, "%6.1f", 100 * f));
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
