package relulab.ui.dying;

import java.util.List;
import java.util.OptionalInt;
import relulab.core.Activation;
import relulab.io.NumberText;
import relulab.train.DeadUnits;
import relulab.train.LearningRateSweep;
import relulab.train.SweepPoint;
import relulab.train.TrainingRun;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.text.Messages;

/**
 * The sentences the tab says about a run, a step of it and the sweep, each computed from the
 * numbers it states and worded by the lesson's bundle. A silent unit is "dead" under an
 * activation that gives it no gradient (ReLU) and "inactive" under one that still does (Leaky
 * ReLU): every sentence that names it has a {@code .dead} and an {@code .inactive} message.
 *
 * <p>Rates, losses and pre-activations are tensor values, formatted here with NumPy's decimal
 * point and passed as text; steps, counts and percentages are passed as numbers (percentages
 * rounded half up, as before).
 */
final class RunSentences {

    private static final Messages WORDS = Messages.of(RunSentences.class);

    private RunSentences() {}

    /** {@code key.dead} or {@code key.inactive}, as the run's silent units are. */
    static String silentKey(String key, boolean silentMeansDead) {
        return key + (silentMeansDead ? ".dead" : ".inactive");
    }

    /** A share from 0 to 1 as a whole percentage, rounded half up. */
    static long percent(double share) {
        return Math.round(100 * share);
    }

    /** A learning rate or loss as shown: 3 significant digits, '.' point. */
    static String number(double value) {
        return NumberText.forDisplay(value, 3);
    }

    /** "lr = 0.1". */
    static String learningRate(double lr) {
        return WORDS.format("rate.value", number(lr));
    }

    /**
     * One line about step {@code step}: loss, accuracy and, when {@code withLayers}, the silent
     * units per layer; "Training…" before a run.
     */
    static String step(TrainingRun r, int step, boolean withLayers) {
        if (r == null) {
            return WORDS.get("step.training");
        }
        int k = Math.min(step, r.stepsRun());
        StringBuilder layers = new StringBuilder();
        boolean nearly = QuietUnits.nearly(r.config().activation());
        for (int l = 0; withLayers && l < r.hiddenLayers(); l++) {
            layers.append(
                    nearly
                            ? WORDS.format(
                                    "step.layer.nearly",
                                    l + 1,
                                    r.deadUnits(k, l).cardinality(),
                                    r.nearlyDeadUnits(k, l).cardinality(),
                                    r.width(l))
                            : WORDS.format(
                                    silentKey("step.layer", r.silentMeansDead()),
                                    l + 1,
                                    r.silentUnits(k, l).cardinality(),
                                    r.width(l)));
        }
        return WORDS.format("step.text", k, r.config().steps(), number(r.loss(k)), 100 * r.accuracy(k), layers);
    }

    /**
     * How many units of each layer were revived — silent at some step, alive at the end — and
     * why only deeper layers can be: under ReLU with plain SGD the first layer's count is always
     * 0, the irreversibility the lesson is about. Under ReLU it goes on with the units dead from
     * initialisation, when there are any, and why no update is to blame for them.
     */
    static String recovery(TrainingRun r) {
        if (r == null) {
            return "";
        }
        StringBuilder layers = new StringBuilder();
        StringBuilder fromStart = new StringBuilder();
        int neverFired = 0;
        for (int l = 0; l < r.hiddenLayers(); l++) {
            layers.append(
                    WORDS.format("recovery.layer", l + 1, r.recoveredUnits(l).cardinality()));
            int n = r.silentMeansDead() ? r.silentThroughout(l).cardinality() : 0;
            fromStart.append(WORDS.format("recovery.layer", l + 1, n));
            neverFired += n;
        }
        String start = neverFired == 0 ? "" : WORDS.format("recovery.fromStart", fromStart);
        if (QuietUnits.nearly(r.config().activation())) {
            return WORDS.format(
                    "recovery.nearly", layers, ActivationWords.name(r.config().activation()));
        }
        return WORDS.format(silentKey("recovery", r.silentMeansDead()), layers) + start;
    }

    /**
     * Empty, or the sentence for a layer that is entirely dead at step {@code step}: below it no
     * gradient flows, so the layers underneath stop changing — their units are frozen, which
     * is why their dead share stops growing.
     */
    static String frozen(TrainingRun r, int step) {
        if (r == null || !r.silentMeansDead()) {
            return "";
        }
        int k = Math.min(step, r.stepsRun());
        for (int l = r.hiddenLayers() - 1; l >= 1; l--) {
            if (r.silentUnits(k, l).cardinality() == r.width(l)) {
                int since = k;
                while (since > 0 && r.silentUnits(since - 1, l).cardinality() == r.width(l)) {
                    since--;
                }
                return WORDS.format("frozen", l + 1, since, l);
            }
        }
        return "";
    }

    /** Empty, or the sentence saying where training diverged. */
    static String divergence(TrainingRun r) {
        if (r == null || !r.diverged()) {
            return "";
        }
        return WORDS.format("divergence", r.divergedAt().getAsInt(), r.stepsRun());
    }

    /** Progress of the sweep, e.g. "12 of 25 rates × 3 seeds". */
    static String sweepProgress(List<SweepPoint> points) {
        int n = points.size();
        return n == LearningRateSweep.RATES
                ? WORDS.format("sweep.done", LearningRateSweep.RATES, LearningRateSweep.SEEDS)
                : WORDS.format("sweep.computing", n, LearningRateSweep.RATES, LearningRateSweep.SEEDS);
    }

    /**
     * What to read in the sweep: where some runs diverged, and, when silent units are dead, from
     * which rate the last hidden layer is dead in every run — beyond it the layers below get no
     * gradient, so their dead share can fall for lack of training, not because units survive.
     */
    static String sweepNote(List<SweepPoint> points, Activation activation) {
        if (points.isEmpty()) {
            return "";
        }
        boolean diverged = points.stream().anyMatch(p -> p.diverged() > 0);
        String divergedNote = diverged ? WORDS.get("sweep.note.diverged") : "";
        String deadNote = "";
        int last = points.get(0).layers() - 1;
        if (DeadUnits.silentMeansDead(activation) && last >= 1) {
            for (SweepPoint p : points) {
                if (p.meanSilentFraction(last) >= 1.0) {
                    deadNote = WORDS.format("sweep.note.dead", NumberText.forDisplay(p.learningRate(), 2), last + 1);
                    break;
                }
            }
        }
        return divergedNote.isEmpty() || deadNote.isEmpty()
                ? divergedNote + deadNote
                : WORDS.format("sweep.note.both", divergedNote, deadNote);
    }

    /** The title over the data view: the step, its accuracy, and what the red lines are. */
    static String dataTitle(TrainingRun r, int step) {
        int k = Math.min(step, r.stepsRun());
        return WORDS.format(QuietUnits.key("data.title", r), step, percent(r.accuracy(k)));
    }

    /** "accuracy 98%; dead: layer 1 0% layer 2 6%" — or inactive under Leaky ReLU, and divergence. */
    static String remedyFigures(TrainingRun r) {
        StringBuilder layers = new StringBuilder();
        for (int l = 0; l < r.hiddenLayers(); l++) {
            layers.append(WORDS.format("remedy.figures.layer", l + 1, percent(QuietUnits.atEnd(r, l))));
        }
        String diverged = r.diverged()
                ? WORDS.format("remedy.figures.diverged", r.divergedAt().getAsInt())
                : "";
        return WORDS.format(QuietUnits.key("remedy.figures", r), percent(r.trainAccuracy()), layers, diverged);
    }

    /**
     * The tooltip of a unit: its state, since when it is silent, and its pre-activation range at
     * the shown step (when {@code snapshot} is of that step).
     */
    static String unit(TrainingRun r, int step, StepSnapshot snapshot, int layer, int unit) {
        if (r == null) {
            return "";
        }
        int k = Math.min(step, r.stepsRun());
        String head = WORDS.format(
                "unit.head",
                layer + 1,
                unit + 1,
                k,
                WORDS.get("unit.state." + r.state(k, layer, unit).name()));
        OptionalInt since = r.silentSince(layer, unit);
        String silent =
                since.isPresent() ? WORDS.format(silentKey("unit.since", r.silentMeansDead()), since.getAsInt()) : "";
        String range = "";
        if (snapshot != null && snapshot.step() == k) {
            double[] z = snapshot.ranges()[layer][unit];
            range = WORDS.format(
                    z[1] <= 0 ? "unit.range.never" : "unit.range",
                    NumberText.forDisplay(z[0], 3),
                    NumberText.forDisplay(z[1], 3));
        }
        return WORDS.format("unit.tooltip", head, silent, range);
    }
}
