package relulab.train;

/** What a hidden unit is doing on the training set under the current parameters. */
public enum UnitState {
    /** Its pre-activation is positive on at least one training point. */
    ALIVE,
    /**
     * Its local slope is 0 on every point. ReLU: ≤ 0 on every point, so it gets no gradient and SGD no longer moves its weights. A
     * first-layer unit sees the fixed data and stays dead; a deeper one can come back when the
     * layer below changes what it sees.
     */
    DEAD,
    /**
     * A smooth member (ELU, GELU, SiLU, Softplus): not dead, but its local slope is below
     * {@link GradientFloor#NEARLY_DEAD_SLOPE} on every point, so SGD barely moves its weights.
     */
    NEARLY_DEAD,
    /** ≤ 0 on every point, but the slope there (Leaky ReLU's leak, say) can still bring it back. */
    INACTIVE
}
