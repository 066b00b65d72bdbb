package relulab.ui.dying;

import java.util.BitSet;
import relulab.core.Activation;
import relulab.train.DeadUnits;
import relulab.train.GradientFloor;
import relulab.train.TrainingRun;

/**
 * The units a run's pictures and sentences count, and the words they are counted in: under ReLU
 * the silent units, which are dead ({@code .dead} keys); under Leaky ReLU the silent units, which
 * are only inactive ({@code .inactive}); under a member without a flat side (ELU, GELU, SiLU,
 * Softplus) the nearly dead units, whose slope is below {@link GradientFloor#NEARLY_DEAD_SLOPE} on
 * every point ({@code .nearly}) — such a member has no dead units to count.
 */
final class QuietUnits {

    private QuietUnits() {}

    /** True for a member without a flat side whose units can be nearly dead. */
    static boolean nearly(Activation f) {
        return !DeadUnits.silentMeansDead(f) && !GradientFloor.of(f).noNearlyDead();
    }

    /** {@code key.dead}, {@code key.inactive} or {@code key.nearly}, as {@code f}'s quiet units are. */
    static String key(String key, Activation f) {
        if (DeadUnits.silentMeansDead(f)) {
            return key + ".dead";
        }
        return key + (nearly(f) ? ".nearly" : ".inactive");
    }

    /** {@link #key(String, Activation)} for the run's activation. */
    static String key(String key, TrainingRun r) {
        return key(key, r.config().activation());
    }

    /** The counted units of a layer at step {@code k}: nearly dead ones under a smooth member, else silent ones. */
    static BitSet at(TrainingRun r, int k, int layer) {
        return nearly(r.config().activation()) ? r.nearlyDeadUnits(k, layer) : r.silentUnits(k, layer);
    }

    /** The counted share of a layer at every step. */
    static double[] byStep(TrainingRun r, int layer) {
        return nearly(r.config().activation()) ? r.nearlyDeadFractionByStep(layer) : r.silentFractionByStep(layer);
    }

    /** The counted share of a layer at the end. */
    static double atEnd(TrainingRun r, int layer) {
        return (double) at(r, r.stepsRun(), layer).cardinality() / r.width(layer);
    }
}
