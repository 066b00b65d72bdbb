package relulab.ui.app.keep;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.core.LeakyRelu;
import relulab.core.Relu;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.DType;
import relulab.io.TensorData;
import relulab.io.session.ColorSettings;
import relulab.io.session.DyingSettings;
import relulab.io.session.Session;
import relulab.io.session.VanishingSettings;
import relulab.train.DatasetKind;
import relulab.train.TrainingConfig;
import relulab.train.vanishing.DepthSettings;
import relulab.train.vanishing.InitChoice;
import relulab.ui.dying.DyingViewModel;
import relulab.ui.shared.grid.ColorScope;
import relulab.ui.shared.grid.Palette;
import relulab.ui.state.LabSnapshot;
import relulab.ui.state.LabState;
import relulab.ui.state.LessonSettings;
import relulab.ui.workbench.WorkbenchViewModel;

/**
 * Between the window's state and a {@link Session}: {@link #capture} takes everything a
 * session keeps, {@link #prepare} checks that the window can take a session and turns it into
 * the lessons' own values, and {@link #restore} puts those in place.
 *
 * <p>A session keeps each tensor's dtype and rank. The window computes in doubles, so the
 * mapping remembers, by identity, the file form of tensors that came from a file; a tensor
 * edited since is a new object and is kept as float64 of rank 3, the program's own form.
 */
final class SessionMapping {

    /** A session checked and turned into the window's values; the lessons' parts may be null. */
    record Prepared(Session session, Palette palette, ColorScope scope, TrainingConfig dying, DepthSettings vanishing) {
    }

    private final LabState state;
    private final LessonSettings settings;
    private final Map<Tensor3, TensorData> fileForms = new IdentityHashMap<>();

    SessionMapping(LabState state, LessonSettings settings) {
        this.state = state;
        this.settings = settings;
    }

    /** Remembers how a tensor just read from a file was stored, so a session keeps its dtype. */
    void remember(TensorData data) {
        fileForms.keySet().retainAll(List.of(state.x(), state.dout()));
        fileForms.put(data.tensor(), data);
    }

    /** The dtype a tensor of the state is kept as: its file's, or float64. */
    DType dtypeOf(Tensor3 t) {
        TensorData d = fileForms.get(t);
        return d == null ? DType.FLOAT64 : d.dtype();
    }

    /** Everything a session keeps, as the window has it now. */
    Session capture(String selectedTab) {
        LabSnapshot s = state.snapshot();
        TrainingConfig d = settings.dyingProperty().get();
        DepthSettings v = settings.vanishingProperty().get();
        return new Session(asData(s.x()), asData(s.dout()), 0.0, s.gradientAtZero(),
                new ColorSettings(settings.paletteProperty().get().name(), settings.scopeProperty().get().name()),
                d == null ? null : new DyingSettings(d.learningRate(), d.dataset().label(), d.activation().name(),
                        d.hiddenLayers(), d.width(), d.steps(), d.seed()),
                v == null ? null : new VanishingSettings(v.depth(), v.width(), v.init().label(), v.inputScale(), v.seed()),
                selectedTab);
    }

    private TensorData asData(Tensor3 t) {
        TensorData d = fileForms.get(t);
        return d != null ? d : TensorData.of(t);
    }

    /**
     * Checks that the window can take the session — a ReLU layer, tensors within the
     * workbench's largest shape, known colour names, lesson settings the lessons offer —
     * before anything changes.
     *
     * @throws IllegalArgumentException saying what the window cannot take, for the user
     */
    static Prepared prepare(Session s) {
        if (s.leakySlope() != 0) {
            // The grids show ReLU; taking the slope would make "Save result" and the saved figure
            // show a Leaky ReLU layer the window never drew.
            throw new IllegalArgumentException("leaky_slope is " + s.leakySlope()
                    + ", but the workbench shows a ReLU layer: leaky_slope must be 0");
        }
        Shape shape = s.x().tensor().shape();
        Shape max = LabState.MAX_SHAPE;
        if (shape.depth() > max.depth() || shape.height() > max.height() || shape.width() > max.width()) {
            throw new IllegalArgumentException("its tensors have shape " + shape + ", larger than the workbench's " + max);
        }
        Palette palette = null;
        ColorScope scope = null;
        if (s.colors() != null) {
            palette = named(Palette.values(), s.colors().palette(), "colors.palette");
            scope = named(ColorScope.values(), s.colors().scope(), "colors.scope");
        }
        return new Prepared(s, palette, scope, s.dying() == null ? null : dying(s.dying()),
                s.vanishing() == null ? null : vanishing(s.vanishing()));
    }

    private static TrainingConfig dying(DyingSettings d) {
        TrainingConfig c;
        try {
            Activation f = Activations.parse(d.activation());
            c = new TrainingConfig(DatasetKind.parse(d.dataset()), d.hiddenLayers(), d.width(), f, d.learningRate(),
                    d.steps(), d.seed(), 0, 0.0);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("dying: " + e.getMessage(), e);
        }
        boolean offered = c.activation() instanceof Relu
                || (c.activation() instanceof LeakyRelu l && l.slope() == LeakyRelu.DEFAULT_SLOPE);
        if (!offered) {
            throw new IllegalArgumentException("dying: activation " + d.activation()
                    + " is not one the lesson offers (relu or leaky:" + LeakyRelu.DEFAULT_SLOPE + ")");
        }
        if (c.seed() < 0 || c.seed() > DyingViewModel.MAX_SEED) {
            throw new IllegalArgumentException("dying: seed must be 0 to " + DyingViewModel.MAX_SEED + ", got " + c.seed());
        }
        return c;
    }

    private static DepthSettings vanishing(VanishingSettings v) {
        try {
            return new DepthSettings(v.depth(), v.width(), InitChoice.parse(v.init()), v.inputScale(), v.seed());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("vanishing: " + e.getMessage(), e);
        }
    }

    private static <E extends Enum<E>> E named(E[] values, String name, String what) {
        for (E v : values) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        throw new IllegalArgumentException(what + " \"" + name + "\" is unknown; expected "
                + String.join(" or ", Arrays.stream(values).map(Enum::name).toList()));
    }

    /** Puts a prepared session in place: one new snapshot, then the lessons' settings. */
    void restore(Prepared p) {
        Session s = p.session();
        remember(s.x());
        fileForms.put(s.dout().tensor(), s.dout());
        state.restore(new LabSnapshot(s.x().tensor(), s.dout().tensor(), Relu.STANDARD, s.gradientAtZero()));
        if (p.palette() != null) {
            settings.paletteProperty().set(p.palette());
            settings.scopeProperty().set(p.scope());
        }
        if (p.dying() != null) {
            settings.dyingProperty().set(p.dying());
        }
        if (p.vanishing() != null) {
            settings.vanishingProperty().set(p.vanishing());
        }
    }
}
