package relulab.ui.dying;

import java.util.List;
import java.util.Locale;
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
import relulab.io.NumberText;
import relulab.train.Dataset;
import relulab.train.DatasetKind;
import relulab.train.DeadUnits;
import relulab.train.LearningRateSweep;
import relulab.train.Mlp;
import relulab.train.SweepPoint;
import relulab.train.Trainer;
import relulab.train.TrainingConfig;
import relulab.train.TrainingRun;
import relulab.ui.task.Background;
import relulab.ui.task.LatestRequestRunner;

/**
 * The state of the "Dying ReLU" tab: the training settings, the current run, the step being
 * watched and the learning-rate sweep. Never touches a node.
 *
 * <p>The learning rate lives on a log scale, {@code lr = 10^logLearningRate} with
 * {@code logLearningRate ∈ [−3, 1]}, as the slider does. Any setting change retrains in the
 * background (newest request wins, the running one finishes so a drag keeps updating); a
 * change of anything but the rate also recomputes the sweep, which does not depend on it
 * (newest wins, the running sweep is cancelled).
 */
public final class DyingViewModel {

    public static final double MIN_LOG_RATE = Math.log10(LearningRateSweep.MIN_RATE);
    public static final double MAX_LOG_RATE = Math.log10(LearningRateSweep.MAX_RATE);
    public static final int MAX_SEED = 999_999;

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
    private final ReadOnlyObjectWrapper<List<SweepPoint>> sweep =
            new ReadOnlyObjectWrapper<>(this, "sweep", List.of());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<StepSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyObjectWrapper<List<Remedy>> remedies =
            new ReadOnlyObjectWrapper<>(this, "remedies", List.of());

    private final LatestRequestRunner<TrainingRun> trainer;
    private final LatestRequestRunner<List<SweepPoint>> sweeper;
    private final LatestRequestRunner<StepSnapshot> snapshots;
    private final LatestRequestRunner<List<Remedy>> remedyRuns;
    private final Executor sweepPool;
    private final Executor partner;
    /** Holds the sweep's runs while the run at the slider's rate trains. */
    private final ForegroundGate foreground = new ForegroundGate();
    private boolean paused;
    /** A sweep waits for the next single run (see {@link #resweep()}). */
    private boolean sweepAfterRun;

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
    public DyingViewModel(Executor trainWorker, Executor stepWorker, Executor sweepWorker, Executor sweepPool,
                          Executor partner, Executor ui) {
        this.sweepPool = sweepPool;
        this.partner = partner;
        trainer = new LatestRequestRunner<>(trainWorker, ui, this::showRun, this::showFailure, false);
        sweeper = new LatestRequestRunner<>(sweepWorker, ui, sweep::set, this::showFailure, true);
        snapshots = new LatestRequestRunner<>(stepWorker, ui, snapshot::set, this::showFailure, true);
        remedyRuns = new LatestRequestRunner<>(trainWorker, ui, remedies::set, this::showFailure, true);
        logLearningRate.addListener((o, was, now) -> retrain());
        step.addListener((o, was, now) -> requestSnapshot());
        for (ObservableValue<?> p : List.of(dataset, activation, layers, width, steps, seed)) {
            p.addListener((o, was, now) -> {
                resweep();
                retrain();
            });
        }
    }

    /**
     * A view model that trains and sweeps on the shell's background threads and stops when the
     * window closes: the lesson's way to make one.
     */
    public static DyingViewModel on(Background background) {
        DyingViewModel vm = new DyingViewModel(background.serial(), background.serial(), background.serial(),
                background.parallel(), background.serial(), background.ui());
        background.onClose(vm::stop);
        return vm;
    }

    /** Trains with the first settings and starts the sweep. */
    public void start() {
        resweep();
        retrain();
    }

    /** Stops background work, e.g. when the window closes. */
    public void stop() {
        trainer.cancelAll();
        sweeper.cancelAll();
        snapshots.cancelAll();
        remedyRuns.cancelAll();
    }

    /**
     * Stops background work while the tab is hidden, so that it costs the shown lesson nothing;
     * {@link #resume()} starts the interrupted work again.
     */
    public void pause() {
        if (trainer.busyProperty().get() || sweeper.busyProperty().get() || snapshots.busyProperty().get()
                || remedyRuns.busyProperty().get()) {
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
        return new TrainingConfig(dataset.get(), layers.get(), width.get(), activation.get(),
                learningRate.get(), steps.get(), seed.get(), 0, 0.0);
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
        remedyRuns.submit(ctx -> remedies(config, ctx::isCancelled));
    }

    /** The run as set, with Leaky ReLU, and with a ten times lower rate, all at the same seed. */
    private static List<Remedy> remedies(TrainingConfig config, java.util.function.BooleanSupplier cancelled) {
        Dataset data = config.dataset().generate(config.seed());
        TrainingConfig relu = config.withActivation(HiddenActivations.byId(HiddenActivations.RELU));
        TrainingConfig lower = relu.withLearningRate(Math.max(config.learningRate() / 10, Double.MIN_NORMAL));
        List<Remedy> out = new java.util.ArrayList<>();
        out.add(remedy("ReLU, lr " + NumberText.forDisplay(config.learningRate(), 3), relu, data, cancelled));
        out.add(remedy("Leaky ReLU, same lr", relu.withActivation(HiddenActivations.byId(HiddenActivations.LEAKY)), data, cancelled));
        out.add(remedy("ReLU, lr " + NumberText.forDisplay(lower.learningRate(), 3) + " (\u00f710)", lower, data,
                cancelled));
        return List.copyOf(out);
    }

    private static Remedy remedy(String title, TrainingConfig config, Dataset data,
                                 java.util.function.BooleanSupplier cancelled) {
        TrainingRun r = Trainer.train(config, data, cancelled);
        return new Remedy(title, r, DecisionRegions.of(r.finalModel(), config.activation(), data));
    }

    /**
     * Computes the network at the shown step in the background: the run's final network at its
     * last step, else the same run cut short there.
     */
    private void requestSnapshot() {
        TrainingRun r = run.get();
        if (r == null) {
            return;
        }
        int k = Math.min(step.get(), r.stepsRun());
        TrainingConfig config = r.config().withSteps(k);
        Dataset data = r.data();
        snapshots.submit(ctx -> {
            Mlp model = k == r.stepsRun() ? r.finalModel() : Trainer.train(config, data, ctx::isCancelled).finalModel();
            return new StepSnapshot(k, model, DecisionRegions.of(model, config.activation(), data),
                    model.preActivationRanges(config.activation(), data.x()));
        });
    }

    /**
     * Clears the sweep and starts a new one once the next single run has arrived: the sweep
     * takes every core, and the run at the slider's rate is what the student waits for.
     */
    private void resweep() {
        sweep.set(List.of());
        sweeper.cancelAll();
        sweepAfterRun = true;
    }

    private void showRun(TrainingRun r) {
        TrainingRun previous = run.get();
        boolean followEnd = previous == null || step.get() >= previous.stepsRun();
        run.set(r);
        int before = step.get();
        step.set(followEnd ? r.stepsRun() : Math.min(step.get(), r.stepsRun()));
        if (step.get() == before) {
            requestSnapshot();
        }
        message.set("");
        if (sweepAfterRun) {
            sweepAfterRun = false;
            sweeper.submit(new SweepJob(config(), sweepPool, foreground));
        }
    }

    private void showFailure(Throwable t) {
        message.set("Training failed: " + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()));
    }

    /**
     * Sets the seed from typed text; on a bad entry keeps the seed and explains.
     *
     * @return whether the text was accepted
     */
    public boolean setSeedText(String text) {
        try {
            double value = NumberText.parse(text);
            if (value != Math.rint(value) || value < 0 || value > MAX_SEED) {
                throw new NumberFormatException();
            }
            seed.set((int) value);
            message.set("");
            return true;
        } catch (NumberFormatException e) {
            message.set("The seed must be a whole number from 0 to " + MAX_SEED + ", not '" + text.strip() + "'.");
            return false;
        }
    }

    /** The text the seed field shows. */
    public String seedText() {
        return Integer.toString(seed.get());
    }

    /** The learning rate for display: 3 significant digits. */
    public String learningRateText() {
        return "lr = " + NumberText.forDisplay(learningRate.get(), 3);
    }

    /** One line about the watched step: loss, accuracy and silent units per layer. */
    public String stepText() {
        TrainingRun r = run.get();
        if (r == null) {
            return "Training…";
        }
        int k = Math.min(step.get(), r.stepsRun());
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Step %d of %d:   loss %s   accuracy %.1f %%",
                k, r.config().steps(), NumberText.forDisplay(r.loss(k), 3), 100 * r.accuracy(k)));
        String what = r.silentMeansDead() ? "dead" : "inactive";
        for (int l = 0; l < r.hiddenLayers(); l++) {
            s.append(String.format(Locale.ROOT, "   layer %d: %d of %d %s", l + 1,
                    r.silentUnits(k, l).cardinality(), r.width(l), what));
        }
        return s.toString();
    }

    /**
     * How many units of each layer were revived — silent at some step, alive at the end — and
     * why only deeper layers can be: under ReLU the first layer's count is always 0, the
     * irreversibility the lesson is about.
     */
    public String recoveryText() {
        TrainingRun r = run.get();
        if (r == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(r.silentMeansDead()
                ? "Revived (dead at some step, alive at the end):"
                : "Back from inactive (silent at some step, firing at the end):");
        for (int l = 0; l < r.hiddenLayers(); l++) {
            s.append(String.format(Locale.ROOT, "  layer %d: %d", l + 1, r.recoveredUnits(l).cardinality()));
        }
        s.append(r.silentMeansDead()
                ? ". A dead unit gets no gradient, so its own weights never move. Only a unit of layer 2 or "
                        + "deeper can revive, when the layer below changes what it sees; a layer-1 unit sees the "
                        + "fixed data and stays dead."
                : ". The leak's small gradient still moves their weights, so they can come back.");
        return s.toString();
    }

    /**
     * Empty, or the sentence for a layer that is entirely dead at the shown step: below it no
     * gradient flows, so the layers underneath stop changing — their units are frozen, which
     * is why their dead share stops growing.
     */
    public String frozenText() {
        TrainingRun r = run.get();
        if (r == null || !r.silentMeansDead()) {
            return "";
        }
        int k = Math.min(step.get(), r.stepsRun());
        for (int l = r.hiddenLayers() - 1; l >= 1; l--) {
            if (r.silentUnits(k, l).cardinality() == r.width(l)) {
                int since = k;
                while (since > 0 && r.silentUnits(since - 1, l).cardinality() == r.width(l)) {
                    since--;
                }
                return String.format(Locale.ROOT, "Layer %d is all dead since step %d: no gradient reaches the "
                        + "layers below it, so layer%s %s stopped changing. Their units are frozen, neither dying "
                        + "nor reviving, and the network predicts the same class everywhere.", l + 1, since,
                        l == 1 ? "" : "s", l == 1 ? "1" : "1 to " + l);
            }
        }
        return "";
    }

    /**
     * What to read in the sweep: where some runs diverged, and, under ReLU, from which rate the
     * last hidden layer is dead in every run — beyond it the layers below get no gradient, so
     * their dead share can fall for lack of training, not because units survive.
     */
    public String sweepNote() {
        List<SweepPoint> points = sweep.get();
        if (points.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        long diverged = points.stream().filter(p -> p.diverged() > 0).count();
        if (diverged > 0) {
            s.append("\u2715 marks the rates where some runs diverged; they count with their last finite step. ");
        }
        int last = points.get(0).layers() - 1;
        if (DeadUnits.silentMeansDead(activation.get()) && last >= 1) {
            for (SweepPoint p : points) {
                if (p.meanSilentFraction(last) >= 1.0) {
                    s.append(String.format(Locale.ROOT, "From lr \u2248 %s layer %d is all dead in every run: the "
                                    + "layers below it get no gradient and stop changing, so their share can drop "
                                    + "at higher rates \u2014 for lack of training, not because units survive.",
                            NumberText.forDisplay(p.learningRate(), 2), last + 1));
                    break;
                }
            }
        }
        return s.toString().strip();
    }

    /**
     * Sets the rate from typed text, e.g. {@code 3} or {@code 2.5e-2}; on a bad entry keeps the
     * rate and explains.
     *
     * @return whether the text was accepted
     */
    public boolean setLearningRateText(String text) {
        double lr;
        try {
            lr = NumberText.parse(text);
        } catch (NumberFormatException e) {
            lr = Double.NaN;
        }
        if (!(lr >= LearningRateSweep.MIN_RATE && lr <= LearningRateSweep.MAX_RATE)) {
            message.set("The learning rate must be a number from " + NumberText.forDisplay(LearningRateSweep.MIN_RATE, 3)
                    + " to " + NumberText.forDisplay(LearningRateSweep.MAX_RATE, 3) + ", not '" + text.strip() + "'.");
            return false;
        }
        logLearningRate.set(Math.log10(lr));
        message.set("");
        return true;
    }

    /** The rate as the rate field shows it: 3 significant digits. */
    public String rateFieldText() {
        return NumberText.forDisplay(learningRate.get(), 3);
    }

    /** The network at the shown step; null until computed, and briefly stale while a new one is. */
    public ReadOnlyObjectProperty<StepSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** The run as set, with Leaky ReLU and with a ten times lower rate, at the same seed. */
    public ReadOnlyObjectProperty<List<Remedy>> remediesProperty() {
        return remedies.getReadOnlyProperty();
    }

    /** Empty, or the sentence saying where training diverged. */
    public String divergenceText() {
        TrainingRun r = run.get();
        if (r == null || !r.diverged()) {
            return "";
        }
        return "Diverged at step " + r.divergedAt().getAsInt() + ": the loss overflowed. "
                + "Training stopped; you see step " + r.stepsRun() + ", the last finite one.";
    }

    /** Progress of the sweep, e.g. "12 of 25 rates × 3 seeds". */
    public String sweepText() {
        int n = sweep.get().size();
        return n == LearningRateSweep.RATES
                ? LearningRateSweep.RATES + " rates × " + LearningRateSweep.SEEDS + " seeds"
                : "computing: " + n + " of " + LearningRateSweep.RATES + " rates × " + LearningRateSweep.SEEDS + " seeds…";
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
        return sweep.getReadOnlyProperty();
    }

    /** Empty, or a sentence about a refused entry or a failure. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty trainingProperty() {
        return trainer.busyProperty();
    }

    public ReadOnlyBooleanProperty sweepingProperty() {
        return sweeper.busyProperty();
    }
}
