package relulab.ui.dying;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import relulab.core.Activation;
import relulab.train.Dataset;
import relulab.train.DeadUnits;
import relulab.train.Trainer;
import relulab.train.TrainingConfig;
import relulab.train.TrainingRun;
import relulab.ui.task.LatestRequestRunner;

/**
 * The view model's remedies: for every setting, the same seed trained for the same steps as
 * ReLU at the rate as set, Leaky ReLU at the same rate, ReLU at a ten times lower rate, and the
 * members without a flat side at the same rate (ELU and GELU, and the one as set if it is another
 * such member) — so the ways out of dying are seen beside the problem, whichever activation is set. Newest wins: new settings cancel the
 * remedies being trained.
 */
final class RemedyRuns {

    private final ReadOnlyObjectWrapper<List<Remedy>> remedies =
            new ReadOnlyObjectWrapper<>(this, "remedies", List.of());
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

    /**
     * The runs of {@code config}'s seed and steps, in the order the tab shows them: ReLU and Leaky
     * ReLU at the config's rate (the config's own Leaky slope when it has one), ReLU at a tenth of
     * it, then each member without a flat side at the config's rate, in menu order. The run whose
     * activation is the config's is marked as set.
     */
    static List<Remedy> train(TrainingConfig config, BooleanSupplier cancelled) {
        Dataset data = config.dataset().generate(config.seed());
        boolean reluSet = DeadUnits.silentMeansDead(config.activation());
        boolean leakyChosen = !reluSet && !QuietUnits.nearly(config.activation());
        TrainingConfig relu = config.withActivation(HiddenActivations.byId(HiddenActivations.RELU));
        TrainingConfig leaky =
                leakyChosen ? config : config.withActivation(HiddenActivations.byId(HiddenActivations.LEAKY));
        TrainingConfig lower = relu.withLearningRate(Math.max(config.learningRate() / 10, Double.MIN_NORMAL));
        boolean leakySet = leaky == config;
        List<Remedy> runs = new ArrayList<>(List.of(
                remedy(Remedy.Kind.RELU, relu, data, cancelled, reluSet),
                remedy(Remedy.Kind.LEAKY, leaky, data, cancelled, leakySet)));
        runs.add(remedy(Remedy.Kind.LOWER_RATE, lower, data, cancelled, false));
        List<Activation> smooth = new ArrayList<>();
        for (Activation f : SweepJob.members(config.activation())) {
            if (QuietUnits.nearly(f)) {
                smooth.add(f);
            }
        }
        smooth.sort(Comparator.comparingInt(f -> HiddenActivations.offered().stream()
                .map(Activation::name)
                .toList()
                .indexOf(f.name())));
        for (Activation f : smooth) {
            boolean asSet = f.name().equals(config.activation().name());
            runs.add(remedy(Remedy.Kind.SMOOTH, config.withActivation(f), data, cancelled, asSet));
        }
        return List.copyOf(runs);
    }

    private static Remedy remedy(
            Remedy.Kind kind, TrainingConfig config, Dataset data, BooleanSupplier cancelled, boolean asSet) {
        TrainingRun r = Trainer.train(config, data, cancelled);
        return new Remedy(kind, r, DecisionRegions.of(r.finalModel(), config.activation(), data), asSet);
    }
}
