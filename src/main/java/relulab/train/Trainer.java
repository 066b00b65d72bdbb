package relulab.train;

import java.util.BitSet;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * Trains the lab's MLP with stochastic gradient descent and watches its units die.
 *
 * <p>Step {@code k} evaluates the parameters {@code θ_k} (after k updates) on the whole
 * training set — loss, accuracy and the silent units of each hidden layer — and then updates
 * them: plain SGD {@code θ ← θ − lr·∇L}, or with momentum {@code v ← μv − lr·∇L, θ ← θ + v}.
 * The gradient comes from the full batch, or from the next minibatch of a reshuffled order.
 * So a run of {@code s} steps records {@code s + 1} evaluations, the first one at
 * initialisation (where a few units are born dead).
 *
 * <p>Divergence: when the loss of {@code θ_k} is not finite, training stops, reports
 * "diverged at step k", and keeps {@code θ_{k−1}} and its evaluation as the result. NaN is
 * never reported as a result.
 */
public final class Trainer {

    /** Mixed into the seed for the initial weights, so they do not replay the data's noise. */
    private static final long INIT_SALT = 0x9E3779B97F4A7C15L;
    /** Mixed into the seed for the minibatch order. */
    private static final long ORDER_SALT = 0xC2B2AE3D27D4EB4FL;

    private Trainer() {}

    /** Trains on the config's dataset drawn with the config's seed. */
    public static TrainingRun train(TrainingConfig config) {
        return train(config, config.dataset().generate(config.seed()), () -> false);
    }

    /**
     * Trains on {@code data}, checking {@code cancelled} before every step.
     *
     * @throws CancellationException when {@code cancelled} answers true
     */
    public static TrainingRun train(TrainingConfig config, Dataset data, BooleanSupplier cancelled) {
        return train(config, data, initialModel(config, data), cancelled, null);
    }

    /**
     * Trains on {@code data} as {@link #train(TrainingConfig, Dataset, BooleanSupplier)} does,
     * bit for bit, with {@code helper} evaluating half of the points of every full-batch step
     * ({@link FullBatch}), so that one run takes two cores.
     */
    public static TrainingRun train(TrainingConfig config, Dataset data, BooleanSupplier cancelled, Executor helper) {
        return train(config, data, initialModel(config, data), cancelled, helper);
    }

    /**
     * The network a run of {@code config} on {@code data} starts from: He-normal weights drawn
     * with the config's seed, so it depends on the seed and the shape, not on the rate.
     */
    public static Mlp initialModel(TrainingConfig config, Dataset data) {
        return Mlp.heNormal(config.layerSizes(data.classes()), new Random(config.seed() ^ INIT_SALT));
    }

    /** Trains {@code init} on {@code data}; the config's dataset and shape are not used. */
    public static TrainingRun train(TrainingConfig config, Dataset data, Mlp init, BooleanSupplier cancelled) {
        return train(config, data, init, cancelled, null);
    }

    private static TrainingRun train(
            TrainingConfig config, Dataset data, Mlp init, BooleanSupplier cancelled, Executor helper) {
        if (helper == null) {
            return run(config, data, init, cancelled, null);
        }
        try (StepPartner partner = new StepPartner(helper)) {
            return run(config, data, init, cancelled, partner);
        }
    }

    /** The training itself; {@code partner}, if not null, evaluates half of the points of every full-batch step. */
    private static TrainingRun run(
            TrainingConfig config, Dataset data, Mlp init, BooleanSupplier cancelled, StepPartner partner) {
        int[] sizes = init.sizes();
        if (sizes[0] != Dataset.FEATURES || sizes[sizes.length - 1] < data.classes()) {
            throw new IllegalArgumentException(init + " does not fit " + data);
        }
        int steps = config.steps();
        double lr = config.learningRate();
        double mu = config.momentum();
        double[][] w = init.copyWeights();
        double[][] b = init.copyBiases();
        double[][] previousW = Mlp.deepCopy(w);
        double[][] previousB = Mlp.deepCopy(b);
        double[][] velocityW = mu > 0 ? Mlp.zerosLike(w) : null;
        double[][] velocityB = mu > 0 ? Mlp.zerosLike(b) : null;

        FullBatch full = new FullBatch(sizes, data, config.activation(), partner);
        Minibatches batches = config.batchSize() > 0 && config.batchSize() < data.size()
                ? new Minibatches(data, config.batchSize(), new Random(config.seed() ^ ORDER_SALT))
                : null;
        Backprop batchPass = batches == null ? null : new Backprop(sizes, config.batchSize(), config.activation());

        double[] loss = new double[steps + 1];
        double[] accuracy = new double[steps + 1];
        BitSet[][] silent = new BitSet[steps + 1][];
        BitSet[][] dead = new BitSet[steps + 1][];
        BitSet[][] nearlyDead = new BitSet[steps + 1][];
        GradientFloor floor = GradientFloor.of(config.activation());
        int divergedAt = -1;
        int k = 0;
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("training cancelled at step " + k);
            }
            double l = full.evaluate(w, b, batches == null && k < steps);
            if (!Double.isFinite(l)) {
                if (k == 0) {
                    throw new IllegalArgumentException("the initial network's loss is not finite");
                }
                divergedAt = k;
                w = previousW;
                b = previousB;
                break;
            }
            loss[k] = l;
            accuracy[k] = (double) full.correct() / data.size();
            silent[k] = DeadUnits.silentFromMaxima(full.zMax);
            dead[k] = new BitSet[silent[k].length];
            nearlyDead[k] = new BitSet[silent[k].length];
            for (int h = 0; h < silent[k].length; h++) {
                dead[k][h] = floor.dead(full.zMax[h], silent[k][h]);
                nearlyDead[k][h] = floor.nearlyDead(full.zMax[h]);
            }
            if (k == steps) {
                break;
            }
            double[][] gradW = full.gradW;
            double[][] gradB = full.gradB;
            if (batches != null) {
                batches.next();
                batchPass.forward(w, b, batches.x(), batches.y());
                batchPass.backward();
                gradW = batchPass.gradW;
                gradB = batchPass.gradB;
            }
            copyInto(w, previousW);
            copyInto(b, previousB);
            update(w, gradW, velocityW, lr, mu);
            update(b, gradB, velocityB, lr, mu);
            k++;
        }
        int stepsRun = divergedAt < 0 ? steps : divergedAt - 1;
        return new TrainingRun(
                config,
                data,
                Mlp.adopt(sizes, w, b),
                stepsRun,
                divergedAt,
                java.util.Arrays.copyOf(loss, stepsRun + 1),
                java.util.Arrays.copyOf(accuracy, stepsRun + 1),
                new UnitCensus(
                        java.util.Arrays.copyOf(silent, stepsRun + 1),
                        java.util.Arrays.copyOf(dead, stepsRun + 1),
                        java.util.Arrays.copyOf(nearlyDead, stepsRun + 1)));
    }

    private static void update(double[][] params, double[][] grads, double[][] velocity, double lr, double mu) {
        for (int l = 0; l < params.length; l++) {
            double[] p = params[l];
            double[] g = grads[l];
            if (velocity == null) {
                for (int i = 0; i < p.length; i++) {
                    p[i] -= lr * g[i];
                }
            } else {
                double[] v = velocity[l];
                for (int i = 0; i < p.length; i++) {
                    v[i] = mu * v[i] - lr * g[i];
                    p[i] += v[i];
                }
            }
        }
    }

    private static void copyInto(double[][] from, double[][] to) {
        for (int l = 0; l < from.length; l++) {
            System.arraycopy(from[l], 0, to[l], 0, from[l].length);
        }
    }
}
