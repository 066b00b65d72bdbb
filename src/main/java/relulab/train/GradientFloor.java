package relulab.train;

import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import relulab.core.Activation;

/**
 * Where an activation stops passing gradient: the dead and the nearly dead units of a layer,
 * read from each unit's largest pre-activation over the training points.
 *
 * <p>A hidden unit's weights move by {@code f′(z)·(∂L/∂out)} summed over the points, so what
 * decides whether it can still learn is its local slope {@code f′(z)} on every point. The unit is
 * <em>dead</em> when it fires on no point ({@code z ≤ 0} everywhere) and its activation is flat
 * there ({@code f′ = 0} for every {@code z ≤ 0}, ReLU's flat side): no gradient, for good. It is
 * <em>nearly dead</em> when it is not dead but {@code |f′(z)| < }{@value #NEARLY_DEAD_SLOPE} on
 * every point: less than a thousandth of what an alive ReLU unit passes. A smooth member (ELU,
 * GELU, SiLU, Softplus) has no flat side, so its unit is never dead, only nearly dead (far below
 * zero its slope can even round to 0 in float64: still counted as nearly dead, the slope being
 * below the bound); Leaky ReLU's slope never falls below its leak (0.01), so its units are neither.
 *
 * <p>Every activation the lab trains passes gradient on the positive side and goes quiet only
 * on the negative side (see {@link #trains}): its |slope| is below the bound for every z under
 * some cutoff and not just above it. So the test needs only each unit's largest z: nearly dead
 * when {@code max z ≤ nearlyDeadBelow}. The cutoff is found by walking z upwards from
 * {@value #LOWEST} in steps of 1/256 (exact binary fractions, so 0 is on the walk).
 */
public final class GradientFloor {

    /** The slope below which, on every point, a unit counts as nearly dead. */
    public static final double NEARLY_DEAD_SLOPE = 1e-3;

    /** Where the walk starts: below it every member's slope is exactly 0 or its leak. */
    private static final double LOWEST = -1000;

    private static final double STEP = 1.0 / 256;
    private static final BitSet NONE = new BitSet();
    /** The walks already done: a few hundred thousand slopes each, and a sweep trains hundreds of runs. */
    private static final Map<String, GradientFloor> KNOWN = new ConcurrentHashMap<>();

    private final double deadBelow;
    private final double nearlyDeadBelow;

    private GradientFloor(double deadBelow, double nearlyDeadBelow) {
        this.deadBelow = deadBelow;
        this.nearlyDeadBelow = nearlyDeadBelow;
    }

    /** The cutoffs of {@code f}, found once per activation (by its name, parameters included). */
    public static GradientFloor of(Activation f) {
        return KNOWN.computeIfAbsent(f.name(), name -> {
            boolean flat = cutoff(f, 0.0) == 0;
            return new GradientFloor(flat ? 0 : Double.NEGATIVE_INFINITY, cutoff(f, NEARLY_DEAD_SLOPE));
        });
    }

    /**
     * True for the ReLU family: a slope of 1 for large inputs (z = 20), so a unit can go quiet
     * only on the negative side. Sigmoid and tanh saturate on both sides and are not trained.
     */
    public static boolean trains(Activation f) {
        return Math.abs(f.slope(20) - 1) < 1e-6 && Math.abs(f.slope(1000) - 1) < 1e-6;
    }

    /** 0 when the slope is exactly 0 for every z ≤ 0 (ReLU's flat side), else −∞: no unit can be dead. */
    public double deadBelow() {
        return deadBelow;
    }

    /** The largest z up to which |slope| stays below {@link #NEARLY_DEAD_SLOPE}; −∞ when it never does. */
    public double nearlyDeadBelow() {
        return nearlyDeadBelow;
    }

    /** True when no unit can be nearly dead without being dead (ReLU, Leaky ReLU). */
    public boolean noNearlyDead() {
        return !(nearlyDeadBelow > deadBelow);
    }

    /**
     * The dead units of a layer whose largest pre-activations are {@code zMax} and whose silent
     * units ({@code max z ≤ 0}) are {@code silent}: the same set under ReLU, none under Leaky ReLU.
     * The result may be {@code silent} itself or a shared empty set: read it, never change it.
     */
    BitSet dead(double[] zMax, BitSet silent) {
        if (deadBelow == 0) {
            return silent;
        }
        return below(zMax, Double.NEGATIVE_INFINITY, deadBelow);
    }

    /** The nearly dead units of a layer (read it, never change it). */
    BitSet nearlyDead(double[] zMax) {
        return below(zMax, deadBelow, nearlyDeadBelow);
    }

    /** The units whose largest z lies in (lo, hi]; a NaN largest z (a blown-up step) counts as neither. */
    private static BitSet below(double[] zMax, double lo, double hi) {
        if (!(hi > lo) || hi == Double.NEGATIVE_INFINITY) {
            return NONE;
        }
        BitSet set = new BitSet(zMax.length);
        for (int j = 0; j < zMax.length; j++) {
            if (zMax[j] <= hi && (lo == Double.NEGATIVE_INFINITY || zMax[j] > lo)) {
                set.set(j);
            }
        }
        return set;
    }

    /**
     * The largest z on the walk up to which {@code |f′| ≤ bound} (for the bound 0) or
     * {@code |f′| < bound}, at every point of the walk from {@value #LOWEST}; −∞ when the first
     * point already fails.
     */
    private static double cutoff(Activation f, double bound) {
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 0; ; i++) {
            double z = LOWEST + i * STEP;
            if (z > 0) {
                return last;
            }
            double s = Math.abs(f.slope(z));
            boolean quiet = bound == 0 ? s == 0 : s < bound;
            if (!quiet) {
                return last;
            }
            last = z;
        }
    }
}
