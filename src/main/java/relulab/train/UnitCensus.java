package relulab.train;

import java.util.BitSet;

/**
 * The units of every hidden layer at every step of a run, sorted three ways:
 * {@code silent[k][l]} (pre-activation ≤ 0 on every training point), {@code dead[k][l]} (local
 * slope exactly 0 on every point) and {@code nearlyDead[k][l]} (not dead, |slope| below
 * {@link GradientFloor#NEARLY_DEAD_SLOPE} on every point). Under ReLU the dead sets are the silent
 * ones and nothing is nearly dead; sets may be shared, so they are only read.
 */
final class UnitCensus {

    final BitSet[][] silent;
    final BitSet[][] dead;
    final BitSet[][] nearlyDead;

    UnitCensus(BitSet[][] silent, BitSet[][] dead, BitSet[][] nearlyDead) {
        if (silent.length != dead.length || silent.length != nearlyDead.length) {
            throw new IllegalArgumentException("one set of units per step, got " + silent.length + ", " + dead.length
                    + " and " + nearlyDead.length);
        }
        this.silent = silent;
        this.dead = dead;
        this.nearlyDead = nearlyDead;
    }
}
