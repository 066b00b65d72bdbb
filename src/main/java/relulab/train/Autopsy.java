package relulab.train;

import java.util.function.BooleanSupplier;

/**
 * The update that killed a unit: the network just before and just after the step at which a
 * unit {@linkplain UnitDeath died for good}, and the unit's pre-activation range over the
 * training points under each.
 *
 * <p>For a death at step S ≥ 1, {@code before} is θ<sub>S−1</sub> (the unit fires on some
 * point) and {@code after} is θ<sub>S</sub> (it fires on none). The difference of the unit's
 * incoming weights and bias is the update that did it: with plain SGD exactly
 * {@code −lr·∂L/∂w} and {@code −lr·∂L/∂b}; with momentum, the velocity. Nothing is kept while
 * training: the two networks are made again by training the same config to S − 1 and to S
 * steps, which gives the same numbers bit for bit, so a run costs no memory for its deaths.
 * For a unit dead at initialisation, {@code before} and {@code after} are both θ<sub>0</sub>
 * and the update is 0.
 *
 * @param death       the unit and its step
 * @param before      the network before the killing update
 * @param after       the network after it
 * @param rangeBefore {min, max} of the unit's w·x + b over the training points, before
 * @param rangeAfter  the same, after: max ≤ 0
 */
public record Autopsy(UnitDeath death, Mlp before, Mlp after, double[] rangeBefore, double[] rangeAfter) {

    public Autopsy {
        if (death == null || before == null || after == null) {
            throw new IllegalArgumentException("an autopsy needs the death and the networks before and after it");
        }
        if (rangeBefore.length != 2 || rangeAfter.length != 2) {
            throw new IllegalArgumentException("a range is {min, max}");
        }
    }

    /**
     * The autopsy of {@code death}, a death of {@code run}, made by training again.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} answers true
     */
    public static Autopsy of(TrainingRun run, UnitDeath death, BooleanSupplier cancelled) {
        int s = death.diedAtStep();
        Mlp after = networkAt(run, s, cancelled);
        Mlp before = s == 0 ? after : networkAt(run, s - 1, cancelled);
        return new Autopsy(death, before, after, range(run, before, death), range(run, after, death));
    }

    private static Mlp networkAt(TrainingRun run, int step, BooleanSupplier cancelled) {
        TrainingConfig config = run.config();
        if (step == run.stepsRun()) {
            return run.finalModel();
        }
        return Trainer.train(config.withSteps(step), run.data(), Trainer.initialModel(config, run.data()), cancelled)
                .finalModel();
    }

    private static double[] range(TrainingRun run, Mlp model, UnitDeath death) {
        return model.preActivationRanges(run.config().activation(), run.data().x())[death.layer()][death.unit()];
    }

    /** The unit's incoming weights before the update (2 for a layer-1 unit: w₀, w₁). */
    public double[] weightsBefore() {
        return incoming(before);
    }

    /** The unit's bias before the update. */
    public double biasBefore() {
        return before.biases(death.layer())[death.unit()];
    }

    /** What the update added to each incoming weight: {@code −lr·∂L/∂w} under plain SGD. */
    public double[] weightUpdate() {
        double[] w0 = incoming(before);
        double[] w1 = incoming(after);
        for (int k = 0; k < w0.length; k++) {
            w1[k] -= w0[k];
        }
        return w1;
    }

    /** What the update added to the bias: {@code −lr·∂L/∂b} under plain SGD. */
    public double biasUpdate() {
        return after.biases(death.layer())[death.unit()] - biasBefore();
    }

    /** The Euclidean length of a vector: how big the weights, or their update, are. */
    public static double norm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    private double[] incoming(Mlp model) {
        int l = death.layer();
        double[] w = new double[model.sizes()[l]];
        for (int k = 0; k < w.length; k++) {
            w[k] = model.weight(l, k, death.unit());
        }
        return w;
    }
}
