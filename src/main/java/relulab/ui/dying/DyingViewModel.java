package relulab.ui.dying;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import relulab.core.Activation;
import relulab.train.DatasetKind;
import relulab.train.LearningRateSweep;
import relulab.train.SweepPoint;
import relulab.train.Trainer;
import relulab.train.TrainingConfig;
import relulab.train.TrainingRun;
import relulab.ui.shared.text.Messages;
import relulab.ui.task.Background;
import relulab.ui.task.LatestRequestRunner;

/**
 * The state of the "Dying ReLU" tab: the training settings, the run at the slider's rate, the
 * step being watched and the network at that step. Never touches a node.
 *
 * <p>The learning rate lives on a log scale, {@code lr = 10^logLearningRate} with
 * {@code logLearningRate ∈ [−3, 1]}, as the slider does. Any setting change retrains in the
 * background (newest request wins, the running one finishes so a drag keeps updating) together
 * with the {@link RemedyRuns remedies}, and the {@link AutopsyModel autopsy} follows the new run; a change of anything but the rate also restarts the
 * {@link SweepRuns sweep}, which does not depend on it. The words it shows are
 * {@link RunSentences}'.
 */
public final class DyingViewModel {

    public static final double MIN_LOG_RATE = Math.log10(LearningRateSweep.MIN_RATE);
    public static final double MAX_LOG_RATE = Math.log10(LearningRateSweep.MAX_RATE);
    public static final int MAX_SEED = DyingOffer.MAX_SEED;

    private static final Messages WORDS = Messages.of(DyingViewModel.class);

    private final DoubleProperty logLearningRate = new SimpleDoubleProperty(this, "logLearningRate", -1);
    private final DoubleBinding learningRate =
            Bindings.createDoubleBinding(() -> Math.pow(10, logLearningRate.get()), logLearningRate);
    private final ObjectProperty<DatasetKind> dataset = new SimpleObjectProperty<>(this, "dataset", DatasetKind.SPIRAL);
    private final ObjectProperty<Activation> activation =
            new SimpleObjectProperty<>(this, "activation", HiddenActivations.byId(HiddenActivations.RELU));
    private final IntegerProperty layers = new SimpleIntegerProperty(this, "layers", 2);
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width", 64);
    private final IntegerProperty steps = new SimpleIntegerProperty(this, "steps", 300);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 1);

    private final ReadOnlyObjectWrapper<TrainingRun> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final IntegerProperty step = new SimpleIntegerProperty(this, "step", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<StepSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");

    private final LatestRequestRunner<TrainingRun> trainer;
    private final LatestRequestRunner<StepSnapshot> snapshots;
    private final SweepRuns sweep;
    private final RemedyRuns remedies;
    private final AutopsyModel autopsy;
    private final Executor partner;
    /** Holds the sweep's runs while the run at the slider's rate trains. */
    private final ForegroundGate foreground = new ForegroundGate();

    private boolean paused;

    /**
     * @param trainWorker runs single trainings and the remedies, one at a time
     * @param stepWorker  computes the network at the shown step, one at a time
     * @param sweepWorker coordinates sweeps, one at a time
     * @param sweepPool   trains the sweep's rates, as many at once as it has threads
     * @param partner     lends a second core to each step of the single run ({@code StepPartner}),
     *                    one run at a time: a thread of its own, because the sweep's threads wait
     *                    inside their runs while the single run trains ({@link ForegroundGate})
     * @param ui          the thread that may change the properties ({@code Platform::runLater})
     */
    public DyingViewModel(
            Executor trainWorker,
            Executor stepWorker,
            Executor sweepWorker,
            Executor sweepPool,
            Executor partner,
            Executor ui) {
        this.partner = partner;
        trainer = new LatestRequestRunner<>(trainWorker, ui, this::showRun, this::showFailure, false);
        snapshots = new LatestRequestRunner<>(stepWorker, ui, snapshot::set, this::showFailure, true);
        sweep = new SweepRuns(sweepWorker, sweepPool, ui, foreground, this::showFailure);
        remedies = new RemedyRuns(trainWorker, ui, this::showFailure);
        autopsy = new AutopsyModel(stepWorker, ui, this::showFailure);
        logLearningRate.addListener((o, was, now) -> retrain());
        step.addListener((o, was, now) -> requestSnapshot());
        for (ObservableValue<?> p : List.of(dataset, activation, layers, width, steps, seed)) {
            p.addListener((o, was, now) -> {
                sweep.clear();
                retrain();
            });
        }
    }

    /**
     * A view model that trains and sweeps on the shell's background threads and stops when the
     * window closes: the lesson's way to make one.
     */
    public static DyingViewModel on(Background background) {
        DyingViewModel vm = new DyingViewModel(
                background.serial(),
                background.serial(),
                background.serial(),
                background.parallel(),
                background.serial(),
                background.ui());
        background.onClose(vm::stop);
        return vm;
    }

    /** Trains with the first settings and starts the sweep. */
    public void start() {
        sweep.clear();
        retrain();
    }

    /** Stops background work, e.g. when the window closes. */
    public void stop() {
        trainer.cancelAll();
        sweep.stop();
        snapshots.cancelAll();
        remedies.stop();
        autopsy.stop();
    }

    /**
     * Stops background work while the tab is hidden, so that it costs the shown lesson nothing;
     * {@link #resume()} starts the interrupted work again.
     */
    public void pause() {
        if (trainer.busyProperty().get()
                || sweep.busyProperty().get()
                || snapshots.busyProperty().get()
                || remedies.busyProperty().get()) {
            paused = true;
            stop();
        }
    }

    /** Starts again what {@link #pause()} interrupted, if anything. */
    public void resume() {
        if (paused) {
            paused = false;
            start();
        }
    }

    /** The settings of the run the tab shows. */
    public TrainingConfig config() {
        return new TrainingConfig(
                dataset.get(),
                layers.get(),
                width.get(),
                activation.get(),
                learningRate.get(),
                steps.get(),
                seed.get(),
                0,
                0.0);
    }

    /** Takes the settings of {@code c} (a session's, checked against {@link HiddenActivations#offers}); plain SGD. */
    public void apply(TrainingConfig c) {
        logLearningRate.set(Math.log10(c.learningRate()));
        dataset.set(c.dataset());
        activation.set(HiddenActivations.matching(c.activation()));
        layers.set(c.hiddenLayers());
        width.set(c.width());
        steps.set(c.steps());
        seed.set((int) Math.max(0, Math.min(MAX_SEED, c.seed())));
    }

    /**
     * Trains at the current settings, the sweep pool lending a second core to each step: the
     * run at the slider's rate is what the student waits for.
     */
    private void retrain() {
        TrainingConfig config = config();
        trainer.submit(ctx -> {
            foreground.enter();
            try {
                return Trainer.train(config, config.dataset().generate(config.seed()), ctx::isCancelled, partner);
            } finally {
                foreground.exit();
            }
        });
        remedies.request(config);
    }

    /** Computes the network at the shown step in the background ({@link StepSnapshot#at}). */
    private void requestSnapshot() {
        TrainingRun r = run.get();
        if (r != null) {
            int k = Math.min(step.get(), r.stepsRun());
            snapshots.submit(ctx -> StepSnapshot.at(r, k, ctx::isCancelled));
        }
    }

    private void showRun(TrainingRun r) {
        TrainingRun previous = run.get();
        boolean followEnd = previous == null || step.get() >= previous.stepsRun();
        autopsy.runShown(r); // before the run is published, so its listeners see the new deaths
        run.set(r);
        int before = step.get();
        step.set(followEnd ? r.stepsRun() : Math.min(step.get(), r.stepsRun()));
        if (step.get() == before) {
            requestSnapshot();
        }
        message.set("");
        sweep.runShown(config());
    }

    private void showFailure(Throwable t) {
        message.set(WORDS.format(
                "message.failed", t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()));
    }

    /**
     * Sets the seed from typed text; on a bad entry keeps the seed and explains.
     *
     * @return whether the text was accepted
     */
    public boolean setSeedText(String text) {
        OptionalInt typed = TypedEntries.seed(text, MAX_SEED);
        typed.ifPresent(seed::set);
        message.set(typed.isPresent() ? "" : TypedEntries.seedRefusal(text, MAX_SEED));
        return typed.isPresent();
    }

    /** The text the seed field shows. */
    public String seedText() {
        return Integer.toString(seed.get());
    }

    /**
     * Sets the rate from typed text, e.g. {@code 3} or {@code 2.5e-2}; on a bad entry keeps the
     * rate and explains.
     *
     * @return whether the text was accepted
     */
    public boolean setLearningRateText(String text) {
        OptionalDouble typed = TypedEntries.learningRate(text);
        typed.ifPresent(lr -> logLearningRate.set(Math.log10(lr)));
        message.set(typed.isPresent() ? "" : TypedEntries.rateRefusal(text));
        return typed.isPresent();
    }

    /** The rate as the rate field shows it: 3 significant digits. */
    public String rateFieldText() {
        return RunSentences.number(learningRate.get());
    }

    /** The learning rate for display, e.g. "lr = 0.1". */
    public String learningRateText() {
        return RunSentences.learningRate(learningRate.get());
    }

    /** One line about the watched step: loss, accuracy and silent units per layer. */
    public String stepText() {
        return stepText(true);
    }

    /** The same line, with the silent count of each layer or without it. */
    public String stepText(boolean withLayers) {
        return RunSentences.step(run.get(), step.get(), withLayers);
    }

    /** How many units of each layer were revived, and why only deeper layers can be. */
    public String recoveryText() {
        return RunSentences.recovery(run.get());
    }

    /** Empty, or the sentence for a layer that is entirely dead at the shown step. */
    public String frozenText() {
        return RunSentences.frozen(run.get(), step.get());
    }

    /** Empty, or the sentence saying where training diverged. */
    public String divergenceText() {
        return RunSentences.divergence(run.get());
    }

    /** What to read in the sweep: where runs diverged, and from which rate a layer is dead in every run. */
    public String sweepNote() {
        return RunSentences.sweepNote(sweep.pointsProperty().get(), activation.get());
    }

    /** What each swept member does at the rates where ReLU dies ({@link FamilySentences}); empty until complete. */
    public String familyText() {
        return FamilySentences.atReluDeath(sweep.membersProperty().get());
    }

    /** The sweep of the activation as set and of the compared members, the one as set first. */
    ReadOnlyObjectProperty<List<MemberSweep>> membersProperty() {
        return sweep.membersProperty();
    }

    /** Progress of the sweep, e.g. "12 of 25 rates × 3 seeds". */
    public String sweepText() {
        return RunSentences.sweepProgress(sweep.pointsProperty().get());
    }

    /** The tooltip of unit {@code unit} of hidden layer {@code layer} (both from 0) at the shown step. */
    public String describeUnit(int layer, int unit) {
        return RunSentences.unit(run.get(), step.get(), snapshot.get(), layer, unit);
    }

    /** The dead unit chosen for its autopsy, and the walk through the run's deaths. */
    AutopsyModel autopsy() {
        return autopsy;
    }

    /** The network at the shown step; null until computed, and briefly stale while a new one is. */
    public ReadOnlyObjectProperty<StepSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** The run as set, with Leaky ReLU and with a ten times lower rate, at the same seed. */
    public ReadOnlyObjectProperty<List<Remedy>> remediesProperty() {
        return remedies.remediesProperty();
    }

    public DoubleProperty logLearningRateProperty() {
        return logLearningRate;
    }

    public DoubleBinding learningRateProperty() {
        return learningRate;
    }

    public ObjectProperty<DatasetKind> datasetProperty() {
        return dataset;
    }

    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    public IntegerProperty layersProperty() {
        return layers;
    }

    public IntegerProperty widthProperty() {
        return width;
    }

    public IntegerProperty stepsProperty() {
        return steps;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    /** The newest finished run; null until the first one arrives. */
    public ReadOnlyObjectProperty<TrainingRun> runProperty() {
        return run.getReadOnlyProperty();
    }

    /** The step the unit grids show, 0..stepsRun. */
    public IntegerProperty stepProperty() {
        return step;
    }

    /** The sweep's points so far, sorted by rate (immutable). */
    public ReadOnlyObjectProperty<List<SweepPoint>> sweepProperty() {
        return sweep.pointsProperty();
    }

    /** Empty, or a sentence about a refused entry or a failure. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty trainingProperty() {
        return trainer.busyProperty();
    }

    public ReadOnlyBooleanProperty sweepingProperty() {
        return sweep.busyProperty();
    }
}
