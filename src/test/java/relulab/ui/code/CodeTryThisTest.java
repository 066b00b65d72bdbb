package relulab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relulab.core.Activations;
import relulab.core.GradientAtZero;
import relulab.core.Tensor3;
import relulab.io.code.ChapterListing;
import relulab.io.code.LiteralLanguage;
import relulab.testsupport.ScriptRunner;
import relulab.ui.state.LabState;

/**
 * The "Things to try" rows of the code lesson's help page and of the path's step on the code,
 * each done on the lesson's view model as the tab opens (the window's first tensors), with what
 * it promises checked — the programs are run by {@code python3} and {@code octave-cli}.
 */
class CodeTryThisTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    private static CodeViewModel following(LabState state) {
        CodeViewModel vm = new CodeViewModel(state.snapshot());
        state.snapshotProperty().addListener((o, was, is) -> vm.show(is));
        return vm;
    }

    /**
     * Path step 8: "Read the chapter's forward and backward lines" → "one line each: out =
     * max(0, x) and dx = dout * (x > 0); below them, ReLU Lab's exact form with each difference
     * named".
     */
    @Test
    void tryThis_pathCode_chapterLinesOneEachWithDifferencesNamed() {
        CodeViewModel vm = following(LabState.firstExample());
        assertEquals(
                List.of("out = max(0, x);", "dx = dout .* (x > 0);"),
                ChapterListing.code(LiteralLanguage.MATLAB).lines().toList());
        List<String> python = ChapterListing.code(LiteralLanguage.PYTHON)
                .lines()
                .map(String::strip)
                .toList();
        assertTrue(
                python.contains("out = np.maximum(0, x)") && python.contains("dx = dout * (x > 0)"), python.toString());
        for (LiteralLanguage language : LiteralLanguage.values()) {
            String differences = vm.differencesProperty(language).get();
            assertTrue(differences.contains("(1) forward") && differences.contains("(2) backward"), differences);
        }
        assertTrue(
                vm.differencesProperty(LiteralLanguage.MATLAB)
                        .get()
                        .contains("forward takes 2 lines and its backward 3; the chapter's, one each"),
                vm.differencesProperty(LiteralLanguage.MATLAB).get());
    }

    /** The line counts the differences give follow ReLU′(0): ½ needs two more Matlab lines. */
    @Test
    void theLineCountsFollowTheChoiceAtZero() {
        LabState state = LabState.firstExample();
        CodeViewModel vm = following(state);

        state.gradientAtZeroProperty().set(GradientAtZero.HALF);

        String matlab = vm.differencesProperty(LiteralLanguage.MATLAB).get();
        assertTrue(matlab.contains("its backward 5") && matlab.contains("ReLU′(0) = 0.5 is chosen"), matlab);
    }

    /** Help: "Change x on the workbench and come back: the literals follow." */
    @Test
    void tryThis_code_literalsFollowTheWorkbench() {
        LabState state = LabState.firstExample();
        CodeViewModel vm = following(state);
        Tensor3 x = state.x().with(0, 0, 0, 12.25);

        state.setTensors(x, state.dout());

        assertTrue(vm.dataProperty(LiteralLanguage.PYTHON).get().contains("12.25"));
        assertTrue(vm.dataProperty(LiteralLanguage.MATLAB).get().contains("12.25"));
    }

    /** Help and path step 8: "Copy all, run it in Python" → "it prints that out and dx equal ReLU Lab's". */
    @Test
    void tryThis_code_copyAllRunInPythonPrintsEqual() throws Exception {
        ScriptRunner.requireInstalled("python3");
        CodeViewModel vm = following(LabState.firstExample());

        List<String> printed =
                new ScriptRunner(dir, TIMEOUT, "python3").run("copied_program.py", vm.script(LiteralLanguage.PYTHON));

        assertEquals(List.of("out equals ReLU Lab's: True", "dx equals ReLU Lab's: True"), printed);
    }

    /** Help and path step 8, in Octave: "Copy all, run it in Octave" → "it prints that out and dx equal ReLU Lab's". */
    @Test
    void tryThis_code_copyAllRunInOctavePrintsEqual() throws Exception {
        ScriptRunner.requireInstalled("octave-cli");
        CodeViewModel vm = following(LabState.firstExample());

        List<String> printed = new ScriptRunner(dir, TIMEOUT, "octave-cli", "--quiet", "--norc", "--no-history")
                .run("copied_program.m", vm.script(LiteralLanguage.MATLAB));

        assertEquals(List.of("out equals ReLU Lab's: true", "dx equals ReLU Lab's: true"), printed);
    }

    /**
     * Help, its last words: "(Copy data gives only the literals; Copy code only the code.)" — what
     * the two buttons put on the clipboard, against the whole program of Copy all.
     */
    @Test
    void tryThis_code_copyDataGivesTheLiteralsAndCopyCodeTheCode() {
        CodeViewModel vm = following(LabState.firstExample());
        for (LiteralLanguage language : LiteralLanguage.values()) {
            String code = vm.codeProperty(language).get();
            String data = vm.dataProperty(language).get();
            String all = vm.script(language);
            assertTrue(all.contains(code) && all.contains(data), language.name());
            String literalX = language.assign("x", LabState.firstExample().x());
            assertTrue(!code.contains(literalX) && !code.contains("out_lab"), code);
            assertTrue(data.contains(literalX), data);
            assertTrue(!data.contains("def ") && !data.contains("max(") && !data.contains("dx(pass)"), data);
        }
    }

    /** With another activation the chapter's ReLU stays beside it, and the differences say the layer is not ReLU. */
    @Test
    void anotherActivationIsSaidToBeOtherThanTheChaptersRelu() {
        LabState state = LabState.firstExample();
        CodeViewModel vm = following(state);

        state.activationProperty().set(Activations.parse("tanh"));

        assertTrue(
                vm.differencesProperty(LiteralLanguage.PYTHON)
                        .get()
                        .startsWith("The chapter gives ReLU; the layer is tanh now"),
                vm.differencesProperty(LiteralLanguage.PYTHON).get());
    }
}
