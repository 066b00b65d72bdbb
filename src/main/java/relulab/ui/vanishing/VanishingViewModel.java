package relulab.ui.vanishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
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
 * default), input scale and seed, the gradient profiles of sigmoid, tanh, ReLU and the rest of
 * the family for them, which members the charts show, and the layer whose slopes the histogram
 * shows. Hiding or showing a member reruns nothing: every member is computed, and the verdict is
 * written again about the members shown.
 *
 * <p>Every change starts a run on {@code background} (50 layers of 512 take tens of milliseconds
 * before the JIT warms up); the result is handed back on {@code ui}. The newest request wins
 * ({@link LatestRequestRunner}): a run that is overtaken before it starts is skipped.
 */
public final class VanishingViewModel {

    public static final int DEFAULT_DEPTH = 20;
    public static final int DEFAULT_WIDTH = 256;
    /** The widths the tab offers. */
    public static final List<Integer> WIDTHS = List.of(16, 32, 64, 128, 256, 512);
    /** The members of {@link VanishingExperiment#FAMILY} the charts show when the tab opens: the chapter's three. */
    static final int SHOWN_AT_START = VanishingExperiment.CHAPTER.size();

    private final IntegerProperty depth = new SimpleIntegerProperty(this, "depth", DEFAULT_DEPTH);
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width", DEFAULT_WIDTH);
    private final ObjectProperty<InitChoice> init = new SimpleObjectProperty<>(this, "init", InitChoice.RECOMMENDED);
    private final DoubleProperty inputScale = new SimpleDoubleProperty(this, "inputScale", 1);
    private final IntegerProperty histogramLayer = new SimpleIntegerProperty(this, "histogramLayer", 1);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 1);
    private final ReadOnlyObjectWrapper<List<GradientProfile>> profiles =
            new ReadOnlyObjectWrapper<>(this, "profiles", List.of());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final List<BooleanProperty> shown = IntStream.range(0, VanishingExperiment.FAMILY.size())
            .mapToObj(i -> (BooleanProperty) new SimpleBooleanProperty(this, "shown", i < SHOWN_AT_START))
            .toList();
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
        for (BooleanProperty p : shown) {
            p.addListener(o -> describe());
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

    /**
     * Whether the charts and the verdict show member {@code index} of
     * {@link VanishingExperiment#FAMILY}; the chapter's three at first.
     */
    public BooleanProperty shownProperty(int index) {
        return shown.get(index);
    }

    /** For each member of the family, whether it is shown. */
    public List<Boolean> shown() {
        return shown.stream().map(BooleanProperty::get).toList();
    }

    /** The experiment the chart shows and the members it shows. */
    VanishingSettings settings() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).get()) {
                ids.add(VanishingExperiment.FAMILY.get(i).id());
            }
        }
        return new VanishingSettings(
                new DepthSettings(depth.get(), width.get(), init.get(), inputScale.get(), seed.get()), ids);
    }

    /** Runs the experiment of {@code v} (a session's) instead, showing its members. */
    void apply(VanishingSettings v) {
        DepthSettings s = v.stack();
        depth.set(s.depth());
        width.set(s.width());
        init.set(s.init());
        inputScale.set(s.inputScale());
        seed.set(s.seed());
        for (int i = 0; i < shown.size(); i++) {
            shown.get(i)
                    .set(v.shown().contains(VanishingExperiment.FAMILY.get(i).id()));
        }
    }

    /** Draws a new seed: the same experiment with other random weights, input and gradient. */
    public void reseed() {
        seed.set(seeds.nextInt(1_000_000));
    }

    /** One per member of {@link VanishingExperiment#FAMILY}, in its order; empty until the first run is done. */
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
        describe();
        histogramLayer.set(Math.min(histogramLayer.get(), result.get(0).depth()));
    }

    /** The verdict on the members shown, from the numbers of the last run. */
    private void describe() {
        if (!profiles.get().isEmpty()) {
            message.set(VanishingVerdict.describe(profiles.get(), shown()));
        }
    }
}
