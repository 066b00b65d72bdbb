package relulab.ui.dying;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import relulab.core.Activation;
import relulab.core.Activations;

class HiddenActivationsTest {

    @Test
    void theMenuIsReluThenLeakyFromTheCatalogue() {
        assertEquals(
                List.of("relu", "leaky:0.01"),
                HiddenActivations.offered().stream().map(Activation::name).toList());
    }

    @Test
    void onlyTheOfferedParametersAreOffered() {
        assertTrue(HiddenActivations.offers(Activations.parse("leaky:0.01")));
        assertFalse(HiddenActivations.offers(Activations.parse("leaky:0.2")));
        assertFalse(HiddenActivations.offers(Activations.parse("tanh")));
        assertEquals(
                "leaky:0.01",
                HiddenActivations.matching(Activations.parse("leaky:0.2")).name());
    }
}
