package relulab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import relulab.core.Activations;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.code.LiteralLanguage;
import relulab.ui.code.CodeToken.Kind;
import relulab.ui.state.LabState;

class CodeViewModelTest {

    private static final Shape SHAPE = new Shape(1, 1, 2);

    /** A view model that hears every snapshot, as it does while its tab is shown. */
    private static CodeViewModel followingViewModel(LabState state) {
        CodeViewModel vm = new CodeViewModel(state.snapshot());
        state.snapshotProperty().addListener((o, was, is) -> vm.show(is));
        return vm;
    }

    @Test
    void dataFollowsTheCurrentTensors() {
        LabState state = new LabState(SHAPE);
        CodeViewModel vm = followingViewModel(state);

        state.setTensors(Tensor3.of(SHAPE, new double[] {-1.5, 2}), Tensor3.of(SHAPE, new double[] {3, 4}));

        String python = vm.dataProperty(LiteralLanguage.PYTHON).get();
        assertTrue(python.contains("x = np.array([  # shape (D, H, W) = (1, 1, 2)\n    [[-1.5, 2.0]],\n])"), python);
        assertTrue(
                python.contains("dx_lab = np.array([  # shape (D, H, W) = (1, 1, 2)\n    [[0.0, 4.0]],\n])"), python);
        assertTrue(vm.dataProperty(LiteralLanguage.MATLAB).get().contains("x(:, :, 1) = [\n    -1.5, 2.0\n];"));
    }

    @Test
    void codeFollowsTheChosenGradientAtZero() {
        LabState state = new LabState(SHAPE);
        CodeViewModel vm = followingViewModel(state);
        state.gradientAtZeroProperty().set(GradientAtZero.ONE);
        assertTrue(vm.codeProperty(LiteralLanguage.PYTHON).get().contains("np.where(x >= 0, dout, 0.0)"));
        assertTrue(vm.codeProperty(LiteralLanguage.MATLAB).get().contains("pass = x >= 0;"));
    }

    @Test
    void codeAndDataFollowTheStatesActivation() {
        LabState state = new LabState(SHAPE);
        CodeViewModel vm = followingViewModel(state);
        state.setTensors(Tensor3.of(SHAPE, new double[] {-1.5, 2}), Tensor3.of(SHAPE, new double[] {3, 4}));

        state.activationProperty().set(Activations.parse("leaky:0.1"));

        assertEquals("leaky", vm.activationProperty().get().id());
        String code = vm.codeProperty(LiteralLanguage.PYTHON).get();
        assertTrue(code.contains("def leaky_forward(x):") && code.contains("out = np.where(x > 0, x, 0.1 * x)"), code);
        String data = vm.dataProperty(LiteralLanguage.PYTHON).get();
        assertTrue(
                data.contains(
                        "out_lab = np.array([  # shape (D, H, W) = (1, 1, 2)\n    [[-0.15000000000000002, 2.0]],"),
                data);
        assertTrue(
                data.contains("dx_lab = np.array([  # shape (D, H, W) = (1, 1, 2)\n    [[0.30000000000000004, 4.0]],"),
                data);

        state.activationProperty().set(Activations.parse("sigmoid"));
        assertTrue(
                vm.script(LiteralLanguage.PYTHON).contains("print(\"dx equals ReLU Lab's to rounding:\""),
                "the sigmoid's exp differs in the last bit, and the check says so");
    }

    @Test
    void tooLargeTensorsGetANoteInsteadOfLiterals() {
        Shape big = new Shape(3, 64, 64);
        CodeViewModel vm = new CodeViewModel(new LabState(big).snapshot());

        assertFalse(vm.printableProperty().get());
        assertEquals(
                "# x has shape (3, 64, 64), 12288 values: too large to print here (at most 4096). "
                        + "Save it as .npy instead and load it with np.load.\n",
                vm.dataProperty(LiteralLanguage.PYTHON).get());
        assertEquals(vm.codeProperty(LiteralLanguage.MATLAB).get(), vm.script(LiteralLanguage.MATLAB));
    }

    @Test
    void tokensGiveBackTheSourceAndTellItsParts() {
        String source = "def f(x):  # the 'forward'\n    return np.maximum(x, 0.5e-3) + \"s\"\n";
        List<CodeToken> tokens = CodeTokenizer.tokenize(LiteralLanguage.PYTHON, source);

        assertEquals(
                source, String.join("", tokens.stream().map(CodeToken::text).toList()));
        assertTrue(tokens.contains(new CodeToken(Kind.KEYWORD, "def")));
        assertTrue(tokens.contains(new CodeToken(Kind.FUNCTION, "f")));
        assertTrue(tokens.contains(new CodeToken(Kind.COMMENT, "# the 'forward'")));
        assertTrue(tokens.contains(new CodeToken(Kind.FUNCTION, "maximum")));
        assertTrue(tokens.contains(new CodeToken(Kind.NUMBER, "0.5e-3")));
        assertTrue(tokens.contains(new CodeToken(Kind.STRING, "\"s\"")));
    }

    @Test
    void matlabQuoteAfterANameIsATransposeNotAString() {
        List<CodeToken> tokens = CodeTokenizer.tokenize(LiteralLanguage.MATLAB, "y = x' + NaN; % done");
        assertTrue(tokens.stream().noneMatch(t -> t.kind() == Kind.STRING));
        assertTrue(tokens.contains(new CodeToken(Kind.NUMBER, "NaN")));
        assertTrue(tokens.contains(new CodeToken(Kind.COMMENT, "% done")));
    }
}
