package relulab.ui.vanishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import relulab.train.vanishing.DepthSettings;
import relulab.train.vanishing.GradientProfile;
import relulab.train.vanishing.InitChoice;
import relulab.train.vanishing.Initialisation;
import relulab.train.vanishing.VanishingExperiment;

class VanishingViewModelTest {

    @Test
    void computesTheFamilysProfilesForTheSettings() {
        VanishingViewModel vm = new VanishingViewModel(Runnable::run, Runnable::run);

        vm.depthProperty().set(7);
        vm.widthProperty().set(32);
        vm.initProperty().set(InitChoice.XAVIER);
        vm.seedProperty().set(5);

        assertEquals(VanishingExperiment.run(new DepthSettings(7, 32, InitChoice.XAVIER, 1, 5)), vm.profiles());
        assertEquals(
                List.of("sigmoid", "tanh", "relu", "leaky:0.01", "elu:1.0", "gelu", "silu", "softplus"),
                vm.profiles().stream().map(GradientProfile::activation).toList());
        assertFalse(vm.busyProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Gradient reaching layer 1"));
    }

    @Test
    void reseedingDrawsOtherWeights() {
        VanishingViewModel vm = new VanishingViewModel(Runnable::run, Runnable::run);
        List<GradientProfile> before = vm.profiles();
        long seed = vm.seedProperty().get();

        vm.reseed();

        assertNotEquals(seed, vm.seedProperty().get());
        assertNotEquals(before, vm.profiles());
    }

    @Test
    void theNewestRequestWinsAndOvertakenRunsAreSkipped() {
        Queue<Runnable> background = new ArrayDeque<>();
        VanishingViewModel vm = new VanishingViewModel(background::add, Runnable::run);
        vm.depthProperty().set(3);
        vm.depthProperty().set(4);
        assertTrue(vm.busyProperty().get());

        while (!background.isEmpty()) {
            background.poll().run();
        }

        assertEquals(4, vm.profiles().get(0).depth());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void anImpossibleWidthKeepsTheLastProfilesAndSaysWhy() {
        VanishingViewModel vm = new VanishingViewModel(Runnable::run, Runnable::run);
        List<GradientProfile> before = vm.profiles();

        vm.widthProperty().set(1);

        assertEquals(before, vm.profiles());
        assertEquals("width must be 2 to 512, got 1", vm.messageProperty().get());
    }

    @Test
    void logAxisLabelsReadAsPowersOfTen() {
        LogAxisLabels labels = new LogAxisLabels();
        assertEquals("10\u207b\u00b9\u00b2", labels.toString(-12));
        assertEquals("1", labels.toString(0));
        assertEquals("10\u00b3", labels.toString(3));
    }

    @Test
    void chartRangeCoversEveryNormInWholeDecades() {
        ChartRange range = ChartRange.of(List.of(
                new GradientProfile(
                        "sigmoid", Initialisation.XAVIER, new double[] {3e-25, 1e-3, 0.5}, new double[3][1]),
                new GradientProfile("relu", Initialisation.HE, new double[] {0.8, 1.2, 0.0}, new double[3][1])));
        assertEquals(3, range.layers());
        assertTrue(range.lowerExponent() <= -25);
        assertEquals(1, range.upperExponent());
        assertEquals(0, range.lowerExponent() % range.tickUnit());
        assertTrue((range.upperExponent() - range.lowerExponent()) / range.tickUnit() <= 11);
    }

    @Test
    void eachActivationGetsItsOwnInitialisationByDefault() {
        VanishingViewModel vm = new VanishingViewModel(Runnable::run, Runnable::run);
        assertEquals(InitChoice.RECOMMENDED, vm.initProperty().get());
        // sigmoid, tanh Xavier; ReLU, Leaky ReLU, ELU, GELU, SiLU, Softplus He
        assertEquals(
                List.of(
                        Initialisation.XAVIER,
                        Initialisation.XAVIER,
                        Initialisation.HE,
                        Initialisation.HE,
                        Initialisation.HE,
                        Initialisation.HE,
                        Initialisation.HE,
                        Initialisation.HE),
                vm.profiles().stream().map(GradientProfile::init).toList());
    }

    /** The text must follow the numbers: at a small input tanh keeps up or fades; at 100 it falls behind. */
    @Test
    void theTextNamesSaturationOnlyWhenTanhUnitsSaturate() {
        VanishingViewModel vm = new VanishingViewModel(Runnable::run, Runnable::run);
        assertFalse(
                vm.messageProperty().get().contains("pass almost nothing back"),
                vm.messageProperty().get());
        vm.inputScaleProperty().set(100);
        String text = vm.messageProperty().get();
        assertTrue(
                text.contains("of layer 1's units are saturated") && text.contains("tanh keeps less than ReLU"), text);
        assertTrue(text.contains("Sigmoid vanishes"), text);
        vm.initProperty().set(InitChoice.XAVIER);
        assertTrue(
                vm.messageProperty().get().contains("ReLU vanishes too"),
                vm.messageProperty().get());
    }

    @Test
    void theHistogramLayerFollowsTheDepth() {
        VanishingViewModel vm = new VanishingViewModel(Runnable::run, Runnable::run);
        vm.histogramLayerProperty().set(15);
        vm.depthProperty().set(5);
        assertEquals(5, vm.histogramLayerProperty().get());
    }

    @Test
    void theInputScaleSliderStepsThroughRoundScalesAndPlacesATypedOneBetweenThem() {
        assertEquals(
                List.of(1.0, 2.0, 5.0, 10.0, 20.0, 30.0, 50.0, 100.0),
                java.util.stream.IntStream.rangeClosed(0, ScaleSteps.lastPosition())
                        .mapToObj(ScaleSteps::scale)
                        .toList());
        assertEquals(5.0, ScaleSteps.position(30), 0.0, "30 is a position of its own, not 28.8");
        double between = ScaleSteps.position(28.8);
        assertTrue(between > 4 && between < 5, "28.8 lies between 20 and 30: " + between);
        assertEquals(28.8, ScaleSteps.scale(between), 1e-9);
    }

    @Test
    void hidingAMemberTakesItsSentencesAwayAndShowingOneAddsThem() {
        VanishingViewModel vm = new VanishingViewModel(Runnable::run, Runnable::run);
        assertEquals(List.of(true, true, true, false, false, false, false, false), vm.shown());
        assertFalse(
                vm.messageProperty().get().contains("GELU"),
                vm.messageProperty().get());

        vm.shownProperty(5).set(true); // GELU
        String withGelu = vm.messageProperty().get();
        assertTrue(
                withGelu.contains("GELU "
                        + relulab.io.NumberText.forDisplay(vm.profiles().get(5).norm(1), 2)),
                withGelu);
        assertTrue(withGelu.contains("GELU's slope is below 0.1 on "), withGelu);

        vm.shownProperty(0).set(false); // sigmoid
        assertFalse(
                vm.messageProperty().get().contains("Sigmoid"),
                vm.messageProperty().get());
        assertFalse(
                vm.messageProperty().get().contains("σ′ ≤ ¼"),
                vm.messageProperty().get());
    }

    @Test
    void withNothingShownTheVerdictSaysHowToShowALine() {
        VanishingViewModel vm = new VanishingViewModel(Runnable::run, Runnable::run);
        for (int i = 0; i < 3; i++) {
            vm.shownProperty(i).set(false);
        }
        assertEquals(
                "No activation is shown: click a name in the legend to show its line.",
                vm.messageProperty().get());
    }
}
