package relulab.ui.vanishing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import relulab.train.vanishing.GradientProfile;
import relulab.train.vanishing.InitChoice;
import relulab.train.vanishing.VanishingExperiment;

/**
 * The "Things to try" rows of the vanishing help page and of the path's step on claim 2, each
 * done on the lesson's view model, from the settings the tab opens on, with what it promises
 * checked against the numbers.
 */
class VanishingTryThisTest {

    private static VanishingViewModel opened() {
        return new VanishingViewModel(Runnable::run, Runnable::run);
    }

    private static GradientProfile sigmoid(VanishingViewModel vm) {
        return vm.profiles().get(0);
    }

    private static GradientProfile tanh(VanishingViewModel vm) {
        return vm.profiles().get(1);
    }

    private static GradientProfile relu(VanishingViewModel vm) {
        return vm.profiles().get(2);
    }

    /** Help: "Raise the depth and watch sigmoid's gradient at layer 1 fall by orders of magnitude." */
    @Test
    void tryThis_vanishing_raiseDepthSigmoidFallsByOrdersOfMagnitude() {
        VanishingViewModel vm = opened();
        vm.depthProperty().set(5);
        double shallow = sigmoid(vm).norm(1);

        vm.depthProperty().set(50);

        assertTrue(
                sigmoid(vm).norm(1) < 1e-3 * shallow,
                shallow + " -> " + sigmoid(vm).norm(1));
    }

    /**
     * Help: "Raise the input scale towards 100: most units of tanh's and sigmoid's first layer
     * saturate, tanh's gradient at layer 1 falls to a fraction of what it was, and ReLU's curve
     * does not move."
     */
    @Test
    void tryThis_vanishing_inputScaleSaturatesTanhAndSigmoid() {
        VanishingViewModel vm = opened();
        double tanhBefore = tanh(vm).norm(1);
        double[] reluBefore = relu(vm).norms();

        vm.inputScaleProperty().set(100);

        assertTrue(tanh(vm).saturatedShare(1) >= 0.5, "tanh layer 1 saturated " + tanh(vm).saturatedShare(1));
        assertTrue(
                sigmoid(vm).saturatedShare(1) >= 0.5,
                "sigmoid layer 1 saturated " + sigmoid(vm).saturatedShare(1));
        assertTrue(tanh(vm).norm(1) < 0.2 * tanhBefore, tanhBefore + " -> " + tanh(vm).norm(1));
        assertArrayEquals(reluBefore, relu(vm).norms(), 1e-12);
    }

    /**
     * Help: "Choose Xavier for all and Reseed a few times: tanh keeps more of the gradient than
     * ReLU, seed after seed — ReLU's edge needs He."
     */
    @Test
    void tryThis_vanishing_xavierForAllTanhBeatsReluOnEverySeed() {
        VanishingViewModel vm = opened();
        vm.initProperty().set(InitChoice.XAVIER);
        for (int i = 0; i < 10; i++) {
            vm.reseed();
            assertTrue(
                    tanh(vm).norm(1) > relu(vm).norm(1),
                    "seed " + vm.seedProperty().get() + ": " + vm.profiles());
            assertTrue(
                    vm.messageProperty().get().contains("tanh beats ReLU"),
                    vm.messageProperty().get());
        }
    }

    /** Path step 6: "Set the depth to 30 or more" → "sigmoid's gradient at the first layer falls by many orders of magnitude". */
    @Test
    void tryThis_pathVanishing_depth30SigmoidFallsManyOrders() {
        VanishingViewModel vm = opened();

        vm.depthProperty().set(30);

        assertTrue(
                sigmoid(vm).norm(1) < 1e-10,
                "sigmoid at layer 1: " + sigmoid(vm).norm(1));
        assertTrue(
                vm.messageProperty().get().contains("Sigmoid vanishes"),
                vm.messageProperty().get());
    }

    /**
     * Path step 6: "Choose Xavier for all" → "ReLU's gradient vanishes too; back on each its own
     * initialisation (He for ReLU), it keeps its size".
     */
    @Test
    void tryThis_pathVanishing_xavierForAllReluVanishesToo() {
        VanishingViewModel vm = opened();
        vm.initProperty().set(InitChoice.XAVIER);
        double xavier = relu(vm).norm(1);
        String verdict = vm.messageProperty().get();

        vm.initProperty().set(InitChoice.RECOMMENDED);

        assertTrue(xavier < 1e-2, "ReLU under Xavier: " + xavier);
        assertTrue(verdict.contains("ReLU vanishes: ") && verdict.contains(": ReLU vanishes too"), verdict);
        assertTrue(relu(vm).norm(1) >= 0.5 && relu(vm).norm(1) <= 2, "ReLU under He: " + relu(vm).norm(1));
    }

    /**
     * Help: "Click Leaky ReLU, ELU, GELU, SiLU and Softplus in the legend: each keeps at least a
     * million times more of the gradient at layer 1 than sigmoid, and Leaky ReLU about as much as
     * ReLU." Done on the opening settings and four reseeds.
     */
    @Test
    void tryThis_vanishing_theFamilyKeepsFarMoreThanSigmoid() {
        VanishingViewModel vm = opened();
        for (int i = 3; i < VanishingExperiment.FAMILY.size(); i++) {
            vm.shownProperty(i).set(true);
        }
        for (int round = 0; round < 5; round++) {
            double sigmoid = sigmoid(vm).norm(1);
            for (int i = 3; i < VanishingExperiment.FAMILY.size(); i++) {
                GradientProfile member = vm.profiles().get(i);
                assertTrue(member.norm(1) >= 1e6 * sigmoid, member + " against sigmoid " + sigmoid);
                assertTrue(
                        vm.messageProperty().get().contains(ProfileWords.activation(member) + " "),
                        vm.messageProperty().get());
            }
            double ratio = vm.profiles().get(3).norm(1) / relu(vm).norm(1);
            assertTrue(
                    ratio >= 1 / VanishingVerdict.SAME_FACTOR && ratio <= VanishingVerdict.SAME_FACTOR,
                    "Leaky ReLU against ReLU: " + ratio);
            vm.reseed();
        }
    }
}
