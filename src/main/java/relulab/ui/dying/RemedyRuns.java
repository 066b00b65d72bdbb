package relulab.ui.dying;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import relulab.train.Dataset;
import relulab.train.Trainer;
import relulab.train.TrainingConfig;
import relulab.train.TrainingRun;
import relulab.ui.task.LatestRequestRunner;

/**
 * The view model's remedies: for every setting, the same seed trained three ways to the end —
 * ReLU at the rate as set, Leaky ReLU at the same rate, and ReLU at a ten times lower rate — so
 * the two ways out of dying are seen beside the problem. Newest wins: new settings cancel the
 * remedies being trained.
 */
final class RemedyRuns {

    private final ReadOnlyObjectWrapper<List<Remedy>> remedies = new ReadOnlyObjectWrapper<>(this, "remedies", List.of());
    private final LatestRequestRunner<List<Remedy>> runner;

    /**
     * @param worker    trains the remedies, one request at a time
     * @param ui        the thread that may change the properties
     * @param onFailure hears a failed training, on {@code ui}
     */
    RemedyRuns(Executor worker, Executor ui, Consumer<Throwable> onFailure) {
        runner = new LatestRequestRunner<>(worker, ui, remedies::set, onFailure, true);
    }

    /** Trains the remedies of {@code config}. */
    void request(TrainingConfig config) {
        runner.submit(ctx -> train(config, ctx::isCancelled));
    }

    void stop() {
        runner.cancelAll();
    }

    /** The run as set, with Leaky ReLU and with a ten times lower rate, at the same seed. */
    ReadOnlyObjectProperty<List<Remedy>> remediesProperty() {
        return remedies.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return runner.busyProperty();
    }

    /** The three runs of {@code config}'s seed, in the order the tab shows them. */
    static List<Remedy> train(TrainingConfig config, BooleanSupplier cancelled) {
        Dataset data = config.dataset().generate(config.seed());
        TrainingConfig relu = config.withActivation(HiddenActivations.byId(HiddenActivations.RELU));
        TrainingConfig lower = relu.withLearningRate(Math.max(config.learningRate() / 10, Double.MIN_NORMAL));
        return List.of(remedy(Remedy.Kind.AS_SET, relu, data, cancelled),
                remedy(Remedy.Kind.LEAKY, relu.withActivation(HiddenActivations.byId(HiddenActivations.LEAKY)), data,
                        cancelled),
                remedy(Remedy.Kind.LOWER_RATE, lower, data, cancelled));
    }

    private static Remedy remedy(Remedy.Kind kind, TrainingConfig config, Dataset data, BooleanSupplier cancelled) {
        TrainingRun r = Trainer.train(config, data, cancelled);
        return new Remedy(kind, r, DecisionRegions.of(r.finalModel(), config.activation(), data));
    }
}
