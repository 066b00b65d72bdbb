package relulab.train;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * The record of one training run: the evaluation of every step from initialisation to the
 * last finite one, and the final network.
 *
 * <p>Step {@code k} (0 ≤ k ≤ {@link #stepsRun()}) is the network after k updates. Its silent
 * units (pre-activation ≤ 0 on every training point, see {@link DeadUnits}) are
 * {@link UnitState#DEAD} under ReLU and {@link UnitState#INACTIVE} under Leaky ReLU. A smooth
 * member's silent unit is dead only where its slope is exactly 0 on every point, and
 * {@link UnitState#NEARLY_DEAD} where it is below {@link GradientFloor#NEARLY_DEAD_SLOPE}
 * ({@link GradientFloor}). When the
 * run diverged at step d, {@code stepsRun = d − 1}, and the final network and every figure
 * come from that last finite step.
 */
public final class TrainingRun {

    private final TrainingConfig config;
    private final Dataset data;
    private final Mlp finalModel;
    private final int stepsRun;
    private final int divergedAt;
    private final double[] loss;
    private final double[] accuracy;
    private final BitSet[][] silent;
    private final BitSet[][] dead;
    private final BitSet[][] nearlyDead;
    private final boolean silentIsDead;

    TrainingRun(
            TrainingConfig config,
            Dataset data,
            Mlp finalModel,
            int stepsRun,
            int divergedAt,
            double[] loss,
            double[] accuracy,
            UnitCensus units) {
        this.config = config;
        this.data = data;
        this.finalModel = finalModel;
        this.stepsRun = stepsRun;
        this.divergedAt = divergedAt;
        this.loss = loss;
        this.accuracy = accuracy;
        this.silent = units.silent;
        this.dead = units.dead;
        this.nearlyDead = units.nearlyDead;
        this.silentIsDead = DeadUnits.silentMeansDead(config.activation());
    }

    public TrainingConfig config() {
        return config;
    }

    /** The training points. */
    public Dataset data() {
        return data;
    }

    /** The network after the last finite step. */
    public Mlp finalModel() {
        return finalModel;
    }

    /** How many updates were kept: the config's steps, or one less than the step that diverged. */
    public int stepsRun() {
        return stepsRun;
    }

    /** The step whose loss was not finite, if training diverged. */
    public OptionalInt divergedAt() {
        return divergedAt < 0 ? OptionalInt.empty() : OptionalInt.of(divergedAt);
    }

    public boolean diverged() {
        return divergedAt >= 0;
    }

    /** The number of hidden layers. */
    public int hiddenLayers() {
        return finalModel.hiddenLayers();
    }

    /** The number of units in hidden layer {@code layer}. */
    public int width(int layer) {
        return finalModel.hiddenWidth(layer);
    }

    /** True under ReLU, where a silent unit is dead; false under Leaky ReLU, where it is only inactive. */
    public boolean silentMeansDead() {
        return silentIsDead;
    }

    /** The mean cross-entropy over the training set at step {@code k}. */
    public double loss(int k) {
        return loss[k];
    }

    /** The loss at every step 0..stepsRun (a copy). */
    public double[] lossByStep() {
        return loss.clone();
    }

    /** The loss of the final network (always finite). */
    public double finalLoss() {
        return loss[stepsRun];
    }

    /** The share of training points classified correctly at step {@code k}. */
    public double accuracy(int k) {
        return accuracy[k];
    }

    /** The final network's training accuracy. */
    public double trainAccuracy() {
        return accuracy[stepsRun];
    }

    /** The state of unit {@code unit} of hidden layer {@code layer} at step {@code k}. */
    public UnitState state(int k, int layer, int unit) {
        if (dead[k][layer].get(unit)) {
            return UnitState.DEAD;
        }
        if (nearlyDead[k][layer].get(unit)) {
            return UnitState.NEARLY_DEAD;
        }
        return silent[k][layer].get(unit) ? UnitState.INACTIVE : UnitState.ALIVE;
    }

    /** The dead units of a layer at step {@code k}: slope exactly 0 on every point (a copy). */
    public BitSet deadUnits(int k, int layer) {
        return (BitSet) dead[k][layer].clone();
    }

    /** The nearly dead units of a layer at step {@code k}: not dead, |slope| below the floor on every point (a copy). */
    public BitSet nearlyDeadUnits(int k, int layer) {
        return (BitSet) nearlyDead[k][layer].clone();
    }

    /** The share of a layer's units that are nearly dead at the end (0 under ReLU and Leaky ReLU). */
    public double nearlyDeadFraction(int layer) {
        return (double) nearlyDead[stepsRun][layer].cardinality() / width(layer);
    }

    /** The dead share of a layer at every step 0..stepsRun. */
    public double[] deadFractionByStep(int layer) {
        return shareByStep(dead, layer);
    }

    /** The nearly dead share of a layer at every step 0..stepsRun. */
    public double[] nearlyDeadFractionByStep(int layer) {
        return shareByStep(nearlyDead, layer);
    }

    private double[] shareByStep(BitSet[][] sets, int layer) {
        double[] f = new double[stepsRun + 1];
        for (int k = 0; k <= stepsRun; k++) {
            f[k] = (double) sets[k][layer].cardinality() / width(layer);
        }
        return f;
    }

    /** The silent units (dead or inactive) of a layer at step {@code k} (a copy). */
    public BitSet silentUnits(int k, int layer) {
        return (BitSet) silent[k][layer].clone();
    }

    /** The share of a layer's units that are silent at step {@code k}. */
    public double silentFraction(int k, int layer) {
        return (double) silent[k][layer].cardinality() / width(layer);
    }

    /** The silent share of a layer at every step 0..stepsRun. */
    public double[] silentFractionByStep(int layer) {
        return shareByStep(silent, layer);
    }

    /** The share of a layer's units that are dead at the end: slope 0 on every point (0 under Leaky ReLU). */
    public double deadFraction(int layer) {
        return (double) dead[stepsRun][layer].cardinality() / width(layer);
    }

    /** The share of a layer's units that are silent but not dead at the end (0 under ReLU). */
    public double inactiveFraction(int layer) {
        BitSet quiet = silentUnits(stepsRun, layer);
        quiet.andNot(dead[stepsRun][layer]);
        return (double) quiet.cardinality() / width(layer);
    }

    /** The dead (ReLU) or inactive (Leaky) units of every hidden layer of the final network. */
    public BitSet[] finalSilentUnits() {
        BitSet[] last = new BitSet[hiddenLayers()];
        for (int l = 0; l < last.length; l++) {
            last[l] = silentUnits(stepsRun, l);
        }
        return last;
    }

    /** The largest final silent share over the hidden layers. */
    public double maxSilentFraction() {
        double max = 0;
        for (int l = 0; l < hiddenLayers(); l++) {
            max = Math.max(max, silentFraction(stepsRun, l));
        }
        return max;
    }

    /**
     * The units of a layer that were silent at some step but alive at the end: recoveries.
     * Under Leaky ReLU this is the leak at work. Under ReLU a first-layer unit never recovers
     * with plain SGD (its inputs are the fixed data); a deeper one can, when the layers below
     * it change what it sees, or with momentum, whose velocity outlives the gradient.
     */
    public BitSet recoveredUnits(int layer) {
        BitSet everSilent = new BitSet();
        for (int k = 0; k <= stepsRun; k++) {
            everSilent.or(silent[k][layer]);
        }
        everSilent.andNot(silent[stepsRun][layer]);
        return everSilent;
    }

    /**
     * The step from which unit {@code unit} of hidden layer {@code layer} stays silent to the end
     * of the run, or empty when it is alive at the end. Under ReLU that is the step it died.
     */
    public OptionalInt silentSince(int layer, int unit) {
        if (!silent[stepsRun][layer].get(unit)) {
            return OptionalInt.empty();
        }
        int k = stepsRun;
        while (k > 0 && silent[k - 1][layer].get(unit)) {
            k--;
        }
        return OptionalInt.of(k);
    }

    /**
     * The units of a layer that never fired at any step of the run: under ReLU, dead from
     * initialisation, the random weights having put every point on their negative side.
     */
    public BitSet silentThroughout(int layer) {
        BitSet always = silentUnits(0, layer);
        for (int k = 1; k <= stepsRun; k++) {
            always.and(silent[k][layer]);
        }
        return always;
    }

    /**
     * The units dead at the end, in the order they died for good (then by layer and unit):
     * under ReLU, every silent unit of the final network with its {@link UnitDeath#diedAtStep};
     * under Leaky ReLU none, since a silent unit still learns; under a smooth member, the units
     * whose slope underflowed to 0 on every point.
     */
    public List<UnitDeath> deaths() {
        List<UnitDeath> deaths = new ArrayList<>();
        for (int l = 0; l < hiddenLayers(); l++) {
            BitSet last = dead[stepsRun][l];
            for (int u = last.nextSetBit(0); u >= 0; u = last.nextSetBit(u + 1)) {
                int k = stepsRun;
                while (k > 0 && dead[k - 1][l].get(u)) {
                    k--;
                }
                deaths.add(new UnitDeath(l, u, k));
            }
        }
        deaths.sort(Comparator.comparingInt(UnitDeath::diedAtStep)
                .thenComparingInt(UnitDeath::layer)
                .thenComparingInt(UnitDeath::unit));
        return deaths;
    }
}
