package relulab.ui.dying;

import java.util.List;
import relulab.train.TrainingRun;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.text.Messages;

/**
 * What the remedies did, said from their runs: the captions, and a verdict on Leaky ReLU and on
 * the lower rate. Leaky ReLU keeps every unit learning, which cures dying but not a rate that is
 * too high: then it can lose to ReLU, or diverge where ReLU does not — ReLU's dead units no
 * longer move, so fewer weights take the big steps. The sentence calls a rate too high only
 * when the ten times lower rate did better than both, and calls the lower rate what it is:
 * another setting, not the same training with a cure.
 */
final class RemedySentences {

    private static final Messages WORDS = Messages.of(RemedySentences.class);

    private RemedySentences() {}

    /** "ReLU, lr 5 (as set)", "Leaky ReLU (α = 0.01), same lr", "ReLU, lr 0.5 (÷10): another setting". */
    static String caption(Remedy r) {
        TrainingRun run = r.run();
        String caption = WORDS.format(
                "remedy." + r.kind().name(),
                ActivationWords.name(run.config().activation()),
                RunSentences.number(run.config().learningRate()));
        return r.asSet() ? WORDS.format("remedy.asSet", caption) : caption;
    }

    /**
     * The verdict on the runs as {@link RemedyRuns} orders them: ReLU, Leaky ReLU, the lower rate,
     * then what each member without a flat side did at the same rate.
     */
    static String verdict(List<Remedy> remedies) {
        if (remedies.size() < 3) {
            return "";
        }
        TrainingRun relu = remedies.get(0).run();
        TrainingRun leaky = remedies.get(1).run();
        TrainingRun lower = remedies.get(2).run();
        StringBuilder smooth = new StringBuilder();
        for (Remedy r : remedies.subList(3, remedies.size())) {
            smooth.append(smooth(r.run()));
        }
        return leaky(relu, leaky, lower) + " " + lower(relu, lower) + smooth;
    }

    /** " ELU at the same rate: 0% dead, 23% nearly dead, accuracy 33%, diverged at step 11." */
    private static String smooth(TrainingRun r) {
        int units = 0;
        int dead = 0;
        int nearly = 0;
        for (int l = 0; l < r.hiddenLayers(); l++) {
            units += r.width(l);
            dead += r.deadUnits(r.stepsRun(), l).cardinality();
            nearly += r.nearlyDeadUnits(r.stepsRun(), l).cardinality();
        }
        return WORDS.format(
                "remedy.verdict.smooth",
                ActivationWords.name(r.config().activation()),
                RunSentences.percent((double) dead / units),
                RunSentences.percent((double) nearly / units),
                RunSentences.percent(r.trainAccuracy()),
                r.diverged()
                        ? WORDS.format(
                                "remedy.verdict.smooth.diverged", r.divergedAt().getAsInt())
                        : "");
    }

    private static String leaky(TrainingRun relu, TrainingRun leaky, TrainingRun lower) {
        String rate = RunSentences.number(relu.config().learningRate());
        if (leaky.diverged() && relu.diverged()) {
            return WORDS.format(
                    "remedy.verdict.bothDiverged",
                    relu.divergedAt().getAsInt(),
                    leaky.divergedAt().getAsInt(),
                    rate);
        }
        if (leaky.diverged()) {
            return WORDS.format(
                    "remedy.verdict.leakyDiverged",
                    leaky.divergedAt().getAsInt(),
                    rate,
                    RunSentences.percent(silentShare(relu)));
        }
        if (relu.diverged()) {
            return WORDS.format(
                    "remedy.verdict.reluDiverged",
                    relu.divergedAt().getAsInt(),
                    RunSentences.percent(leaky.trainAccuracy()));
        }
        long leakyAccuracy = RunSentences.percent(leaky.trainAccuracy());
        long reluAccuracy = RunSentences.percent(relu.trainAccuracy());
        String kept = WORDS.format(
                "remedy.verdict.kept",
                RunSentences.percent(silentShare(leaky)),
                leakyAccuracy,
                reluAccuracy,
                RunSentences.percent(silentShare(relu)));
        boolean tooHigh =
                !lower.diverged() && lower.trainAccuracy() > Math.max(relu.trainAccuracy(), leaky.trainAccuracy());
        return leakyAccuracy < reluAccuracy && tooHigh ? kept + WORDS.get("remedy.verdict.tooHigh") : kept;
    }

    private static String lower(TrainingRun relu, TrainingRun lower) {
        String rate = RunSentences.number(lower.config().learningRate());
        if (lower.diverged()) {
            return WORDS.format(
                    "remedy.verdict.lowerDiverged", rate, lower.divergedAt().getAsInt());
        }
        return WORDS.format(
                "remedy.verdict.lower",
                rate,
                RunSentences.percent(silentShare(lower)),
                RunSentences.percent(silentShare(relu)),
                RunSentences.percent(lower.trainAccuracy()),
                lower.config().steps());
    }

    private static double silentShare(TrainingRun r) {
        return DeadShareGuess.silentShare(r);
    }
}
