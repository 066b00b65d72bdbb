package relulab.ui.dying;

import java.util.function.BooleanSupplier;
import relulab.train.Dataset;
import relulab.train.Mlp;
import relulab.train.Trainer;
import relulab.train.TrainingConfig;
import relulab.train.TrainingRun;

/**
 * The network at the step the tab shows, for the drawings that need its parameters: the
 * decision regions, the layer-1 lines {@code w·x + b = 0}, and each hidden unit's range of
 * pre-activations over the training points ({@code ranges[layer][unit] = {min, max}}).
 */
record StepSnapshot(int step, Mlp model, DecisionRegions regions, double[][][] ranges) {

    /**
     * The network of {@code run} after {@code step} steps: the run's final network at its last
     * step, else the same run trained again and cut short there (training is deterministic).
     */
    static StepSnapshot at(TrainingRun run, int step, BooleanSupplier cancelled) {
        TrainingConfig config = run.config().withSteps(step);
        Dataset data = run.data();
        Mlp model = step == run.stepsRun()
                ? run.finalModel()
                : Trainer.train(config, data, cancelled).finalModel();
        return new StepSnapshot(
                step,
                model,
                DecisionRegions.of(model, config.activation(), data),
                model.preActivationRanges(config.activation(), data.x()));
    }
}
