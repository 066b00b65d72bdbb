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
import relulab.io.NumberText;
import relulab.train.DatasetKind;
import relulab.train.LearningRateSweep;
import relulab.train.SweepPoint;
import relulab.train.Trainer;
import relulab.train.TrainingConfig;
import relulab.train.TrainingRun;
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
    private final ObjectProperty<HiddenActivation> activation =
            new SimpleObjectProperty<>(this, "activation", HiddenActivation.RELU);
    private final IntegerProperty layers = new SimpleIntegerProperty(this, "layers", 2);
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width", 64);
    private final IntegerProperty steps = new SimpleIntegerProperty(this, "steps", 300);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 1);

    private final ReadOnlyObjectWrapper<TrainingRun> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final IntegerProperty step = new SimpleIntegerProperty(this, "step", 0);
    private final ReadOnlyObjectWrapper<List<SweepPoint>> sweep =
            new ReadOnlyObjectWrapper<>(this, "sweep", List.of());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    private final LatestRequestRunner<TrainingRun> trainer;
    private final LatestRequestRunner<List<SweepPoint>> sweeper;
    private final Executor sweepPool;
    private boolean paused;

    /**
     * @param trainWorker runs single trainings, one at a time
     * @param sweepWorker coordinates sweeps, one at a time
     * @param sweepPool   trains the sweep's rates, as many at once as it has threads
     * @param ui          the thread that may change the properties ({@code Platform::runLater})
     */
    public DyingViewModel(Executor trainWorker, Executor sweepWorker, Executor sweepPool, Executor ui) {
        this.sweepPool = sweepPool;
        trainer = new LatestRequestRunner<>(trainWorker, ui, this::showRun, this::showFailure, false);
        sweeper = new LatestRequestRunner<>(sweepWorker, ui, sweep::set, this::showFailure, true);
        logLearningRate.addListener((o, was, now) -> retrain());
        for (ObservableValue<?> p : List.of(dataset, activation, layers, width, steps, seed)) {
            p.addListener((o, was, now) -> {
                retrain();
                resweep();
            });
        }
    }

    /** Trains with the first settings and starts the sweep. */
    public void start() {
        retrain();
        resweep();
    }

    /** Stops background work, e.g. when the window closes. */
    public void stop() {
        trainer.cancelAll();
        sweeper.cancelAll();
    }

    /**
     * Stops background work while the tab is hidden, so that it costs the shown lesson nothing;
     * {@link #resume()} starts the interrupted work again.
     */
    public void pause() {
        if (trainer.busyProperty().get() || sweeper.busyProperty().get()) {
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
        return new TrainingConfig(dataset.get(), layers.get(), width.get(), activation.get().activation(),
                learningRate.get(), steps.get(), seed.get(), 0, 0.0);
    }

    private void retrain() {
        TrainingConfig config = config();
        trainer.submit(ctx -> Trainer.train(config, config.dataset().generate(config.seed()), ctx::isCancelled));
    }

    private void resweep() {
        sweep.set(List.of());
        sweeper.submit(new SweepJob(config(), sweepPool));
    }

    private void showRun(TrainingRun r) {
        TrainingRun previous = run.get();
        boolean followEnd = previous == null || step.get() >= previous.stepsRun();
        run.set(r);
        step.set(followEnd ? r.stepsRun() : Math.min(step.get(), r.stepsRun()));
        message.set("");
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
     * How many units of each layer came back: silent at some step, alive at the end. Under
     * ReLU the first layer's count is always 0 — the irreversibility the lesson is about.
     */
    public String recoveryText() {
        TrainingRun r = run.get();
        if (r == null) {
            return "";
        }
        StringBuilder s = new StringBuilder("Came back to life during training (")
                .append(r.silentMeansDead() ? "dead" : "inactive").append(" at some step, alive at the end):");
        for (int l = 0; l < r.hiddenLayers(); l++) {
            s.append(String.format(Locale.ROOT, "   layer %d: %d", l + 1, r.recoveredUnits(l).cardinality()));
        }
        return s.toString();
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

    public ObjectProperty<HiddenActivation> activationProperty() {
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
