package relulab.ui.shared.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.ui.shared.text.Messages;

/** Every activation of the catalogue has its words in the shared bundle, filled with its parameters. */
class ActivationWordsTest {

    @Test
    void everyMemberOfTheCatalogueHasANameAFormulaAndAChangedGrid() {
        Messages base = Messages.of(ActivationWords.class);
        for (Activation f : Activations.all()) {
            for (String what : new String[] {"name", "formula", "changed"}) {
                assertTrue(base.has(f.id() + "." + what), "the base bundle has " + f.id() + "." + what);
            }
            for (String words :
                    new String[] {ActivationWords.name(f), ActivationWords.formula(f), ActivationWords.changedGrid(f)
                    }) {
                assertFalse(words.isBlank(), f.id() + " has its words");
                assertFalse(words.contains("{"), f.id() + ": every argument is filled: " + words);
            }
        }
    }

    @Test
    void parametersAreWrittenAsTheCodeWritesThem() {
        Activation leaky = Activations.parse("leaky:0.01");
        assertEquals("Leaky ReLU (\u03b1 = 0.01)", ActivationWords.name(leaky));
        assertEquals("x > 0 ? x : 0.01\u00b7x", ActivationWords.formula(leaky));
        assertEquals(
                "Scaled by \u03b1 = 0",
                ActivationWords.changedGrid(Activations.parse("leaky:0")),
                "a whole number has no point");
        assertEquals("Scaled by \u03b1 = 0.25", ActivationWords.changedGrid(Activations.parse("leaky:0.25")));
        assertEquals("ReLU", ActivationWords.name(Activations.parse("relu")));
        assertEquals("max(0, x)", ActivationWords.formula(Activations.parse("relu")));
    }
}
