package relulab.train;

/** What a hidden unit is doing on the training set under the current parameters. */
public enum UnitState {
    /** Its pre-activation is positive on at least one training point. */
    ALIVE,
    /**
     * ReLU: ≤ 0 on every point, so it gets no gradient and SGD no longer moves its weights. A
     * first-layer unit sees the fixed data and stays dead; a deeper one can come back when the
     * layer below changes what it sees.
     */
    DEAD,
    /** Leaky ReLU: ≤ 0 on every point, but the leak's gradient can still bring it back. */
    INACTIVE
}
