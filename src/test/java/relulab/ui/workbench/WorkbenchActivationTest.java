package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.core.GradientAtZero;
import relulab.core.LeakyRelu;
import relulab.core.Relu;
import relulab.core.Shape;
import relulab.core.Sigmoid;
import relulab.core.Tanh;
import relulab.core.Tensor3;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.grid.NamedRange;
import relulab.ui.state.LabState;

/**
 * The workbench computes and speaks with whatever activation the shared state holds: results,
 * the element's story, the walk-through, the grids' titles and the notes follow it.
 */
class WorkbenchActivationTest {

    private static final Shape SHAPE = new Shape(1, 2, 2);
    /** x: −0.95 (changed), 2 (passes), 0 (the kink), NaN. */
    private static final Tensor3 X = Tensor3.of(SHAPE, new double[] {-0.95, 2.0, 0.0, Double.NaN});

    private static final Tensor3 DOUT = Tensor3.of(SHAPE, new double[] {1.73, -0.5, 0.3, 1.0});

    private LabState state;
    private WorkbenchViewModel model;

    @BeforeEach
    void setUp() {
        state = new LabState(X, DOUT);
        model = new WorkbenchViewModel(state);
        state.snapshotProperty().addListener((o, was, is) -> model.follow(is));
    }

    @Test
    void leakyReluScalesTheNegativesAndTheirGradientAndSaysSo() {
        state.activationProperty().set(new LeakyRelu(0.1));

        WorkbenchResults r = model.results();
        assertEquals(-0.095, r.out().get(0, 0, 0), 1e-15);
        assertEquals(0.173, r.dx().get(0, 0, 0), 1e-15);
        assertEquals(0.03, r.dx().get(0, 1, 0), 1e-15, "x = 0 is not > 0: the slope α");
        assertTrue(r.isZeroed(0, 0, 0), "the mask stays x < 0");
        assertEquals(
                "Scaled by \u03b1 = 0.1 (x < 0)",
                Panel.ZEROED.title(model.activationProperty().get()));
        assertEquals(
                "Forward: out = x > 0 ? x : 0.1\u00b7x",
                Panel.OUT.title(model.activationProperty().get()));
        assertEquals("1 of 4 cells scaled (25%) \u00b7 1 already 0 \u00b7 1 NaN", r.zeroedSummary());
        assertEquals(
                List.of("x \u00b7 out \u00b7 scaled", "dout \u00b7 dx", "f\u2032(x)"),
                r.scales().stream().map(NamedRange::name).toList());
        assertEquals(
                "At x = 0, dx = 0.1 \u00b7 dout (0 is not > 0, so the slope is \u03b1)",
                model.results().gradientNote());

        model.hoverProperty().set(new CellIndex(0, 0, 0));
        assertEquals(
                "x[0,0,0] = \u22120.95 \u2192 out = 0.1\u00b7(\u22120.95) = \u22120.095 (scaled by \u03b1); "
                        + "dout = 1.73 \u2192 dx = 0.1\u00b7dout = 0.173 (gradient scaled by \u03b1)",
                model.storyProperty().get());
    }

    @Test
    void sigmoidSquashesEveryValueAndScalesTheGradientBySlope() {
        state.activationProperty().set(Sigmoid.INSTANCE);

        WorkbenchResults r = model.results();
        assertEquals(Sigmoid.INSTANCE.forward(-0.95), r.out().get(0, 0, 0));
        assertEquals(0.5, r.out().get(0, 1, 0));
        assertEquals(0.25 * 0.3, r.dx().get(0, 1, 0), 1e-15);
        assertEquals(
                "Squashed towards 0 (x < 0)",
                Panel.ZEROED.title(model.activationProperty().get()));

        model.hoverProperty().set(new CellIndex(0, 1, 0));
        assertEquals(
                "x[0,1,0] = 0 \u2192 out = \u03c3(0) = 0.5 (the midpoint); "
                        + "dout = 0.3 \u2192 dx = \u00bc\u00b7dout = 0.075 (\u03c3\u2032 is largest at 0)",
                model.storyProperty().get());
        model.hoverProperty().set(new CellIndex(0, 0, 0));
        assertTrue(
                model.storyProperty().get().contains("out = \u03c3(\u22120.95) = 0.2789 (squashed towards 0)"),
                model.storyProperty().get());
    }

    @Test
    void theWalkThroughTellsEachStepInTheActivationsWords() {
        state.activationProperty().set(new LeakyRelu(0.1));
        WalkThrough walk = model.startWalkThrough();

        walk.next();
        assertEquals(
                "out[0,0,0] = 0.1\u00b7(\u22120.95) = \u22120.095 (scaled by \u03b1)",
                walk.formulaProperty().get());
        walk.last();
        assertEquals(
                "dout[0,1,1] = 1 \u2192 x = NaN, slope \u03b1 = 0.1 \u2192 dx[0,1,1] = 0.1\u00b7dout = 0.1 "
                        + "(NaN > 0 is false, so the gradient is scaled by \u03b1)",
                walk.formulaProperty().get());

        state.activationProperty().set(Tanh.INSTANCE);
        assertNull(model.walkThroughProperty().get(), "another activation is another layer: the walk ends");
    }

    @Test
    void reluWithItsChoiceAtZeroKeepsItsWords() {
        state.gradientAtZeroProperty().set(GradientAtZero.HALF);
        assertEquals(Relu.of(GradientAtZero.HALF), model.activationProperty().get());
        assertEquals(
                "Zeroed by ReLU (x < 0)",
                Panel.ZEROED.title(model.activationProperty().get()));
        assertEquals(
                "At x = 0, dx = \u00bd \u00b7 dout (PyTorch uses 0)",
                model.results().gradientNote());
        model.hoverProperty().set(new CellIndex(0, 0, 0));
        assertEquals(
                "x[0,0,0] = \u22120.95 \u2192 out = max(0, \u22120.95) = 0 (zeroed); "
                        + "dout = 1.73 \u2192 dx = 0 (gradient blocked)",
                model.storyProperty().get());
    }

    @Test
    void choosingAnActivationIsAnUndoableStepTheWholeStateFollows() {
        Activation gelu = Activations.parse("gelu");
        model.chooseActivation(gelu);

        assertEquals(gelu, state.activation());
        assertEquals(gelu, model.results().activation());
        assertEquals("Undo Activation GELU", model.history().undoLabelProperty().get());
        assertEquals(
                "Activation GELU: out = x\u00b7\u03a6(x) = x\u00b7\u00bd(1 + erf(x/\u221a2)), dx = dout \u00b7 f\u2032(x)",
                model.statusProperty().get());
        model.edit(Target.X, new CellIndex(0, 0, 0), "-2");
        model.undo();
        assertEquals(gelu, state.activation(), "undoing an edit keeps the activation of its step");
        model.undo();
        assertEquals(Activations.relu(), state.activation());
        assertEquals(Activations.relu(), model.results().activation());
        model.redo();
        assertEquals(gelu, state.activation());
        assertEquals(gelu.forward(-0.95), model.results().out().get(0, 0, 0));
    }

    @Test
    void reluPrimeOfZeroStaysTheReluPrimeLessonsSettingAndIsNoStep() {
        state.gradientAtZeroProperty().set(GradientAtZero.HALF);
        assertFalse(model.history().canUndoProperty().get(), "a new ReLU′(0) is not the workbench's step");
        model.chooseActivation(Activations.relu());
        assertFalse(model.history().canUndoProperty().get(), "ReLU is already the layer's activation");
        model.chooseActivation(new LeakyRelu(0.2));
        model.undo();
        assertEquals(Relu.of(GradientAtZero.HALF), state.activation(), "ReLU comes back with the chosen ReLU′(0)");
        assertEquals(0.15, model.results().dx().get(0, 1, 0), 1e-15);
    }

    @Test
    void anActivationSetElsewhereIsAStepToo() {
        state.activationProperty().set(Tanh.INSTANCE);
        assertEquals(
                "Undo Change from another panel",
                model.history().undoLabelProperty().get());
        assertEquals(
                "The activation changed elsewhere: now tanh",
                model.statusProperty().get());
        model.undo();
        assertEquals(Activations.relu(), state.activation());
    }

    @Test
    void theSlopeGridShowsFPrimeAndSaysWhereItBlocksTheGradient() {
        WorkbenchResults r = model.results();
        assertEquals(List.of(0.0, 1.0, 0.0, 0.0), values(r.slope()), "ReLU: 1 where x > 0, else 0 (NaN too)");
        assertEquals("dx = dout \u00b7 f\u2032(x), and f\u2032 = 0 in 3 of 4 cells", r.slopeSummary());
        model.chooseActivation(new LeakyRelu(0.1));
        assertEquals(List.of(0.1, 1.0, 0.1, 0.1), values(model.results().slope()));
        assertEquals(
                "dx = dout \u00b7 f\u2032(x), and f\u2032 \u2260 0 in every cell",
                model.results().slopeSummary());
        model.edit(Target.X, new CellIndex(0, 0, 0), "3");
        assertEquals(1.0, model.results().slope().get(0, 0, 0), "a one-cell edit updates the slope there");
        assertEquals(
                model.results().slope(),
                WorkbenchResults.compute(
                                model.results().x(),
                                DOUT,
                                state.activation(),
                                model.scopeProperty().get())
                        .slope(),
                "as a full recomputation would");
        for (Activation f : Activations.all()) {
            model.chooseActivation(f);
            WorkbenchResults fr = model.results();
            for (int i = 0; i < X.size(); i++) {
                double expected = fr.slope().get(i) * DOUT.get(i);
                if (!Double.isNaN(expected)) {
                    assertEquals(expected, fr.dx().get(i), 1e-15, f.name() + ": dx = dout \u00b7 f\u2032(x)");
                }
            }
        }
    }

    private static List<Double> values(Tensor3 t) {
        List<Double> v = new java.util.ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            v.add(t.get(i));
        }
        return v;
    }
}
