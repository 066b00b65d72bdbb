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
    void theMenuIsTheReluFamilyFromTheCatalogue() {
        assertEquals(
                List.of("relu", "leaky:0.01", "elu:1.0", "gelu", "gelu:tanh", "silu", "softplus"),
                HiddenActivations.offered().stream().map(Activation::name).toList());
    }

    @Test
    void onlyTheOfferedParametersAreOffered() {
        assertTrue(HiddenActivations.offers(Activations.parse("leaky:0.01")));
        assertFalse(HiddenActivations.offers(Activations.parse("leaky:0.2")));
        assertFalse(HiddenActivations.offers(Activations.parse("tanh")));
        assertFalse(HiddenActivations.offers(Activations.parse("sigmoid")));
        assertFalse(HiddenActivations.offers(Activations.parse("elu:0.5")));
        assertEquals(
                "leaky:0.01",
                HiddenActivations.matching(Activations.parse("leaky:0.2")).name());
    }

    @Test
    void theSweepAndTheRemediesCompareReluLeakyEluAndGelu() {
        assertEquals(
                List.of("relu", "leaky:0.01", "elu:1.0", "gelu"),
                HiddenActivations.compared().stream().map(Activation::name).toList());
    }
}
