package relulab.train;

/**
 * A hidden unit dead at the end of a ReLU run, and the step it died for good.
 *
 * <p>{@code diedAtStep = S} means: after S updates the unit's pre-activation is ≤ 0 on every
 * training point, and stays so at every later step of the run; after S − 1 updates it was
 * &gt; 0 on some point. {@code S = 0} is a unit dead at initialisation: the random weights
 * already put every point on its negative side, and it never fired.
 *
 * @param layer      the hidden layer, from 0
 * @param unit       the unit in its layer, from 0
 * @param diedAtStep the step S defined above, 0 to the run's last step
 */
public record UnitDeath(int layer, int unit, int diedAtStep) {

    public UnitDeath {
        if (layer < 0 || unit < 0 || diedAtStep < 0) {
            throw new IllegalArgumentException(
                    "layer, unit and step are counted from 0, got " + layer + ", " + unit + ", " + diedAtStep);
        }
    }

    /** True for a unit that never fired: dead from the random initial weights. */
    public boolean atInitialisation() {
        return diedAtStep == 0;
    }
}
