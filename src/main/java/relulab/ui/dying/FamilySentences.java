package relulab.ui.dying;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import relulab.io.NumberText;
import relulab.train.LearningRateSweep;
import relulab.train.SweepPoint;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.text.Messages;

/**
 * What each member of the sweep does at the rates where ReLU dies, said from the sweep's numbers.
 *
 * <p>"The rates where ReLU dies" are the sweep's rates at which ReLU's mean dead share of all
 * hidden units is at least {@value #DYING_SHARE} (a tenth of its units). For each other member
 * the sentence gives, over exactly those rates, the range of its mean dead share, of its mean
 * nearly dead share and of its mean accuracy, and at how many of them some run diverged. Every
 * number is read from the points, so the sentence holds on every setting; it is said only when
 * the sweep is complete.
 */
final class FamilySentences {

    /** ReLU "dies" at a rate where at least this share of its hidden units is dead. */
    static final double DYING_SHARE = 0.1;

    private static final Messages WORDS = Messages.of(FamilySentences.class);

    private FamilySentences() {}

    /** The sentence for {@code sweeps} (ReLU among them), or empty while the sweep is computing. */
    static String atReluDeath(List<MemberSweep> sweeps) {
        if (sweeps.isEmpty() || sweeps.stream().anyMatch(s -> s.points().size() < LearningRateSweep.RATES)) {
            return "";
        }
        Optional<MemberSweep> relu = sweeps.stream()
                .filter(s -> s.activation().id().equals(HiddenActivations.RELU))
                .findFirst();
        if (relu.isEmpty()) {
            return "";
        }
        List<Double> dying = new ArrayList<>();
        for (SweepPoint p : relu.get().points()) {
            if (p.deadShare() >= DYING_SHARE) {
                dying.add(p.learningRate());
            }
        }
        if (dying.isEmpty()) {
            return WORDS.format("family.none", RunSentences.percent(DYING_SHARE));
        }
        StringBuilder members = new StringBuilder();
        for (MemberSweep s : sweeps) {
            if (s != relu.get()) {
                members.append(member(s, dying));
            }
        }
        Range reluDead = Range.over(relu.get(), dying, SweepPoint::deadShare);
        Range reluAccuracy = Range.over(relu.get(), dying, SweepPoint::meanAccuracy);
        return WORDS.format(
                "family.head",
                dying.size(),
                NumberText.forDisplay(dying.get(0), 2),
                NumberText.forDisplay(dying.get(dying.size() - 1), 2),
                RunSentences.percent(DYING_SHARE),
                reluDead.text(),
                reluAccuracy.text(),
                members);
    }

    private static String member(MemberSweep s, List<Double> rates) {
        int diverged = 0;
        for (SweepPoint p : s.points()) {
            if (rates.contains(p.learningRate()) && p.diverged() > 0) {
                diverged++;
            }
        }
        return WORDS.format(
                "family.member",
                ActivationWords.name(s.activation()),
                Range.over(s, rates, SweepPoint::deadShare).text(),
                Range.over(s, rates, SweepPoint::nearlyDeadShare).text(),
                Range.over(s, rates, SweepPoint::meanAccuracy).text(),
                diverged == 0 ? "" : WORDS.format("family.diverged", diverged));
    }

    /** The smallest and largest of a figure over some rates of a sweep, as whole percentages. */
    private record Range(long lo, long hi) {

        static Range over(MemberSweep s, List<Double> rates, java.util.function.ToDoubleFunction<SweepPoint> f) {
            long lo = Long.MAX_VALUE;
            long hi = Long.MIN_VALUE;
            for (SweepPoint p : s.points()) {
                if (rates.contains(p.learningRate())) {
                    long v = RunSentences.percent(f.applyAsDouble(p));
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            return new Range(lo, hi);
        }

        String text() {
            return lo == hi ? WORDS.format("family.value", lo) : WORDS.format("family.range", lo, hi);
        }
    }
}
