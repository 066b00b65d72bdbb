package relulab.ui.vanishing;

import java.util.List;
import java.util.Random;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import relulab.train.vanishing.DepthSettings;
import relulab.train.vanishing.GradientProfile;
import relulab.train.vanishing.InitChoice;
import relulab.train.vanishing.VanishingExperiment;
import relulab.ui.task.LatestRequestRunner;

/**
 * The vanishing-gradient panel's state: depth, width, initialisation (each activation its own by
 * default), input scale and seed, the gradient profiles of sigmoid, tanh and ReLU for them, and
 * the layer whose slopes the histogram shows.
 *
 * <p>Every change starts a run on {@code background} (50 layers of 512 take tens of milliseconds
 * before the JIT warms up); the result is handed back on {@code ui}. The newest request wins
 * ({@link LatestRequestRunner}): a run that is overtaken before it starts is skipped.
 */
public final class VanishingViewModel {

    public static final int DEFAULT_DEPTH = 20;
    public static final int DEFAULT_WIDTH = 256;

    private final IntegerProperty depth = new SimpleIntegerProperty(this, "depth", DEFAULT_DEPTH);
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width", DEFAULT_WIDTH);
    private final ObjectProperty<InitChoice> init = new SimpleObjectProperty<>(this, "init", InitChoice.RECOMMENDED);
    private final DoubleProperty inputScale = new SimpleDoubleProperty(this, "inputScale", 1);
    private final IntegerProperty histogramLayer = new SimpleIntegerProperty(this, "histogramLayer", 1);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 1);
    private final ReadOnlyObjectWrapper<List<GradientProfile>> profiles =
            new ReadOnlyObjectWrapper<>(this, "profiles", List.of());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final LatestRequestRunner<List<GradientProfile>> runner;
    private final Random seeds = new Random();

    /**
     * @param background where the experiment runs
     * @param ui         where results are published (the FX thread in the window)
     */
    public VanishingViewModel(Executor background, Executor ui) {
        this.runner = new LatestRequestRunner<>(
                background, ui, this::publish, failure -> message.set(failure.getMessage()), false);
        for (Observable p : List.of(depth, width, init, inputScale, seed)) {
            p.addListener(o -> recompute());
        }
        recompute();
    }

    public IntegerProperty depthProperty() {
        return depth;
    }

    public IntegerProperty widthProperty() {
        return width;
    }

    public ObjectProperty<InitChoice> initProperty() {
        return init;
    }

    /** The factor K of the Gaussian input, 1 to 100: large K saturates sigmoid and tanh. */
    public DoubleProperty inputScaleProperty() {
        return inputScale;
    }

    /** The layer whose slopes f′(z) the histogram shows, 1 to depth. */
    public IntegerProperty histogramLayerProperty() {
        return histogramLayer;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** The experiment the chart shows. */
    public DepthSettings settings() {
        return new DepthSettings(depth.get(), width.get(), init.get(), inputScale.get(), seed.get());
    }

    /** Runs the experiment of {@code s} (a session's) instead. */
    public void apply(DepthSettings s) {
        depth.set(s.depth());
        width.set(s.width());
        init.set(s.init());
        inputScale.set(s.inputScale());
        seed.set(s.seed());
    }

    /** Draws a new seed: the same experiment with other random weights, input and gradient. */
    public void reseed() {
        seed.set(seeds.nextInt(1_000_000));
    }

    /** Sigmoid, tanh and ReLU, in that order; empty until the first run is done. */
    public ReadOnlyObjectProperty<List<GradientProfile>> profilesProperty() {
        return profiles.getReadOnlyProperty();
    }

    public List<GradientProfile> profiles() {
        return profiles.get();
    }

    /** True while a run is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return runner.busyProperty();
    }

    /** What the chart shows, in numbers: the gradient left at layer 1 for each activation. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private void recompute() {
        DepthSettings settings;
        try {
            settings = new DepthSettings(depth.get(), width.get(), init.get(), inputScale.get(), seed.get());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        runner.submit(context -> VanishingExperiment.run(settings));
    }

    private void publish(List<GradientProfile> result) {
        profiles.set(result);
        message.set(VanishingVerdict.describe(result));
        histogramLayer.set(Math.min(histogramLayer.get(), result.get(0).depth()));
    }
}
