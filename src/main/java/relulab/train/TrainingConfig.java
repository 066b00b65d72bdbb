package relulab.train;

import relulab.core.Activation;
import relulab.core.Relu;

/**
 * Everything that decides a training run of the dying-ReLU lab. The same config gives the
 * same run, bit for bit: the seed draws the data's noise, the initial weights and the
 * minibatch order.
 *
 * @param dataset      which toy dataset to train on
 * @param hiddenLayers how many hidden layers (1 to {@value #MAX_LAYERS})
 * @param width        units per hidden layer (1 to {@value #MAX_WIDTH})
 * @param activation   the hidden layers' activation, one of the ReLU family ({@link GradientFloor#trains})
 * @param learningRate the SGD step size, finite and &gt; 0
 * @param steps        how many parameter updates (0 to {@value #MAX_STEPS})
 * @param seed         the seed of every random choice
 * @param batchSize    points per update; 0 means the full batch
 * @param momentum     the momentum coefficient μ in [0, 1); 0 is plain SGD
 */
public record TrainingConfig(
        DatasetKind dataset,
        int hiddenLayers,
        int width,
        Activation activation,
        double learningRate,
        int steps,
        long seed,
        int batchSize,
        double momentum) {

    public static final int MAX_LAYERS = 8;
    public static final int MAX_WIDTH = 1024;
    public static final int MAX_STEPS = 100_000;

    /** The lab's default: spiral, 2 × 64 ReLU units, 300 full-batch steps of plain SGD, seed 1. */
    public static final TrainingConfig DEFAULT =
            new TrainingConfig(DatasetKind.SPIRAL, 2, 64, Relu.STANDARD, 0.1, 300, 1, 0, 0.0);

    public TrainingConfig {
        if (dataset == null || activation == null) {
            throw new IllegalArgumentException("a dataset and an activation are required");
        }
        if (!GradientFloor.trains(activation)) {
            throw new IllegalArgumentException(
                    "the dying-ReLU lab trains the ReLU family (relu, leaky, elu, gelu, silu,"
                            + " softplus), whose units go quiet only on the negative side, not " + activation.name());
        }
        requireRange("hidden layers", hiddenLayers, 1, MAX_LAYERS);
        requireRange("width", width, 1, MAX_WIDTH);
        requireRange("steps", steps, 0, MAX_STEPS);
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size must be 0 (full batch) or positive, got " + batchSize);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + learningRate);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
    }

    public TrainingConfig withLearningRate(double lr) {
        return new TrainingConfig(dataset, hiddenLayers, width, activation, lr, steps, seed, batchSize, momentum);
    }

    public TrainingConfig withSeed(long newSeed) {
        return new TrainingConfig(
                dataset, hiddenLayers, width, activation, learningRate, steps, newSeed, batchSize, momentum);
    }

    public TrainingConfig withDataset(DatasetKind kind) {
        return new TrainingConfig(
                kind, hiddenLayers, width, activation, learningRate, steps, seed, batchSize, momentum);
    }

    public TrainingConfig withShape(int layers, int units) {
        return new TrainingConfig(dataset, layers, units, activation, learningRate, steps, seed, batchSize, momentum);
    }

    public TrainingConfig withActivation(Activation f) {
        return new TrainingConfig(dataset, hiddenLayers, width, f, learningRate, steps, seed, batchSize, momentum);
    }

    public TrainingConfig withSteps(int n) {
        return new TrainingConfig(dataset, hiddenLayers, width, activation, learningRate, n, seed, batchSize, momentum);
    }

    public TrainingConfig withOptimizer(int batch, double mu) {
        return new TrainingConfig(dataset, hiddenLayers, width, activation, learningRate, steps, seed, batch, mu);
    }

    /** The layer sizes for {@code classes} outputs: 2 inputs, the hidden layers, the classes. */
    public int[] layerSizes(int classes) {
        int[] sizes = new int[hiddenLayers + 2];
        sizes[0] = Dataset.FEATURES;
        for (int l = 1; l <= hiddenLayers; l++) {
            sizes[l] = width;
        }
        sizes[hiddenLayers + 1] = classes;
        return sizes;
    }

    private static void requireRange(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + " to " + max + ", got " + value);
        }
    }
}
