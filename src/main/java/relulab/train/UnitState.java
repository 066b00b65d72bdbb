package relulab.train;

/** What a hidden unit is doing on the training set under the current parameters. */
public enum UnitState {
    /** Its pre-activation is positive on at least one training point. */
    ALIVE,
    /** ReLU: ≤ 0 on every point, so it gets no gradient and can never come back. */
    DEAD,
    /** Leaky ReLU: ≤ 0 on every point, but the leak's gradient can still bring it back. */
    INACTIVE
}
