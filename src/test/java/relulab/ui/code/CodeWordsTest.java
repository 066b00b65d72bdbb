package relulab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import relulab.core.Activation;
import relulab.core.ActivationCode;
import relulab.core.Activations;
import relulab.core.GradientAtZero;
import relulab.io.code.LiteralLanguage;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.state.LabState;

/**
 * The code tab tells the truth for every member of the family: the chapter's code is ReLU's, so
 * only ReLU's code is introduced as the chapter's; every other member is said not to be the
 * chapter's, and code that matches ReLU Lab only to rounding names the library functions it calls.
 */
class CodeWordsTest {

    @Test
    void onlyTheChaptersReluIsIntroducedAsTheChaptersCode() {
        for (GradientAtZero atZero : GradientAtZero.values()) {
            Activation relu = Activations.relu().withGradientAtZero(atZero);
            assertTrue(CodeWords.of("intro", relu).startsWith("The ReLU layer as the chapter writes it"));
            assertEquals("ReLU Lab's version, which gives its numbers exactly:", CodeWords.of("ours", relu));
        }
        for (Activation f : Activations.all()) {
            if (f.id().equals("relu")) {
                continue;
            }
            String name = ActivationWords.name(f);
            String intro = CodeWords.of("intro", f);
            String ours = CodeWords.of("ours", f);
            assertTrue(intro.startsWith("The chapter gives ReLU's code; the layer is " + name + " now"), intro);
            assertTrue(intro.contains("ReLU Lab's " + name + ", not the chapter's"), intro);
            assertEquals(
                    "ReLU Lab's " + name + ", not the chapter's code; it gives ReLU Lab's numbers "
                            + (f.code().bitExact() ? "exactly:" : "to rounding:"),
                    ours);
            for (LiteralLanguage language : LiteralLanguage.values()) {
                String differences = CodeWords.differences(language, f);
                assertTrue(
                        differences.startsWith("The chapter gives ReLU; the layer is " + name + " now"), differences);
            }
        }
    }

    @Test
    void codeThatMatchesToRoundingNamesTheFunctionsItCalls() {
        for (Activation f : Activations.all()) {
            if (f.code().bitExact()) {
                continue;
            }
            LabState state = LabState.firstExample();
            state.activationProperty().set(f);
            CodeViewModel vm = new CodeViewModel(state.snapshot());
            for (LiteralLanguage language : LiteralLanguage.values()) {
                String code = vm.codeProperty(language).get();
                List<String> functions = CodeWords.libraryFunctions(code);
                assertFalse(functions.isEmpty(), f.name() + " " + language);
                String differences = vm.differencesProperty(language).get();
                assertTrue(
                        differences.contains("the library functions this code calls (" + String.join(", ", functions)
                                + ") may round the last bit differently"),
                        differences);
                for (String function : functions) {
                    assertTrue(code.contains(function), function);
                }
            }
        }
    }

    /** The help page: "exact for Leaky ReLU, to rounding where it calls exp, expm1, log1p, tanh or erfc". */
    @Test
    void theHelpPageNamesTheExactMembersAndTheFunctionsOfTheOthers() {
        assertEquals(
                List.of("relu", "leaky"),
                Activations.all().stream()
                        .filter(f -> f.code().bitExact())
                        .map(Activation::id)
                        .toList());
        Set<String> called = new TreeSet<>();
        for (Activation f : Activations.all()) {
            ActivationCode c = f.code();
            String octave = c.octaveForward() + c.octaveBackward();
            called.addAll(CodeWords.libraryFunctions(octave));
            assertEquals(f.code().bitExact(), CodeWords.libraryFunctions(octave).isEmpty(), f.name());
        }
        assertEquals(Set.of("exp", "expm1", "log1p", "tanh", "erfc"), called);
    }

    @Test
    void theFunctionsAreReadFromTheCodeWithoutCommentsOrImports() {
        assertEquals(
                List.of("erfc", "np.exp"),
                CodeWords.libraryFunctions(Activations.parse("gelu").code().numpyForward()
                        + Activations.parse("gelu").code().numpyBackward()));
        assertEquals(
                List.of("erfc", "exp"),
                CodeWords.libraryFunctions(Activations.parse("gelu").code().octaveForward()
                        + Activations.parse("gelu").code().octaveBackward()));
        assertEquals(
                List.of("np.log1p", "np.exp"),
                CodeWords.libraryFunctions(Activations.parse("softplus").code().numpyForward()));
        assertEquals(
                List.of("np.expm1", "np.exp"),
                CodeWords.libraryFunctions(Activations.parse("elu").code().numpyForward()
                        + Activations.parse("elu").code().numpyBackward()));
        assertEquals(List.of("np.tanh"), CodeWords.libraryFunctions("# np.exp(x) in a comment\nt = np.tanh(x)\n"));
    }
}
