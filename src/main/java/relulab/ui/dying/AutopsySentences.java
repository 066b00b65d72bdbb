package relulab.ui.dying;

import java.util.Arrays;
import relulab.train.Autopsy;
import relulab.train.TrainingRun;
import relulab.train.UnitDeath;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.text.Messages;

/**
 * The sentences of the autopsy, each computed from the autopsy it describes: when the unit died
 * for good (or that it never fired), the range of its pre-activation {@code w·x + b} over the
 * training points before and after the killing update, and the size of that update
 * ({@code −lr·∂L/∂w}, {@code −lr·∂L/∂b}: the tab trains with plain SGD) beside the weights it
 * changed.
 */
final class AutopsySentences {

    private static final Messages WORDS = Messages.of(AutopsySentences.class);

    private AutopsySentences() {}

    /** What to do before any death is chosen, or why there is nothing to choose. */
    static String prompt(TrainingRun r, int deaths) {
        if (r == null) {
            return WORDS.get("step.training");
        }
        if (QuietUnits.nearly(r.config().activation())) {
            return WORDS.format(
                    "autopsy.none.nearly", ActivationWords.name(r.config().activation()));
        }
        if (!r.silentMeansDead()) {
            return WORDS.get("autopsy.none.inactive");
        }
        return deaths == 0 ? WORDS.get("autopsy.none.dead") : WORDS.format("autopsy.prompt", deaths);
    }

    /** "Death 3 of 71, in the order they died." */
    static String position(AutopsyShown s) {
        return WORDS.format("autopsy.position", s.index() + 1, s.count());
    }

    /** The unit and the step it died for good, or that it was dead from initialisation. */
    static String head(Autopsy a) {
        UnitDeath d = a.death();
        return d.atInitialisation()
                ? WORDS.format(
                        "autopsy.head.init",
                        d.layer() + 1,
                        d.unit() + 1,
                        WORDS.get(d.layer() == 0 ? "autopsy.fate.first" : "autopsy.fate.deeper"))
                : WORDS.format("autopsy.head", d.layer() + 1, d.unit() + 1, d.diedAtStep(), d.diedAtStep() - 1);
    }

    /** The range of w·x + b over the points before and after the update. */
    static String ranges(Autopsy a) {
        int s = a.death().diedAtStep();
        if (a.death().atInitialisation()) {
            return WORDS.format("autopsy.range.init", number(a.rangeAfter()[0]), number(a.rangeAfter()[1]));
        }
        return WORDS.format(
                "autopsy.range",
                s - 1,
                number(a.rangeBefore()[0]),
                number(a.rangeBefore()[1]),
                s,
                number(a.rangeAfter()[0]),
                number(a.rangeAfter()[1]));
    }

    /** The weights and bias before the update, the update's size beside them, and their ratio. */
    static String update(Autopsy a) {
        if (a.death().atInitialisation()) {
            return WORDS.format("autopsy.update.init", number(Autopsy.norm(a.weightsBefore())), number(a.biasBefore()));
        }
        double[] w = a.weightsBefore();
        double[] dw = a.weightUpdate();
        double[] all = append(w, a.biasBefore());
        double[] step = append(dw, a.biasUpdate());
        return WORDS.format(
                "autopsy.update",
                number(Autopsy.norm(w)),
                number(a.biasBefore()),
                number(Autopsy.norm(dw)),
                number(a.biasUpdate()),
                number(Autopsy.norm(step) / Autopsy.norm(all)));
    }

    /** What the picture shows: the unit's line before and after, or why a deeper unit has none. */
    static String picture(Autopsy a) {
        UnitDeath d = a.death();
        if (d.layer() > 0) {
            return WORDS.format("autopsy.picture.deeper", d.layer() + 1, d.layer());
        }
        return d.atInitialisation()
                ? WORDS.get("autopsy.picture.init")
                : WORDS.format("autopsy.picture", d.diedAtStep() - 1, d.diedAtStep());
    }

    private static double[] append(double[] v, double last) {
        double[] out = Arrays.copyOf(v, v.length + 1);
        out[v.length] = last;
        return out;
    }

    private static String number(double v) {
        return RunSentences.number(v);
    }
}
